package io.github.ocop.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A kind of document in an OCOP dossier (thành phần hồ sơ), as a rule set file defines it
 * ({@code process.documents}): a stable id, its Vietnamese name as the decision writes it, an English rendering
 * (unofficial) and where it is written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable id within the rule set, e.g. {@code "registration-form"}
 * @param vietnamese the document's name in the decision's words
 * @param english an English rendering (unofficial)
 * @param citation where the document is required, as the law cites it
 * @param evidence where the ocop-rules team read it, when that is more than the decision's own text: a reference
 *        note's section and its trust marker (e.g. {@code "notes 1048 §6.1 item 1"}); for programs and reviewers,
 *        never printed as part of the citation
 */
public record DocumentKind(String id, String vietnamese, String english, String citation,
        Optional<String> evidence) {

    /**
     * Validates that every part is present and not blank.
     *
     * @param id a stable id within the rule set
     * @param vietnamese the document's name in the decision's words
     * @param english an English rendering (unofficial)
     * @param citation where the document is required
     * @param evidence where the team read it, if more than the decision's text
     */
    public DocumentKind {
        Texts.requireText(id, "id");
        Texts.requireText(vietnamese, "vietnamese");
        Texts.requireText(english, "english");
        Texts.requireText(citation, "citation");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * A document kind read in the decision's own text (no separate evidence).
     *
     * @param id a stable id within the rule set
     * @param vietnamese the document's name in the decision's words
     * @param english an English rendering (unofficial)
     * @param citation where the document is required
     */
    public DocumentKind(String id, String vietnamese, String english, String citation) {
        this(id, vietnamese, english, citation, Optional.empty());
    }
}
