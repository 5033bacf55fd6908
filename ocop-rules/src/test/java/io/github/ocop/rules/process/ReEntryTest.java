package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.model.ReEntryPolicy;
import io.github.ocop.core.process.CycleStage;
import io.github.ocop.core.process.ProductJourney;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Re-entry after a failed evaluation (issue 13 item 8): under QĐ 26/2026 the next statutory provincial round
 * (source.txt line 51: "ít nhất 02 đợt trong năm. Đợt 01 trước ngày 30 tháng 6 ...; đợt 02 trước ngày 30 tháng 12"),
 * under QĐ 1048 the next calendar year, as before.
 */
class ReEntryTest {

    private static ProductJourney failedUnder26(LocalDate failedOn) {
        return ProductJourney.start("Miến dong", CycleStage.EVALUATION, failedOn, Bundled.QD26.process().versions().get(0))
                .moveTo(CycleStage.PLAN_IMPLEMENTATION, failedOn.plusDays(1));
    }

    @Test
    void theFileOf26StatesTheNextStatutoryRound_line51() {
        assertThat(Bundled.QD26.process().versions()).extracting(v -> v.reEntry())
                .containsOnly(ReEntryPolicy.NEXT_STATUTORY_ROUND);
        assertThat(Bundled.QD26.process().versions().get(0).reEntryCitation()).contains("Điều 5 khoản 1");
        // the 1048 rule stays where it applied
        assertThat(Bundled.QD1048.process().versions()).extracting(v -> v.reEntry())
                .containsOnly(ReEntryPolicy.NEXT_CALENDAR_YEAR);
    }

    @Test
    void aFailureInRoundOneReEntersRoundTwoOfTheSameYear_line51() {
        // failed on 10/6/2026: round 01 (held before 30/6); round 02 (before 30/12) is open to it from 30/6
        ProductJourney j = failedUnder26(LocalDate.of(2026, 6, 10));
        assertThatThrownBy(() -> j.moveTo(CycleStage.EVALUATION, LocalDate.of(2026, 6, 29)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("next statutory round")
                .hasMessageContaining("2026-06-30")
                .hasMessageContaining("Điều 5 khoản 1");
        assertThat(j.moveTo(CycleStage.EVALUATION, LocalDate.of(2026, 6, 30)).current().stage())
                .isEqualTo(CycleStage.EVALUATION);
        assertThat(j.moveTo(CycleStage.EVALUATION, LocalDate.of(2026, 11, 20)).steps()).hasSize(3);
    }

    @Test
    void aFailureInRoundTwoReEntersRoundOneOfTheNextYear_line51() {
        // failed on 20/12/2026: round 02 (held before 30/12/2026); the next round is round 01 of 2027
        ProductJourney j = failedUnder26(LocalDate.of(2026, 12, 20));
        assertThatThrownBy(() -> j.moveTo(CycleStage.EVALUATION, LocalDate.of(2026, 12, 29)))
                .hasMessageContaining("2026-12-30");
        assertThat(j.moveTo(CycleStage.EVALUATION, LocalDate.of(2027, 3, 1)).steps()).hasSize(3);
    }

    @Test
    void aFailureAfterRoundTwoClosedBelongsToRoundOneOfTheNextYear_line51() {
        // failed on 30/12/2026 (not before 30/12): the round of the failure is round 01 of 2027 (before 30/6/2027)
        ProductJourney j = failedUnder26(LocalDate.of(2026, 12, 30));
        assertThatThrownBy(() -> j.moveTo(CycleStage.EVALUATION, LocalDate.of(2027, 6, 29)))
                .hasMessageContaining("2027-06-30");
        assertThat(j.moveTo(CycleStage.EVALUATION, LocalDate.of(2027, 6, 30)).steps()).hasSize(3);
    }

    @Test
    void underThe1048RuleSetAFailedProductStillWaitsForTheNextYear() {
        ProductJourney j = ProductJourney.start("Chè", CycleStage.EVALUATION, LocalDate.of(2020, 6, 10),
                        Bundled.QD1048.process().versions().get(0))
                .moveTo(CycleStage.PLAN_IMPLEMENTATION, LocalDate.of(2020, 6, 11));
        assertThatThrownBy(() -> j.moveTo(CycleStage.EVALUATION, LocalDate.of(2020, 11, 1)))
                .hasMessageContaining("only from 2021");
        assertThat(j.moveTo(CycleStage.EVALUATION, LocalDate.of(2021, 1, 4)).steps()).hasSize(3);
    }

    @Test
    void theNextRoundRuleNeedsAProcessVersionsRounds() {
        assertThatThrownBy(() -> ProductJourney.start("X", CycleStage.EVALUATION, LocalDate.of(2026, 6, 1),
                ReEntryPolicy.NEXT_STATUTORY_ROUND))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rounds");
    }
}
