package io.github.ocop.core.report;

import io.github.ocop.core.internal.CoreMessages;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One target of a programme plan (chỉ tiêu kế hoạch), e.g. "evaluate 21 products", "at least 5 products certified
 * at 3 stars or more" or "at least one OCOP sales point". Targets on the round's products are counted from them
 * ({@link Kind#countedFromProducts()}); the others (training, sales points, trade fairs, inspections, the council,
 * rounds) are activities whose result the round reports ({@code reported}). Immutable and thread-safe.
 *
 * @param kind     what is counted
 * @param count    the number to reach, at least 1
 * @param minStars for {@link Kind#REACHING_STARS} and {@link Kind#CERTIFIED}, the star level (1..5); otherwise 0
 * @param reported for an activity target, the number the round reports as done, if reported; empty for a target
 *                 counted from the products
 * @param source   where the target is written (e.g. the directive and its line), if given
 */
public record PlanTarget(Kind kind, int count, int minStars, OptionalInt reported, Optional<String> source) {

    /** What a target counts. */
    public enum Kind {
        /** Products evaluated and ranked or not (số sản phẩm được đánh giá, phân hạng). */
        EVALUATED(true),
        /** Products ranked at least {@code minStars} stars (đạt từ ... sao trở lên). */
        REACHING_STARS(true),
        /** Products the level forwards to the next level (đề nghị cấp trên đánh giá). */
        FORWARDED(true),
        /** Products holding a certificate of at least {@code minStars} stars (được chứng nhận), not only ranked. */
        CERTIFIED(true),
        /** Evaluation rounds held (số đợt đánh giá, phân hạng). */
        ROUNDS_HELD(false),
        /** OCOP staff trained (cán bộ OCOP các cấp được tập huấn). */
        STAFF_TRAINED(false),
        /** Producers (subjects) trained (chủ thể tham gia Chương trình được tập huấn). */
        PRODUCERS_TRAINED(false),
        /** OCOP sales points set up (điểm bán hàng OCOP). */
        SALES_POINTS(false),
        /** Trade promotion events taken part in: fairs, exhibitions, trade meetings (xúc tiến thương mại, hội chợ). */
        TRADE_FAIRS(false),
        /** Certified products inspected (kiểm tra, giám sát sản phẩm đã được chứng nhận OCOP). */
        PRODUCTS_INSPECTED(false),
        /** The evaluation council set up or renewed (kiện toàn Hội đồng đánh giá, phân hạng). */
        COUNCIL_SET_UP(false);

        private final boolean countedFromProducts;

        Kind(boolean countedFromProducts) {
            this.countedFromProducts = countedFromProducts;
        }

        /** {@return whether the target is counted from the round's products (otherwise the round reports it)} */
        public boolean countedFromProducts() {
            return countedFromProducts;
        }

        /** {@return whether the target takes a star level} */
        public boolean takesStars() {
            return this == REACHING_STARS || this == CERTIFIED;
        }
    }

    /**
     * Validates the target.
     *
     * @param kind     what is counted
     * @param count    the number to reach, at least 1
     * @param minStars the star level (1..5) for targets that take one; otherwise 0
     * @param reported the number reported as done, only for activity targets
     * @param source   where the target is written, if given
     */
    public PlanTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(source, "source");
        if (count < 1) {
            throw CoreMessages.refusal("report.targetCount", count);
        }
        if (kind.takesStars() ? minStars < 1 || minStars > 5 : minStars != 0) {
            throw kind.takesStars() ? CoreMessages.refusal("report.targetMinStarsRange", minStars)
                    : CoreMessages.refusal("report.targetMinStarsKind");
        }
        if (kind.countedFromProducts() && reported.isPresent()) {
            throw CoreMessages.refusal("report.targetReported", kind.name());
        }
        if (reported.isPresent() && reported.getAsInt() < 0) {
            throw CoreMessages.refusal("report.targetReportedNegative", reported.getAsInt());
        }
    }

    /**
     * A target without a reported number or source.
     *
     * @param kind     what is counted
     * @param count    the number to reach, at least 1
     * @param minStars the star level for targets that take one; otherwise 0
     */
    public PlanTarget(Kind kind, int count, int minStars) {
        this(kind, count, minStars, OptionalInt.empty(), Optional.empty());
    }

    /**
     * Creates a target to evaluate a number of products.
     *
     * @param count the number of products
     * @return "evaluate {@code count} products"
     */
    public static PlanTarget evaluated(int count) {
        return new PlanTarget(Kind.EVALUATED, count, 0);
    }

    /**
     * Creates a target for a number of products reaching a star level.
     *
     * @param stars the star level (1..5)
     * @param count the number of products
     * @return "at least {@code count} products reach {@code stars} stars"
     */
    public static PlanTarget reachingStars(int stars, int count) {
        return new PlanTarget(Kind.REACHING_STARS, count, stars);
    }

    /**
     * Creates a target for a number of products forwarded to the next level.
     *
     * @param count the number of products
     * @return "forward at least {@code count} products"
     */
    public static PlanTarget forwarded(int count) {
        return new PlanTarget(Kind.FORWARDED, count, 0);
    }

    /**
     * Creates a target for a number of products certified at a star level or more.
     *
     * @param stars the star level (1..5)
     * @param count the number of products
     * @return "at least {@code count} products certified at {@code stars} stars or more"
     */
    public static PlanTarget certified(int stars, int count) {
        return new PlanTarget(Kind.CERTIFIED, count, stars);
    }

    /**
     * Creates an activity target with the number the round reports as done.
     *
     * @param kind     an activity kind (not counted from products)
     * @param count    the number to reach
     * @param reported the number done, or empty when not reported
     * @return the target
     */
    public static PlanTarget activity(Kind kind, int count, OptionalInt reported) {
        return new PlanTarget(kind, count, 0, reported, Optional.empty());
    }

    /** {@return the target in Vietnamese, e.g. "Ít nhất 5 sản phẩm đạt từ 3 sao trở lên"} */
    public String vietnamese() {
        return switch (kind) {
            case EVALUATED -> "Đánh giá, phân hạng " + count + " sản phẩm";
            case REACHING_STARS -> "Ít nhất " + count + " sản phẩm đạt từ " + minStars + " sao trở lên";
            case FORWARDED -> "Ít nhất " + count + " sản phẩm được đề nghị cấp trên đánh giá, phân hạng";
            case CERTIFIED -> "Ít nhất " + count + " sản phẩm được chứng nhận đạt từ " + minStars + " sao trở lên";
            case ROUNDS_HELD -> "Tổ chức ít nhất " + count + " đợt đánh giá, phân hạng";
            case STAFF_TRAINED -> count + " lượt cán bộ OCOP các cấp được tập huấn";
            case PRODUCERS_TRAINED -> count + " chủ thể tham gia Chương trình được tập huấn";
            case SALES_POINTS -> "Xây dựng ít nhất " + count + " điểm bán hàng OCOP";
            case TRADE_FAIRS -> "Tham gia ít nhất " + count + " hoạt động xúc tiến thương mại (hội chợ, triển lãm,"
                    + " kết nối giao thương)";
            case PRODUCTS_INSPECTED -> "Kiểm tra, giám sát " + count + " sản phẩm đã được chứng nhận OCOP";
            case COUNCIL_SET_UP -> "Kiện toàn Hội đồng đánh giá, phân hạng sản phẩm OCOP";
        };
    }
}
