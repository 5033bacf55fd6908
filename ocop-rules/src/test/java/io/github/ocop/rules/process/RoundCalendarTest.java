package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.process.EvaluationRound;
import io.github.ocop.core.process.RoundCalendar;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RoundCalendarTest {

    private static EvaluationRound province(int y, int m, int d) {
        return RoundCalendar.roundFor(Bundled.QD26, LocalDate.of(y, m, d), EvaluationLevel.PROVINCE);
    }

    private static EvaluationRound central(int y, int m, int d) {
        return RoundCalendar.roundFor(Bundled.QD26, LocalDate.of(y, m, d), EvaluationLevel.CENTRAL);
    }

    @Test
    void provinceRoundOneBefore30JuneForProposalsBefore30April_Dieu5Khoan1() {
        EvaluationRound r = province(2027, 4, 29);
        assertThat(r.number()).isEqualTo(1);
        assertThat(r.heldBefore()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(r.lastDay()).isEqualTo(LocalDate.of(2027, 6, 29));
        assertThat(r.lastProposalDay()).isEqualTo(LocalDate.of(2027, 4, 29));
        assertThat(r.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 5 khoản 1");
    }

    @Test
    void aProposalOn30AprilIsNotBefore30AprilAndGoesToRoundTwo_Dieu5Khoan1() {
        EvaluationRound r = province(2027, 4, 30);
        assertThat(r.number()).isEqualTo(2);
        assertThat(r.heldBefore()).isEqualTo(LocalDate.of(2027, 12, 30));
    }

    @Test
    void aProposalOnOrAfter30OctoberReachesRoundOneOfNextYear_Dieu5Khoan1() {
        assertThat(province(2026, 10, 29).heldBefore()).isEqualTo(LocalDate.of(2026, 12, 30));
        EvaluationRound r = province(2026, 10, 30);
        assertThat(r.number()).isEqualTo(1);
        assertThat(r.heldBefore()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void ministryRoundOneBefore30SeptemberForProposalsBefore30July_Dieu5Khoan2() {
        EvaluationRound r = central(2026, 6, 1);
        assertThat(r.number()).isEqualTo(1);
        assertThat(r.heldBefore()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(r.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 5 khoản 2");
    }

    @Test
    void ministryRoundTwoBefore30MarchForProposalsBefore30January_Dieu5Khoan2() {
        EvaluationRound late = central(2026, 7, 30);
        assertThat(late.number()).isEqualTo(2);
        assertThat(late.heldBefore()).isEqualTo(LocalDate.of(2027, 3, 30));
        assertThat(late.proposedBefore()).isEqualTo(LocalDate.of(2027, 1, 30));
        assertThat(late.year()).isEqualTo(2027);
        assertThat(central(2027, 1, 29).heldBefore()).isEqualTo(LocalDate.of(2027, 3, 30));
        EvaluationRound missed = central(2027, 1, 30);
        assertThat(missed.number()).isEqualTo(1);
        assertThat(missed.heldBefore()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void onlyProvinceAndMinistryHoldRounds() {
        assertThatThrownBy(() -> RoundCalendar.roundFor(Bundled.QD26, LocalDate.of(2026, 6, 1), EvaluationLevel.COMMUNE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commune");
    }

    @Test
    void proposalsBeforeQd26AreRejected() {
        assertThatThrownBy(() -> RoundCalendar.roundFor(Bundled.QD26, LocalDate.of(2025, 1, 1), EvaluationLevel.PROVINCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qd-26-2026")
                .hasMessageContaining("2026-05-22");
    }

    @Property
    void theRoundReachedNeverEndsBeforeTheProposalDate(@ForAll @IntRange(min = 0, max = 10_000) int offset,
            @ForAll boolean toMinistry) {
        LocalDate proposed = LocalDate.of(2026, 5, 22).plusDays(offset);
        EvaluationLevel level = toMinistry ? EvaluationLevel.CENTRAL : EvaluationLevel.PROVINCE;
        EvaluationRound r = RoundCalendar.roundFor(Bundled.QD26, proposed, level);
        assertThat(r.lastDay()).isAfterOrEqualTo(proposed);
        assertThat(r.lastProposalDay()).isAfterOrEqualTo(proposed);
        assertThat(r.level()).isEqualTo(level);
        // the round is the earliest one: the previous statutory round's cut-off is not after the proposal
        assertThat(r.proposedBefore().minusMonths(12)).isBeforeOrEqualTo(proposed);
    }
}
