package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.DocumentKind;
import io.github.ocop.core.model.RuleSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A dossier (hồ sơ) as it reaches a level: the requirements it answers to (rule set, process version, evaluation
 * kind, receiving level, product group) and the documents it holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requirements the requirements the dossier is checked against
 * @param documents the document kinds present
 */
public record Dossier(DossierRequirements requirements, Set<DocumentKind> documents) {

    /**
     * Validates and copies.
     *
     * @param requirements the requirements the dossier is checked against
     * @param documents the document kinds present
     */
    public Dossier {
        Objects.requireNonNull(requirements, "requirements");
        documents = Set.copyOf(Objects.requireNonNull(documents, "documents"));
    }

    /**
     * A dossier whose documents are given by their ids in the rule set file ({@code process.documents[].id}).
     *
     * @param ruleSet the rule set defining the documents
     * @param requirements the requirements the dossier is checked against
     * @param documentIds the ids of the documents present
     * @return the dossier
     * @throws IllegalArgumentException for an unknown document id, naming it and the accepted ids
     */
    public static Dossier ofIds(RuleSet ruleSet, DossierRequirements requirements, Collection<String> documentIds) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(documentIds, "documentIds");
        Set<DocumentKind> kinds = new LinkedHashSet<>();
        for (String id : documentIds) {
            kinds.add(ruleSet.process().document(id.trim()).orElseThrow(() -> CoreMessages.refusal(
                    "process.unknownDocument", id, ruleSet.id(),
                    ruleSet.process().documents().stream().map(DocumentKind::id).toList())));
        }
        return new Dossier(requirements, kinds);
    }

    /** {@return checks the dossier's completeness} */
    public DossierCheck check() {
        return DossierCheck.of(this);
    }
}
