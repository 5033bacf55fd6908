package io.github.ocop.core.model;

import java.util.Objects;

/**
 * A named reading of unclear law (cách hiểu), recorded as data in the rule set file so that it can be cited and
 * overridden. The library never fills a gap silently: every such choice is one of these, with the reason and the
 * source text it rests on. Immutable and thread-safe.
 *
 * @param id     a stable id, e.g. {@code "I-BINARY-NO-OPTIONS"} or {@code "certificate-valid-through-anniversary"}
 * @param text   what the reading is
 * @param reason why it was chosen
 * @param source the text or note the reading rests on (decision, article, reference-note section); empty if not given
 */
public record Interpretation(String id, String text, String reason, String source) {
    /**
     * Validates the components.
     *
     * @param id a stable id
     * @param text what the reading is
     * @param reason why it was chosen
     * @param source what it rests on, or empty
     */
    public Interpretation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    /**
     * An interpretation that names no source of its own.
     *
     * @param id a stable id
     * @param text what the reading is
     * @param reason why it was chosen
     */
    public Interpretation(String id, String text, String reason) {
        this(id, text, reason, "");
    }

    @Override
    public String toString() {
        return id;
    }
}
