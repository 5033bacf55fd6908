package io.github.ocop.core.process;

import java.util.Objects;

/**
 * A named reading of a point the sources leave open (cách hiểu, diễn giải). The library never fills a gap
 * silently: every such choice is one of these, with the reason and the source text it rests on, so that
 * users can see it and a later rule set can override it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable identifier, e.g. {@code "certificate-valid-through-anniversary"}
 * @param statement what the library does
 * @param reason why this reading was chosen
 * @param source the text or note the reading rests on (decision, article, reference-note section)
 */
public record Interpretation(String id, String statement, String reason, String source) {

    /**
     * Validates that every part is present and not blank.
     *
     * @param id a stable identifier, e.g. {@code "certificate-valid-through-anniversary"}
     * @param statement what the library does
     * @param reason why this reading was chosen
     * @param source the text or note the reading rests on (decision, article, reference-note section)
     */
    public Interpretation {
        requireText(id, "id");
        requireText(statement, "statement");
        requireText(reason, "reason");
        requireText(source, "source");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
