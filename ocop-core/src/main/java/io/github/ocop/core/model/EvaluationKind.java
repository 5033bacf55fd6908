package io.github.ocop.core.model;

import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Messages;

import java.util.Locale;

/**
 * Why a product is registered for evaluation (lần đăng ký đánh giá), as ticked on the registration form
 * (QĐ 26/2026 Phụ lục III Mẫu số 01 item 4; Điều 6 khoản 1 điểm a-c).
 *
 * <p>Immutable and thread-safe.
 */
public enum EvaluationKind implements Localized {
    /** First evaluation (đánh giá, phân hạng lần đầu), Điều 6 khoản 1 điểm a. */
    FIRST("lần đầu", "first evaluation"),
    /** Upgrade of a recognised product (đánh giá, nâng hạng), Điều 6 khoản 1 điểm b; Điều 7 khoản 5. */
    UPGRADE("nâng hạng", "upgrade"),
    /** Re-evaluation when the certificate expires (đánh giá, phân hạng lại), Điều 6 khoản 1 điểm c; Điều 7 khoản 6. */
    RE_EVALUATION("đánh giá lại", "re-evaluation");

    private final String vietnamese;
    private final String english;

    EvaluationKind(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** {@return the Vietnamese term} */
    public String vietnamese() {
        return vietnamese;
    }

    /** {@return the English term} */
    public String english() {
        return english;
    }

    /** {@return the term in a language: English for {@code en}, Vietnamese otherwise} */
    @Override
    public String format(Locale locale) {
        return Messages.english(locale) ? english : vietnamese;
    }
}
