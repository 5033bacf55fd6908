package io.github.ocop.core.internal;

import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Messages;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;

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

    /** Vietnamese title and language to a translation, or null; installed by ocop-rules (its team translations). */
    private static volatile BiFunction<String, Locale, String> titleTranslations;

    private CoreMessages() {
    }

    /**
     * Installs where the titles of a rule set named in messages find a translation (ocop-rules installs its
     * unofficial team translations, those of its {@code Labels}); without it titles stay Vietnamese in every language.
     *
     * @param translations Vietnamese title and language to the translation, or null when there is none
     */
    public static void translateTitles(BiFunction<String, Locale, String> translations) {
        titleTranslations = Objects.requireNonNull(translations, "translations");
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
            BiFunction<String, Locale, String> t = titleTranslations;
            String translated = t != null && Messages.english(locale) ? t.apply(vietnamese, locale) : null;
            return translated != null ? translated : vietnamese;
        }

        @Override
        public String toString() {
            return vietnamese;
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
