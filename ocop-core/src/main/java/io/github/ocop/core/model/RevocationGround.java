package io.github.ocop.core.model;

/**
 * A ground for revoking a certificate (trường hợp thu hồi giấy chứng nhận), as a rule set file lists it
 * ({@code process.revocation.grounds}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param point the point letter as printed, e.g. {@code "đ"}
 * @param vietnamese the ground in the decision's words
 * @param english an English rendering (unofficial)
 * @param citation where it is written, e.g. {@code "QĐ 26/2026/QĐ-TTg, Điều 8 khoản 1 điểm đ"}
 */
public record RevocationGround(String point, String vietnamese, String english, String citation) {

    /**
     * Validates that every part is present and not blank.
     *
     * @param point the point letter as printed
     * @param vietnamese the ground in the decision's words
     * @param english an English rendering (unofficial)
     * @param citation where it is written
     */
    public RevocationGround {
        Texts.requireText(point, "point");
        Texts.requireText(vietnamese, "vietnamese");
        Texts.requireText(english, "english");
        Texts.requireText(citation, "citation");
    }
}
