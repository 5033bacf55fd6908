package io.github.ocop.core.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Message arguments built of other arguments, rendered in the language of the message that holds them: a list
 * joined by a separator of one's choice, an optional part with the words before it. Values are immutable.
 */
public final class Phrases {
    private Phrases() {
    }

    /**
     * Arguments joined by a separator ({@link Messages#render} joins a plain list with ", ").
     *
     * @param separator e.g. {@code "; "} or {@code " "}
     * @param parts     messages or other arguments
     * @return the joined argument
     */
    public static Localized joined(String separator, List<?> parts) {
        return new Joined(Objects.requireNonNull(separator, "separator"), List.copyOf(parts));
    }

    /**
     * An argument that is there or not: its text after {@code before}, or nothing (a properties file cannot start a
     * value with a space, so the space before an optional clause is given here).
     *
     * @param before the words before it, e.g. {@code " "} or {@code ", "}
     * @param part   the argument, or empty
     * @return the optional argument
     */
    public static Localized optional(String before, Optional<?> part) {
        return new OptionalPart(Objects.requireNonNull(before, "before"), Objects.requireNonNull(part, "part"));
    }

    private record Joined(String separator, List<?> parts) implements Localized {
        @Override
        public String format(Locale locale) {
            return String.join(separator, parts.stream().map(p -> Messages.render(p, locale)).toList());
        }
    }

    private record OptionalPart(String before, Optional<?> part) implements Localized {
        @Override
        public String format(Locale locale) {
            return part.map(p -> before + Messages.render(p, locale)).orElse("");
        }
    }
}
