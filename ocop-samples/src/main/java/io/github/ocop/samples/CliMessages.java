package io.github.ocop.samples;

import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.text.Messages;

import java.util.Locale;

/** The fixed wording of the {@code ocop} tool's outputs ({@code io/github/ocop/samples/messages*.properties}). */
final class CliMessages {
    // a lambda, not a method reference: a reference to this caller-sensitive method spins method-handle classes
    // (not archived by CDS) on every start
    static final Messages BUNDLE = Messages.load("messages",
            name -> CliMessages.class.getResourceAsStream(name));

    private CliMessages() {
    }

    static String text(Locale locale, String code, Object... args) {
        return BUNDLE.format(locale, code, args);
    }

    /**
     * A text that counts something, in a language: English writes one thing in the singular ("1 sheet") and any
     * other number in the plural ("2 sheets"), so each such text has two keys; Vietnamese words both alike.
     *
     * @param locale the language
     * @param count  the number counted
     * @param one    the key for exactly one
     * @param other  the key for any other number
     * @param args   the arguments (the count among them)
     * @return the text
     */
    static String counted(Locale locale, long count, String one, String other, Object... args) {
        return BUNDLE.format(locale, count == 1 ? one : other, args);
    }

    /**
     * The reason of a refusal of the core, in a language: a coded refusal ({@link OcopArgumentException}) in the
     * language asked for, any other as it is.
     *
     * @param locale the language
     * @param e      the refusal
     * @return its text
     */
    static String refusal(Locale locale, IllegalArgumentException e) {
        return e instanceof OcopArgumentException coded ? coded.getMessage(locale) : String.valueOf(e.getMessage());
    }

    /** @return where a rule set or sheet comes from, in words (never the enum's name) */
    static String provenance(Locale locale, io.github.ocop.core.model.ProvenanceKind kind) {
        return text(locale, switch (kind) {
            case OFFICIAL_TEXT -> "provenance.officialText";
            case PLATFORM_DATA -> "provenance.platformData";
            case SECONDARY -> "provenance.secondary";
            case THIRD_PARTY -> "provenance.thirdParty";
        });
    }
}
