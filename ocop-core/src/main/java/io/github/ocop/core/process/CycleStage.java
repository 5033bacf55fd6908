package io.github.ocop.core.process;

/**
 * A stage of the annual OCOP cycle (chu trình OCOP thường niên), the six steps of QĐ 490/2018 restated for
 * 2021-2025 (notes 1048 §7.1 [V-2]).
 *
 * <p>Immutable and thread-safe.
 */
public enum CycleStage {
    /** 1. Tuyên truyền, hướng dẫn về Chương trình OCOP. */
    GUIDANCE(1, "Tuyên truyền, hướng dẫn", "Awareness and guidance"),
    /** 2. Nhận đăng ký ý tưởng sản phẩm. */
    IDEA_REGISTRATION(2, "Nhận đăng ký ý tưởng sản phẩm", "Receiving product idea registrations"),
    /** 3. Nhận phương án, dự án sản xuất kinh doanh. */
    BUSINESS_PLAN(3, "Nhận phương án, dự án sản xuất kinh doanh", "Receiving business plans and projects"),
    /** 4. Triển khai phương án, dự án sản xuất kinh doanh. */
    PLAN_IMPLEMENTATION(4, "Triển khai phương án, dự án sản xuất kinh doanh",
            "Implementing business plans and projects"),
    /** 5. Đánh giá và xếp hạng sản phẩm. */
    EVALUATION(5, "Đánh giá và xếp hạng sản phẩm", "Evaluating and ranking products"),
    /** 6. Xúc tiến thương mại. */
    TRADE_PROMOTION(6, "Xúc tiến thương mại", "Trade promotion");

    private final int step;
    private final String vietnamese;
    private final String english;

    CycleStage(int step, String vietnamese, String english) {
        this.step = step;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** {@return the step number, 1 to 6} */
    public int step() {
        return step;
    }

    /** {@return the Vietnamese name} */
    public String vietnamese() {
        return vietnamese;
    }

    /** {@return the English name} */
    public String english() {
        return english;
    }
}
