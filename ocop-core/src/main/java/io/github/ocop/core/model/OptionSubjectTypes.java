package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which subject types (chủ thể OCOP) each option of the criterion on the type of organisation describes (tiêu chí
 * "Loại hình tổ chức sản xuất - kinh doanh", 3.1 on the sheets of QĐ 26/2026 and 1048/2019), as the rule set file
 * states it ({@code criteria[].subjectTypes}), by the names of {@code io.github.ocop.core.scoring.SubjectType}. A
 * subject type named under no option is unmapped: its answer is not checked. Immutable and thread-safe.
 *
 * @param byOption option key to the subject type names it describes; an option missing here is unmapped
 * @param citation where the options are printed and why they map so
 */
public record OptionSubjectTypes(Map<String, Set<String>> byOption, String citation) {
    /**
     * Validates and copies.
     *
     * @param byOption option key to subject type names, at least one option with at least one type each
     * @param citation where the options are printed
     */
    public OptionSubjectTypes {
        Objects.requireNonNull(byOption, "byOption");
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        byOption.forEach((k, v) -> {
            Texts.requireText(k, "option key");
            Set<String> types = Set.copyOf(Objects.requireNonNull(v, "types"));
            if (types.isEmpty()) {
                throw CoreMessages.refusal("model.optionTypes", k);
            }
            copy.put(k, types);
        });
        if (copy.isEmpty()) {
            throw CoreMessages.refusal("model.optionsTypes");
        }
        byOption = java.util.Collections.unmodifiableMap(copy);
        Texts.requireText(citation, "citation");
    }

    /**
     * {@return the subject types an option describes, or empty when the option is unmapped}
     *
     * @param optionKey an option key
     */
    public Optional<Set<String>> typesOf(String optionKey) {
        return Optional.ofNullable(byOption.get(Objects.requireNonNull(optionKey, "optionKey")));
    }

    /**
     * {@return whether some option names the subject type (only then is its answer checked)}
     *
     * @param subjectType a subject type name
     */
    public boolean maps(String subjectType) {
        Objects.requireNonNull(subjectType, "subjectType");
        return byOption.values().stream().anyMatch(s -> s.contains(subjectType));
    }
}
