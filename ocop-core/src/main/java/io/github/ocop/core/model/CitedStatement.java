package io.github.ocop.core.model;

/**
 * One statement of a decision in its own words, with an English rendering and where it is written: a step of a
 * procedure, a principle, a body that may request something ({@code process.*.steps[]}, {@code requesters[]} and
 * the like). Immutable and thread-safe.
 *
 * @param vietnamese the statement in the decision's words
 * @param english an English rendering (unofficial)
 * @param citation where it is written, e.g. {@code "QĐ 26/2026/QĐ-TTg, Điều 8 khoản 3 điểm a"}
 */
public record CitedStatement(String vietnamese, String english, String citation) {
    /**
     * Validates that every part is present and not blank.
     *
     * @param vietnamese the statement in the decision's words
     * @param english an English rendering
     * @param citation where it is written
     */
    public CitedStatement {
        Texts.requireText(vietnamese, "vietnamese");
        Texts.requireText(english, "english");
        Texts.requireText(citation, "citation");
    }
}
