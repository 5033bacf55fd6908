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
 * @param citation where the options are printed, as the law cites it
 * @param line the 1-based line of the rule set's provenance source where the criterion is printed, if line-based
 * @param evidence why the options map so and where the team read it, if said; for programs and reviewers, never
 *        printed as part of the citation
 */
public record OptionSubjectTypes(Map<String, Set<String>> byOption, String citation, Optional<Integer> line,
        Optional<String> evidence) {
    /**
     * Validates and copies.
     *
     * @param byOption option key to subject type names, at least one option with at least one type each
     * @param citation where the options are printed
     * @param line the source line of the criterion, if line-based, at least 1
     * @param evidence why the options map so, if said
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
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(evidence, "evidence");
        if (line.isPresent() && line.get() < 1) {
            throw CoreMessages.refusal("model.citationLine", line.get());
        }
    }

    /**
     * The mapping with its citation only (no source line, no evidence).
     *
     * @param byOption option key to subject type names, at least one option with at least one type each
     * @param citation where the options are printed
     */
    public OptionSubjectTypes(Map<String, Set<String>> byOption, String citation) {
        this(byOption, citation, Optional.empty(), Optional.empty());
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
