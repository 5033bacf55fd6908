package io.github.ocop.core.problem;

import io.github.ocop.core.text.Message;

import java.util.Locale;
import java.util.Objects;

/**
 * A value refused by the model's own checks (a record's constructor, a factory such as
 * {@code DossierRequirements.of}): still an {@link IllegalArgumentException}, as those methods document, but carrying
 * a coded {@link Message} so that the refusal reads in the caller's language. {@link #getMessage()} is English (for
 * logs and stack traces); {@link #getMessage(Locale)} gives it in any language and {@link #message()} the code and
 * arguments for programs. A reader that builds the model from a file turns it into a located {@link Problem} of an
 * {@link OcopInputException}.
 */
public class OcopArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The refusal, coded. */
    private final transient Message message;

    /**
     * Creates the refusal.
     *
     * @param message why the value is refused, coded
     */
    public OcopArgumentException(Message message) {
        super(Objects.requireNonNull(message, "message").format(Locale.ENGLISH));
        this.message = message;
    }

    /** {@return why the value is refused: a code and its arguments} */
    public Message message() {
        return message;
    }

    /**
     * The reason in a language.
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return the text
     */
    public String getMessage(Locale locale) {
        return message.format(Objects.requireNonNull(locale, "locale"));
    }
}
