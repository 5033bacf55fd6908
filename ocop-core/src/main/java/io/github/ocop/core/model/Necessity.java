package io.github.ocop.core.model;

/**
 * How strongly a dossier requirement binds (mức độ bắt buộc).
 *
 * <p>Immutable and thread-safe.
 */
public enum Necessity {
    /** Required in every case (bắt buộc). Missing means the dossier is incomplete. */
    MANDATORY,
    /**
     * Required only when a fact the library cannot see holds ("nếu có", "đối với đơn vị có đăng ký kinh doanh").
     * Absence is reported for a person to verify, not as missing.
     */
    CONDITIONAL,
    /** Supporting evidence (tài liệu bổ sung, minh chứng); absence never makes the dossier incomplete. */
    SUPPLEMENTARY
}
