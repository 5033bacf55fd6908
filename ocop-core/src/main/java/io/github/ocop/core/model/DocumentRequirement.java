package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a dossier's requirements (yêu cầu thành phần hồ sơ): one document, or one of several alternatives,
 * how strongly it binds, the product groups it applies to, and where it is written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param anyOf the document kinds that satisfy the line (one suffices); not empty
 * @param necessity how strongly it binds
 * @param citation where the line is written
 * @param groups the product group codes the line applies to ({@code "I"}..{@code "VI"}); empty: every group
 * @param evidence where the ocop-rules team read it, when that is more than the decision's own text: a reference
 *        note's section and its trust marker (e.g. {@code "notes 1048 §6.1 item 1"}); for programs and reviewers,
 *        never printed as part of the citation
 */
public record DocumentRequirement(List<DocumentKind> anyOf, Necessity necessity, String citation, Set<String> groups,
        Optional<String> evidence) {

    /**
     * Validates and copies.
     *
     * @param anyOf the document kinds that satisfy the line (one suffices); not empty
     * @param necessity how strongly it binds
     * @param citation where the line is written
     * @param groups the product group codes the line applies to; empty: every group
     * @param evidence where the team read it, if more than the decision's text
     */
    public DocumentRequirement {
        anyOf = List.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
        Objects.requireNonNull(necessity, "necessity");
        Objects.requireNonNull(citation, "citation");
        groups = Set.copyOf(Objects.requireNonNull(groups, "groups"));
        Objects.requireNonNull(evidence, "evidence");
        if (anyOf.isEmpty()) {
            throw CoreMessages.refusal("model.documentKinds");
        }
    }

    /**
     * A requirement read in the decision's own text (no separate evidence).
     *
     * @param anyOf the document kinds that satisfy the line (one suffices); not empty
     * @param necessity how strongly it binds
     * @param citation where the line is written
     * @param groups the product group codes the line applies to; empty: every group
     */
    public DocumentRequirement(List<DocumentKind> anyOf, Necessity necessity, String citation, Set<String> groups) {
        this(anyOf, necessity, citation, groups, Optional.empty());
    }

    /**
     * {@return whether the line applies to a product of {@code group}}
     *
     * @param group a product group code, e.g. {@code "VI"}
     */
    public boolean appliesTo(String group) {
        Objects.requireNonNull(group, "group");
        return groups.isEmpty() || groups.contains(group);
    }

    /**
     * {@return whether the documents present satisfy this line}
     *
     * @param present the kinds of the documents present
     */
    public boolean isSatisfiedBy(Collection<DocumentKind> present) {
        Objects.requireNonNull(present, "present");
        return anyOf.stream().anyMatch(present::contains);
    }

    /** {@return the line in Vietnamese: the alternatives joined by "hoặc", then the citation in brackets} */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < anyOf.size(); i++) {
            if (i > 0) {
                sb.append(" hoặc ");
            }
            sb.append(anyOf.get(i).vietnamese());
        }
        return sb.append(" [").append(citation).append(']').toString();
    }
}
