package io.github.ocop.core.internal;

import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Messages;

import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * The texts of ocop-core's engines ({@code io/github/ocop/core/text/messages*.properties}): scoring, what-if,
 * resolver and history problems, and the fixed wording of their results.
 */
public final class CoreMessages {
    /** The bundle. */
    // a lambda, not a method reference: a reference to this caller-sensitive method spins method-handle classes
    // (not archived by CDS) on every start
    public static final Messages BUNDLE = Messages.load("/io/github/ocop/core/text/messages",
            name -> CoreMessages.class.getResourceAsStream(name));

    private CoreMessages() {
    }

    /**
     * A title of a rule set (a criterion's, a subgroup's) as a message argument: the law's Vietnamese text, or in
     * English the team's translation when there is one (issue 14: "in English, labels are English").
     *
     * @param vietnamese the title as the decision prints it
     * @return the argument
     */
    public static Localized title(String vietnamese) {
        return new Title(Objects.requireNonNull(vietnamese, "vietnamese"));
    }

    /** A title rendered in the message's language. */
    private record Title(String vietnamese) implements Localized {
        @Override
        public String format(Locale locale) {
            TitleTranslations t = Messages.english(locale) ? Translations.FOUND : null;
            String translated = t != null ? t.translate(vietnamese, locale) : null;
            return translated != null ? translated : vietnamese;
        }

        @Override
        public String toString() {
            return vietnamese;
        }
    }

    /**
     * The provider of {@link TitleTranslations} on the class or module path (ocop-rules'), looked up when a title is
     * first put in English (a Vietnamese run never looks), or null when there is none.
     */
    private static final class Translations {
        static final TitleTranslations FOUND = find();

        private static TitleTranslations find() {
            // the loader of the core's own classes: the one that also holds ocop-rules in an application or a test
            for (TitleTranslations t : ServiceLoader.load(TitleTranslations.class,
                    TitleTranslations.class.getClassLoader())) {
                return t;
            }
            return null;
        }
    }

    /**
     * A message of ocop-core.
     *
     * @param code a key of the bundle
     * @param args its arguments
     * @return the message
     */
    public static Message of(String code, Object... args) {
        return BUNDLE.message(code, args);
    }

    /**
     * A value refused by the model's own checks, coded: the constructors throw it.
     *
     * @param code a key of the bundle
     * @param args its arguments
     * @return the exception to throw
     */
    public static OcopArgumentException refusal(String code, Object... args) {
        return new OcopArgumentException(BUNDLE.message(code, args));
    }
}
