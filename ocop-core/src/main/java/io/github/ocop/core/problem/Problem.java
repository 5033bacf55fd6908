package io.github.ocop.core.problem;

import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an input, located by a JSON-path-like path (e.g. {@code $.answers['1.9']}): for programs a
 * stable {@link #code()} and its {@link #args()}, for people a text in their language ({@link #text(Locale)}).
 * Immutable and thread-safe.
 *
 * @param path   where, e.g. {@code $.answers['1.9']}
 * @param detail what was found and what was expected, as a message
 */
public record Problem(String path, Message detail) {
    /**
     * Validates the components.
     *
     * @param path   where, e.g. {@code $.answers['1.9']}
     * @param detail what was found and what was expected
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(detail, "detail");
    }

    /**
     * A problem whose text is given as it is, in one language (code {@link Message#TEXT}).
     *
     * @param path    where
     * @param message what was found and what was expected
     */
    public Problem(String path, String message) {
        this(path, Message.text(Objects.requireNonNull(message, "message")));
    }

    /** {@return the stable code, e.g. {@code "scoring.unknownOption"}} */
    public String code() {
        return detail.code();
    }

    /** {@return the arguments of the code, in placeholder order} */
    public List<Object> args() {
        return detail.args();
    }

    /** {@return the text in Vietnamese, the default language} */
    public String message() {
        return detail.format(Messages.VIETNAMESE);
    }

    /**
     * The text in a language.
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return what was found and what was expected
     */
    public String text(Locale locale) {
        return detail.format(locale);
    }

    @Override
    public String toString() {
        return path + ": " + message();
    }
}
