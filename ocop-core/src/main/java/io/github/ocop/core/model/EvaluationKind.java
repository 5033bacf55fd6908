package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Localized;

import java.util.Locale;

/**
 * Why a product is registered for evaluation (lần đăng ký đánh giá), as ticked on the registration form
 * (QĐ 26/2026 Phụ lục III Mẫu số 01 item 4; Điều 6 khoản 1 điểm a-c).
 *
 * <p>Immutable and thread-safe.
 */
public enum EvaluationKind implements Localized {
    /** First evaluation (đánh giá, phân hạng lần đầu), Điều 6 khoản 1 điểm a. */
    FIRST,
    /** Upgrade of a recognised product (đánh giá, nâng hạng), Điều 6 khoản 1 điểm b; Điều 7 khoản 5. */
    UPGRADE,
    /** Re-evaluation when the certificate expires (đánh giá, phân hạng lại), Điều 6 khoản 1 điểm c; Điều 7 khoản 6. */
    RE_EVALUATION;

    /** {@return the term in a language, from the core bundle: Vietnamese (the default, e.g. "lần đầu") or English} */
    @Override
    public String format(Locale locale) {
        return CoreMessages.of(switch (this) {
            case FIRST -> "evaluationKind.FIRST";
            case UPGRADE -> "evaluationKind.UPGRADE";
            case RE_EVALUATION -> "evaluationKind.RE_EVALUATION";
        }).format(locale);
    }
}
