package io.github.ocop.core.report;

import java.util.List;
import java.util.Objects;

/**
 * A programme plan's targets for a round or a year (kế hoạch thực hiện Chương trình OCOP), e.g. a district's plan to
 * evaluate 21 products with at least 5 reaching 3 stars. Immutable and thread-safe.
 *
 * @param title   what plan it is, e.g. "Kế hoạch OCOP huyện Ngọc Hồi năm 2021"
 * @param targets its targets, in the plan's order
 */
public record ProgrammePlan(String title, List<PlanTarget> targets) {
    /**
     * Validates and copies the components.
     *
     * @param title   what plan it is, e.g. "Kế hoạch OCOP huyện Ngọc Hồi năm 2021"
     * @param targets its targets, in the plan's order
     */
    public ProgrammePlan {
        Objects.requireNonNull(title, "title");
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    }
}
