package io.github.ocop.core.text;

import java.util.Locale;

/** A value with a text for each language (an enum's name, a message): rendered as a message argument. */
public interface Localized {
    /**
     * The text in a language.
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return the text
     */
    String format(Locale locale);
}
