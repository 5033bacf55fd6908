package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/**
 * The documents a dossier must hold when it reaches one level for some evaluation kinds
 * ({@code process.versions[].dossiers[]}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param kinds the evaluation kinds the rule covers; not empty
 * @param level the level receiving the dossier
 * @param lines the requirement lines, in the order the law lists them
 * @param interpretations ids of the rule set's interpretations applied in reading the list
 * @param copies how many paper and electronic copies the level receives, if the decision says
 */
public record DossierRule(Set<EvaluationKind> kinds, EvaluationLevel level, List<DocumentRequirement> lines,
        List<String> interpretations, Optional<DossierCopies> copies) {

    /**
     * A dossier rule that states no number of copies.
     *
     * @param kinds the evaluation kinds the rule covers; not empty
     * @param level the level receiving the dossier
     * @param lines the requirement lines
     * @param interpretations ids of the interpretations applied
     */
    public DossierRule(Set<EvaluationKind> kinds, EvaluationLevel level, List<DocumentRequirement> lines,
            List<String> interpretations) {
        this(kinds, level, lines, interpretations, Optional.empty());
    }

    /**
     * Validates and copies.
     *
     * @param kinds the evaluation kinds the rule covers; not empty
     * @param level the level receiving the dossier
     * @param lines the requirement lines
     * @param interpretations ids of the interpretations applied
     * @param copies the copies the level receives, if stated
     */
    public DossierRule {
        Objects.requireNonNull(copies, "copies");
        kinds = Set.copyOf(Objects.requireNonNull(kinds, "kinds"));
        Objects.requireNonNull(level, "level");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        interpretations = List.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
        if (kinds.isEmpty()) {
            throw CoreMessages.refusal("model.dossierRuleKinds");
        }
    }
}
