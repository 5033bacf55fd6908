package io.github.ocop.rules.process;

import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.process.DateWindow;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.process.OutcomeKind;
import io.github.ocop.core.report.EvaluatedProduct;
import io.github.ocop.core.report.PlanTarget;
import io.github.ocop.core.report.ProgrammePlan;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.report.ProgrammeRound;
import io.github.ocop.core.report.TargetProgress;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgrammeReportTest {
    private static final LocalDate DAY = LocalDate.of(2021, 10, 15);

    private static EvaluatedProduct p(String name, String commune, String group, String total, Integer stars,
                                      LocalDate certified) {
        return new EvaluatedProduct(name, commune, group, Bundled.QD1048, EvaluationLevel.DISTRICT, DAY,
                new BigDecimal(total), stars == null ? OptionalInt.empty() : OptionalInt.of(stars),
                certified == null ? Optional.empty()
                        : Optional.of(Certificate.issue(Bundled.QD1048, name, stars, certified)));
    }

    private static ProgrammeReport report() {
        List<EvaluatedProduct> products = List.of(
                p("A", "Xã 1", "I", "62.33", 3, LocalDate.of(2021, 12, 20)),
                p("B", "Xã 1", "II", "45.00", 2, null),
                p("C", "Xã 2", "I", "75.50", 2, null), // 4-star band, minima unmet: 2 stars
                p("D", "Xã 2", "I", "71.00", 4, LocalDate.of(2021, 12, 31)),
                p("E", "Xã 3", "III", "55.00", null, null)); // knock-out
        ProgrammePlan plan = new ProgrammePlan("Kế hoạch thử", List.of(PlanTarget.evaluated(5),
                PlanTarget.reachingStars(3, 3), PlanTarget.forwarded(2)));
        return ProgrammeReport.of(new ProgrammeRound("Đợt thử", plan, products,
                new DateWindow(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31))));
    }

    @Test
    void countsByStarGroupAndCommune() {
        ProgrammeReport r = report();
        assertThat(r.byStars().byStars()).containsExactly(0, 2, 1, 1, 0);
        assertThat(r.byStars().notRanked()).isEqualTo(1);
        assertThat(r.byStars().total()).isEqualTo(5);
        assertThat(r.byGroup()).containsOnlyKeys("I", "II", "III");
        assertThat(r.byGroup().get("I").atLeast(3)).isEqualTo(2);
        assertThat(r.byCommune().keySet()).containsExactly("Xã 1", "Xã 2", "Xã 3");
        assertThat(r.byCommune().get("Xã 2").count(2)).isEqualTo(1);
    }

    @Test
    void a1048DistrictForwardsRankedProductsOfFiftyPointsAndThreeStarsToTheProvince() {
        ProgrammeReport r = report();
        assertThat(r.forwarded()).extracting(s -> s.product().name()).containsExactly("A", "D");
        assertThat(r.forwarded().get(0).outcome().nextLevel()).hasValue(EvaluationLevel.PROVINCE);
        assertThat(r.nextSteps()).hasSize(4);
        assertThat(r.nextSteps().stream().filter(s -> s.product().name().equals("B")).findFirst().orElseThrow()
                .outcome().kind()).isEqualTo(OutcomeKind.NO_CERTIFICATE);
    }

    @Test
    void certificatesExpiringInThePeriodAreListedSoonestFirst() {
        // issued 2021-12-20 -> valid through 2024-12-20; 2021-12-31 -> 2024-12-31
        assertThat(report().expiringCertificates()).extracting(EvaluatedProduct::name).containsExactly("A", "D");
    }

    @Test
    void progressAgainstThePlan() {
        ProgrammeReport r = report();
        assertThat(r.progress()).extracting(TargetProgress::achieved).containsExactly(5, 2, 2);
        assertThat(r.progress()).extracting(TargetProgress::met).containsExactly(true, false, true);
        assertThat(r.progress().get(1).shortfall()).isEqualTo(1);
        assertThat(r.progress().get(1).target().vietnamese()).isEqualTo("Ít nhất 3 sản phẩm đạt từ 3 sao trở lên");
        assertThat(r.planMet()).isFalse();
    }

    @Test
    void anEvaluationDateBeforeTheRuleSetExistsIsAnError() {
        assertThatThrownBy(() -> new EvaluatedProduct("A", "Xã 1", "I", Bundled.QD1048, EvaluationLevel.DISTRICT,
                LocalDate.of(2019, 5, 1), new BigDecimal("60"), OptionalInt.of(3), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule set qd-1048-2019 is in force from 2019-08-21 to 2023-02-23; the evaluation date"
                        + " 2019-05-01 is outside it");
    }

    @Test
    void starsAboveTheBandOfTheTotalAreAnError() {
        assertThatThrownBy(() -> p("A", "Xã 1", "I", "69.99", 4, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stars 4 must be within 1..3");
    }

    @Test
    void aCertificateBeforeTheEvaluationIsAnError() {
        assertThatThrownBy(() -> p("A", "Xã 1", "I", "62", 3, LocalDate.of(2021, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the evaluation");
    }
}
