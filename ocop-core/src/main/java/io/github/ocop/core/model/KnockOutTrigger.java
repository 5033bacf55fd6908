package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a knock-out follows from the answers themselves (bị loại theo câu trả lời), so that it applies without the
 * assessor recording it: the knock-out fires when any of its conditions holds, i.e. an applicable criterion is
 * answered with one of the listed option keys ({@code "none"} included). A knock-out without a trigger is a
 * judgement the assessor records (forged papers, impurities found). Immutable and thread-safe.
 *
 * @param anyOf the conditions, at least one
 */
public record KnockOutTrigger(List<AnswerCondition> anyOf) {

    /**
     * Validates and copies.
     *
     * @param anyOf the conditions, at least one
     */
    public KnockOutTrigger {
        anyOf = List.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
        if (anyOf.isEmpty()) {
            throw CoreMessages.refusal("model.triggerConditions");
        }
    }

    /**
     * One condition of a trigger: criterion {@code criterion} answered with one of {@code options}.
     *
     * @param criterion the criterion code as printed
     * @param options the option keys that fire it ({@code "none"} for the answer that scores 0 points)
     */
    public record AnswerCondition(String criterion, Set<String> options) {
        /**
         * Validates and copies.
         *
         * @param criterion the criterion code, not blank
         * @param options the option keys, at least one
         */
        public AnswerCondition {
            Texts.requireText(criterion, "criterion");
            options = Set.copyOf(Objects.requireNonNull(options, "options"));
            if (options.isEmpty()) {
                throw CoreMessages.refusal("model.triggerOptions", criterion);
            }
        }
    }
}
