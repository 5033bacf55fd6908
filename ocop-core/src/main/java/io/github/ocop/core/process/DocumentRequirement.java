package io.github.ocop.core.process;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One line of a dossier's requirements (yêu cầu thành phần hồ sơ): one document, or one of several
 * alternatives, how strongly it binds, and where it is written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param anyOf the document kinds that satisfy the line (one suffices); not empty
 * @param necessity how strongly it binds
 * @param citation where the line is written
 */
public record DocumentRequirement(List<DocumentKind> anyOf, Necessity necessity, String citation) {

    /**
     * Validates and copies.
     *
     * @param anyOf the document kinds that satisfy the line (one suffices); not empty
     * @param necessity how strongly it binds
     * @param citation where the line is written
     */
    public DocumentRequirement {
        anyOf = List.copyOf(Objects.requireNonNull(anyOf, "anyOf"));
        Objects.requireNonNull(necessity, "necessity");
        Objects.requireNonNull(citation, "citation");
        if (anyOf.isEmpty()) {
            throw new IllegalArgumentException("a requirement needs at least one document kind");
        }
    }

    /**
     * A requirement of a single document, cited by the document's own citation.
     *
     * @param kind the evaluation kind
     * @param necessity whether the document is mandatory
     * @return the requirement
     */
    public static DocumentRequirement of(DocumentKind kind, Necessity necessity) {
        Objects.requireNonNull(kind, "kind");
        return new DocumentRequirement(List.of(kind), necessity, kind.citation());
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

    /** {@return A one-line description: the Vietnamese names (alternatives joined by "hoặc") and the citation} */
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
