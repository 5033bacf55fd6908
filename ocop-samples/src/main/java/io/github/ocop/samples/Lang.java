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

    /** @return the language of messages and labels */
    Locale locale() {
        return locale;
    }

    /** @return the value of the HTML {@code lang} attribute */
    String tag() {
        return locale.getLanguage();
    }
}
