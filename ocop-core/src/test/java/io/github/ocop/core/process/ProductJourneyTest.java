package io.github.ocop.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ProductJourneyTest {

    private static final LocalDate D = LocalDate.of(2026, 2, 1);

    @Test
    void sixStagesInOrderWithVietnameseNames() {
        assertThat(CycleStage.values()).extracting(CycleStage::step).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(CycleStage.BUSINESS_PLAN.vietnamese()).isEqualTo("Nhận phương án, dự án sản xuất kinh doanh");
        assertThat(CycleStage.TRADE_PROMOTION.vietnamese()).isEqualTo("Xúc tiến thương mại");
    }

    @Test
    void aProductWalksTheSixStagesForward() {
        ProductJourney j = ProductJourney.start("Trà hoa vàng", CycleStage.GUIDANCE, D)
                .moveTo(CycleStage.IDEA_REGISTRATION, D.plusDays(30))
                .moveTo(CycleStage.BUSINESS_PLAN, D.plusDays(60))
                .moveTo(CycleStage.PLAN_IMPLEMENTATION, D.plusDays(90))
                .moveTo(CycleStage.EVALUATION, D.plusDays(200))
                .moveTo(CycleStage.TRADE_PROMOTION, D.plusDays(260));
        assertThat(j.steps()).extracting(ProductJourney.Step::stage).containsExactly(CycleStage.values());
        assertThat(j.current().move()).contains(CycleMove.RANKED);
    }

    @Test
    void aRejectedIdeaOrPlanGoesBackAndMayComeForwardAgain() {
        ProductJourney j = ProductJourney.start("X", CycleStage.IDEA_REGISTRATION, D)
                .moveTo(CycleStage.GUIDANCE, D.plusDays(14))
                .moveTo(CycleStage.IDEA_REGISTRATION, D.plusDays(28))
                .moveTo(CycleStage.BUSINESS_PLAN, D.plusDays(40))
                .moveTo(CycleStage.IDEA_REGISTRATION, D.plusDays(50));
        assertThat(j.steps()).extracting(s -> s.move().orElse(null)).containsExactly(null, CycleMove.IDEA_REJECTED,
                CycleMove.REGISTER_IDEA, CycleMove.IDEA_ACCEPTED, CycleMove.PLAN_REJECTED);
    }

    @Test
    void aFailedProductReEntersEvaluationOnlyNextYear() {
        ProductJourney failed = ProductJourney.start("X", CycleStage.EVALUATION, LocalDate.of(2026, 6, 1))
                .moveTo(CycleStage.PLAN_IMPLEMENTATION, LocalDate.of(2026, 6, 20));
        assertThatThrownBy(() -> failed.moveTo(CycleStage.EVALUATION, LocalDate.of(2026, 11, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only from 2027");
        assertThat(failed.moveTo(CycleStage.EVALUATION, LocalDate.of(2027, 1, 5)).current().stage())
                .isEqualTo(CycleStage.EVALUATION);
        ProductJourney lenient = ProductJourney.start("X", CycleStage.EVALUATION, LocalDate.of(2026, 6, 1),
                        io.github.ocop.core.model.ReEntryPolicy.ANY_LATER_DATE)
                .moveTo(CycleStage.PLAN_IMPLEMENTATION, LocalDate.of(2026, 6, 20))
                .moveTo(CycleStage.EVALUATION, LocalDate.of(2026, 11, 1));
        assertThat(lenient.steps()).hasSize(3);
    }

    @Test
    void illegalMovesAreClearErrors() {
        ProductJourney j = ProductJourney.start("X", CycleStage.GUIDANCE, D);
        assertThatThrownBy(() -> j.moveTo(CycleStage.EVALUATION, D.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot move from stage 1 GUIDANCE")
                .hasMessageContaining("allowed next stages: [IDEA_REGISTRATION]");
        assertThatThrownBy(() -> ProductJourney.start("X", CycleStage.TRADE_PROMOTION, D))
                .hasMessageContaining("cannot start");
    }

    @Test
    void datesGoingBackwardsAreClearErrors() {
        ProductJourney j = ProductJourney.start("X", CycleStage.GUIDANCE, D);
        assertThatThrownBy(() -> j.moveTo(CycleStage.IDEA_REGISTRATION, D.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-01-31")
                .hasMessageContaining("before the current step's date 2026-02-01");
        assertThat(j.moveTo(CycleStage.IDEA_REGISTRATION, D).steps()).hasSize(2);
    }

    @Property
    void journeysNeverGoBackInTime(@ForAll @Size(max = 30) List<@IntRange(min = 0, max = 8) Integer> choices,
            @ForAll @Size(max = 30) List<@IntRange(min = -30, max = 400) Integer> gaps) {
        ProductJourney j = ProductJourney.start("P", CycleStage.GUIDANCE, D);
        for (int i = 0; i < choices.size(); i++) {
            List<CycleStage> targets = CycleMove.targetsFrom(j.current().stage());
            CycleStage to = targets.get(choices.get(i) % targets.size());
            LocalDate on = j.current().on().plusDays(i < gaps.size() ? gaps.get(i) : 1);
            try {
                j = j.moveTo(to, on);
            } catch (IllegalArgumentException rejected) {
                assertThat(on.isBefore(j.current().on()) || to == CycleStage.EVALUATION).isTrue();
            }
        }
        List<ProductJourney.Step> steps = j.steps();
        for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).on()).isAfterOrEqualTo(steps.get(i - 1).on());
            assertThat(CycleMove.between(steps.get(i - 1).stage(), steps.get(i).stage())).isPresent();
        }
    }
}
