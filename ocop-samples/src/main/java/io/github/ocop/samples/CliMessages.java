package io.github.ocop.samples;

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
