package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

/**
 * How many copies of a dossier the receiving level gets, on paper and electronically (e.g. "01 bộ hồ sơ giấy và 01
 * bộ hồ sơ điện tử", QĐ 26/2026 Điều 7 khoản 1), as {@code process.versions[].dossiers[].copies} states it.
 * Immutable and thread-safe.
 *
 * @param paper the paper copies, at least 0
 * @param electronic the electronic copies, at least 0
 * @param citation where the number is written
 */
public record DossierCopies(int paper, int electronic, String citation) {
    /**
     * Validates.
     *
     * @param paper the paper copies, not negative
     * @param electronic the electronic copies, not negative
     * @param citation where the number is written, not blank
     */
    public DossierCopies {
        if (paper < 0 || electronic < 0 || paper + electronic == 0) {
            throw CoreMessages.refusal("model.dossierCopies", paper, electronic);
        }
        Texts.requireText(citation, "citation");
    }
}
