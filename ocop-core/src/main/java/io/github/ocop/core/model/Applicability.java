package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Objects;

/**
 * A condition under which a criterion applies (điều kiện áp dụng), e.g. "Chỉ áp dụng khi có câu chuyện sản phẩm":
 * the criterion applies only when the answer to {@code criterion} is one of {@code anyOf}. Immutable and
 * thread-safe.
 *
 * @param criterion the code of the criterion the condition reads
 * @param anyOf     the option keys of that criterion under which this one applies
 * @param text      the condition as printed
 */
public record Applicability(String criterion, List<String> anyOf, String text) {
    /**
     * Validates and copies the components.
     *
     * @param criterion the code of the criterion the condition reads
     * @param anyOf the option keys of that criterion under which this one applies
     * @param text the condition as printed
     */
    public Applicability {
        Objects.requireNonNull(criterion, "criterion");
        anyOf = List.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
        Objects.requireNonNull(text, "text");
        if (anyOf.isEmpty()) {
            throw CoreMessages.refusal("model.applicabilityOptions", criterion);
        }
    }
}
