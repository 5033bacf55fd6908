package io.github.ocop.core.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text for a person, kept as a stable code and its arguments (for programs) and rendered in a language on demand
 * ({@link #format(Locale)}). Arguments may be strings, numbers, dates, other messages, {@link Localized} values or
 * lists of these; each is rendered in the same language. Immutable and thread-safe if its arguments are.
 */
public final class Message implements Localized {
    /** The code of a text given as it is, not from a bundle ({@link #text(String)}). */
    public static final String TEXT = "text";

    private final Messages bundle;
    private final String code;
    private final List<Object> args;

    Message(Messages bundle, String code, Object[] args) {
        this.bundle = bundle;
        this.code = Objects.requireNonNull(code, "code");
        Object[] copy = args.clone();
        for (Object a : copy) {
            Objects.requireNonNull(a, "a message argument");
        }
        this.args = Collections.unmodifiableList(Arrays.asList(copy));
    }

    /**
     * A text given as it is, the same in every language (a name, a text of the law, a file's own words).
     *
     * @param text the text
     * @return a message of code {@link #TEXT}
     */
    public static Message text(String text) {
        return new Message(null, TEXT, new Object[] {Objects.requireNonNull(text, "text")});
    }

    /** {@return the stable code, e.g. {@code "scoring.unknownOption"}; {@link #TEXT} for a text given as it is} */
    public String code() {
        return code;
    }

    /** {@return the arguments, in placeholder order ({0}, {1}, ...)} */
    public List<Object> args() {
        return args;
    }

    /**
     * The text in a language.
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return the text
     */
    @Override
    public String format(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return bundle == null ? (String) args.get(0) : bundle.format(locale, code, args.toArray());
    }

    /** {@return the text in Vietnamese, the default language} */
    @Override
    public String toString() {
        return format(Messages.VIETNAMESE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.code.equals(code) && m.args.equals(args) && m.bundle == bundle;
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + args.hashCode();
    }
}
