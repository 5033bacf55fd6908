package io.github.ocop.core.model;

import java.util.Objects;

/**
 * A body or office that takes a decision in the evaluation process (cơ quan, người có thẩm quyền quyết định), as a
 * rule set names it, e.g. "Chủ tịch Ủy ban nhân dân cấp tỉnh" / "Chair of the Provincial People's Committee".
 * Deciders are data of a rule set file ({@code process.deciders}); English names are our own translation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable id within the rule set, e.g. {@code "provincial-chair"}
 * @param vietnamese the name as the decision writes it
 * @param english an English rendering (unofficial)
 */
public record Decider(String id, String vietnamese, String english) {

    /**
     * Validates that every part is present and not blank.
     *
     * @param id a stable id within the rule set
     * @param vietnamese the name as the decision writes it
     * @param english an English rendering (unofficial)
     */
    public Decider {
        Texts.requireText(id, "id");
        Texts.requireText(vietnamese, "vietnamese");
        Texts.requireText(english, "english");
    }

    @Override
    public String toString() {
        return vietnamese + " (" + english + ")";
    }
}
