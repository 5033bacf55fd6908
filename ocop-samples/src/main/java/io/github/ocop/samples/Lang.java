package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.Labels;

import java.util.Locale;

/** The language of messages, labels and titles in text and HTML outputs ({@code --lang vi|en}); Vietnamese is the official text. */
enum Lang {
    vi(Labels.VIETNAMESE), en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    Labels labels(RuleSet rules) {
        return Labels.of(rules, locale);
    }

    /** @return the locale of this language */
    Locale locale() {
        return locale;
    }

    /**
     * The language of the messages about a command's input files: its {@code --lang} when it has one, else
     * Vietnamese (the tool's default).
     *
     * @param spec a command's spec
     * @return the locale
     */
    static Locale of(picocli.CommandLine.Model.CommandSpec spec) {
        picocli.CommandLine.Model.OptionSpec o = spec == null ? null : spec.findOption("--lang");
        Object v = o == null ? null : o.getValue();
        return v instanceof Lang l ? l.locale : vi.locale;
    }

    /** @return the value of the HTML {@code lang} attribute */
    String tag() {
        return locale.getLanguage();
    }
}
