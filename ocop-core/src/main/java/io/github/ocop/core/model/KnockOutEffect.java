package io.github.ocop.core.model;

/** What a knock-out note does to a product. */
public enum KnockOutEffect {
    /** "Hồ sơ bị loại khi…", "Bị loại nếu…": the dossier or product is disqualified. */
    DISQUALIFIED,
    /** "Không đánh giá các bước tiếp theo nếu…", "Không xem xét các chỉ tiêu khác nếu…": evaluation stops. */
    NOT_EVALUATED_FURTHER
}
