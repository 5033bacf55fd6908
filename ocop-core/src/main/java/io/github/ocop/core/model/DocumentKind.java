package io.github.ocop.core.model;

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
 */
public record DocumentKind(String id, String vietnamese, String english, String citation) {

    /**
     * Validates that every part is present and not blank.
     *
     * @param id a stable id within the rule set
     * @param vietnamese the document's name in the decision's words
     * @param english an English rendering (unofficial)
     * @param citation where the document is required
     */
    public DocumentKind {
        Texts.requireText(id, "id");
        Texts.requireText(vietnamese, "vietnamese");
        Texts.requireText(english, "english");
        Texts.requireText(citation, "citation");
    }
}
