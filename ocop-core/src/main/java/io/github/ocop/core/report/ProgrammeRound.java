package io.github.ocop.core.report;

import io.github.ocop.core.process.DateWindow;

import java.util.List;
import java.util.Objects;

/**
 * The input of a programme report: a plan, the products evaluated, and the period in which expiring certificates
 * are looked for (đợt đánh giá, phân hạng). Immutable and thread-safe.
 *
 * @param title        the round, e.g. "Đợt đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2021"
 * @param plan         the plan the round is measured against
 * @param products     the products evaluated
 * @param expiryPeriod the days in which certificates expiring are listed
 */
public record ProgrammeRound(String title, ProgrammePlan plan, List<EvaluatedProduct> products,
                             DateWindow expiryPeriod) {
    /**
     * Validates and copies the components.
     *
     * @param title        the round, e.g. "Đợt đánh giá, phân hạng sản phẩm OCOP cấp huyện năm 2021"
     * @param plan         the plan the round is measured against
     * @param products     the products evaluated
     * @param expiryPeriod the days in which certificates expiring are listed
     */
    public ProgrammeRound {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(plan, "plan");
        products = List.copyOf(Objects.requireNonNull(products, "products"));
        Objects.requireNonNull(expiryPeriod, "expiryPeriod");
    }
}
