package io.github.ocop.core.process;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An allowed move between stages of the annual cycle (bước chuyển trong chu trình OCOP). Forward moves follow the
 * six steps; a rejected idea or plan goes back one stage
 * (interpretation {@code rejection-goes-back-one-stage}); a product that fails evaluation goes back to
 * implementing its plan and re-enters evaluation in a later year (the process version's re-entry rule);
 * a promoted product may come back for upgrade or re-evaluation. Sources: notes 1048 §7.2 [V-2, PROV].
 *
 * <p>Immutable and thread-safe.
 */
public enum CycleMove {
    /** 1 -> 2: the subject registers a product idea. */
    REGISTER_IDEA(CycleStage.GUIDANCE, CycleStage.IDEA_REGISTRATION, "Đăng ký ý tưởng sản phẩm",
            "Registers a product idea"),
    /** 2 -> 3: the idea is accepted; the subject prepares a business plan. */
    IDEA_ACCEPTED(CycleStage.IDEA_REGISTRATION, CycleStage.BUSINESS_PLAN, "Ý tưởng được chấp nhận",
            "Idea accepted"),
    /** 2 -> 1: the idea is rejected and goes back to guidance. */
    IDEA_REJECTED(CycleStage.IDEA_REGISTRATION, CycleStage.GUIDANCE, "Ý tưởng không được chấp nhận, trả lại",
            "Idea rejected, sent back"),
    /** 3 -> 4: the business plan is approved. */
    PLAN_APPROVED(CycleStage.BUSINESS_PLAN, CycleStage.PLAN_IMPLEMENTATION, "Phương án được phê duyệt",
            "Business plan approved"),
    /** 3 -> 2: the business plan is rejected and goes back. */
    PLAN_REJECTED(CycleStage.BUSINESS_PLAN, CycleStage.IDEA_REGISTRATION, "Phương án không được phê duyệt, trả lại",
            "Business plan rejected, sent back"),
    /** 4 -> 5: the product is ready and its dossier is filed for evaluation. */
    SUBMIT_FOR_EVALUATION(CycleStage.PLAN_IMPLEMENTATION, CycleStage.EVALUATION, "Nộp hồ sơ đánh giá, phân hạng",
            "Dossier filed for evaluation"),
    /** 5 -> 6: the product is ranked and recognised; it moves to trade promotion. */
    RANKED(CycleStage.EVALUATION, CycleStage.TRADE_PROMOTION, "Được đánh giá, xếp hạng và công nhận",
            "Ranked and recognised"),
    /** 5 -> 4: the product fails; it improves and takes part again in a later year ("tham gia năm sau"). */
    FAILED(CycleStage.EVALUATION, CycleStage.PLAN_IMPLEMENTATION, "Không đạt, hoàn thiện sản phẩm và tham gia năm sau",
            "Failed; improves the product and takes part again next year"),
    /** 6 -> 5: a recognised product comes back for upgrade or re-evaluation. */
    RE_ENTER_EVALUATION(CycleStage.TRADE_PROMOTION, CycleStage.EVALUATION, "Đăng ký nâng hạng hoặc đánh giá lại",
            "Registers for upgrade or re-evaluation");

    private final CycleStage from;
    private final CycleStage to;
    private final String vietnamese;
    private final String english;

    CycleMove(CycleStage from, CycleStage to, String vietnamese, String english) {
        this.from = from;
        this.to = to;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** {@return the stage moved from} */
    public CycleStage from() {
        return from;
    }

    /** {@return the stage moved to} */
    public CycleStage to() {
        return to;
    }

    /** {@return what the move means, in Vietnamese} */
    public String vietnamese() {
        return vietnamese;
    }

    /** {@return what the move means, in English} */
    public String english() {
        return english;
    }

    /**
     * The move between two stages, if it is allowed.
     *
     * @param from the stage moved from
     * @param to the stage moved to
     * @return the move, or empty if not allowed
     */
    public static Optional<CycleMove> between(CycleStage from, CycleStage to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return Arrays.stream(values()).filter(m -> m.from == from && m.to == to).findFirst();
    }

    /**
     * {@return the stages reachable from {@code from} in one move}
     *
     * @param from the stage moved from
     */
    public static List<CycleStage> targetsFrom(CycleStage from) {
        Objects.requireNonNull(from, "from");
        return Arrays.stream(values()).filter(m -> m.from == from).map(CycleMove::to).toList();
    }
}
