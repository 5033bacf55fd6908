package io.github.ocop.core.model;

/**
 * Who sits on a level's evaluation council (thành phần Hội đồng), in the decision's words, where the law states it
 * (e.g. QĐ 26/2026 Điều 7 khoản 3 điểm b for the provincial council). Immutable and thread-safe.
 *
 * @param composition the decision's sentence, verbatim
 * @param citation where it is written
 */
public record CouncilComposition(String composition, String citation) {
    /**
     * Validates.
     *
     * @param composition the decision's sentence, not blank
     * @param citation where it is written, not blank
     */
    public CouncilComposition {
        Texts.requireText(composition, "composition");
        Texts.requireText(citation, "citation");
    }
}
