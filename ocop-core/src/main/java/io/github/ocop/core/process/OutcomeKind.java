package io.github.ocop.core.process;

/**
 * What happens to a product after one level has evaluated it (kết quả xử lý).
 *
 * <p>Immutable and thread-safe.
 */
public enum OutcomeKind {
    /** The level decides recognition and issues a certificate (công nhận, cấp giấy chứng nhận). */
    CERTIFY,
    /** The dossier goes to the next level (gửi hồ sơ đề nghị cấp trên đánh giá). */
    FORWARD,
    /** No recognition decision and no certificate (không ban hành quyết định công nhận, không cấp giấy chứng nhận). */
    NO_CERTIFICATE,
    /**
     * The central result is not 5 stars: the province's chair may certify 3 or 4 stars on the central council's
     * result, or have the province evaluate it (QĐ 26/2026 Điều 7 khoản 4 điểm g đoạn 2).
     */
    RETURN_TO_PROVINCE,
    /** The sources do not say what happens: a visible gap, never a guess. */
    NOT_PROVIDED_FOR,
    /**
     * The council's result is not valid (no quorum, or the chair did not score): it decides nothing, and the council
     * meets again.
     */
    CONVENE_AGAIN
}
