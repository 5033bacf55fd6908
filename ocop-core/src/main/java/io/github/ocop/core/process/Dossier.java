package io.github.ocop.core.process;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dossier (hồ sơ) as it reaches a level: what it is for and which documents it holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleSetId the rule set it is filed under
 * @param kind first evaluation, upgrade or re-evaluation
 * @param level the level receiving it (see {@link DossierRequirements})
 * @param productGroup the product group code, {@code "I"} to {@code "VI"}
 * @param documents the document kinds present
 */
public record Dossier(String ruleSetId, EvaluationKind kind, EvaluationLevel level, String productGroup,
        Set<DocumentKind> documents) {

    /**
     * Validates and copies.
     *
     * @param ruleSetId the rule set it is filed under
     * @param kind first evaluation, upgrade or re-evaluation
     * @param level the level receiving it (see {@link DossierRequirements})
     * @param productGroup the product group code, {@code "I"} to {@code "VI"}
     * @param documents the document kinds present
     */
    public Dossier {
        ProcessRuleSets.requireKnown(ruleSetId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(productGroup, "productGroup");
        documents = Set.copyOf(Objects.requireNonNull(documents, "documents"));
    }

    /**
     * A dossier whose documents are given by name (see {@link DocumentKind#parse(String)}).
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param kind the evaluation kind
     * @param level the evaluation level
     * @param productGroup the product group code, {@code "I"} to {@code "VI"}
     * @param documentNames the names of the documents present
     * @return the dossier
     * @throws IllegalArgumentException for an unknown document name, naming it and the accepted values
     */
    public static Dossier ofNames(String ruleSetId, EvaluationKind kind, EvaluationLevel level, String productGroup,
            Collection<String> documentNames) {
        Objects.requireNonNull(documentNames, "documentNames");
        return new Dossier(ruleSetId, kind, level, productGroup,
                documentNames.stream().map(DocumentKind::parse).collect(Collectors.toSet()));
    }

    /** {@return the requirements this dossier is checked against} */
    public DossierRequirements requirements() {
        return DossierRequirements.of(ruleSetId, kind, level, productGroup);
    }

    /** {@return checks the dossier's completeness} */
    public DossierCheck check() {
        return DossierCheck.of(this);
    }
}
