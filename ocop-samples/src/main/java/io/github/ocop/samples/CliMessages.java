package io.github.ocop.samples;

import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.text.Messages;

import java.util.Locale;

/** The fixed wording of the {@code ocop} tool's outputs ({@code io/github/ocop/samples/messages*.properties}). */
final class CliMessages {
    static final Messages BUNDLE = Messages.load("messages", CliMessages.class::getResourceAsStream);

    private CliMessages() {
    }

    static String text(Locale locale, String code, Object... args) {
        return BUNDLE.format(locale, code, args);
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
