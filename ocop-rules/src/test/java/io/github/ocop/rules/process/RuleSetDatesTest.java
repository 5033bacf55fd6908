package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.EvaluationAuthorities;
import io.github.ocop.core.process.RoundCalendar;
import io.github.ocop.core.model.EvaluationLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The days each bundled rule set is in force, read from its file (instrument and process versions), against the dates
 * of the decisions: QĐ 1048 from 2019-08-21 to 2023-02-23, QĐ 148 from 2023-02-24 to 2026-07-21 (QĐ 26/2026 Điều 11
 * khoản 2, Điều 12 khoản 2), QĐ 1489 from 2025-07-06, QĐ 26/2026 from 2026-05-22 (Điều 11 khoản 1).
 */
class RuleSetDatesTest {

    private static List<String> inForceOn(LocalDate d) {
        return Bundled.STANDARD.all().stream().filter(r -> r.instrument().isInForceOn(d)).map(RuleSet::id).toList();
    }

    @Test
    void qd26TakesEffectOn22May2026_Dieu11Khoan1() {
        assertThat(Bundled.QD26.instrument().effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(Bundled.QD26.instrument().until()).isEmpty();
    }

    @Test
    void askingQd26ForADateBeforeItExistsIsAClearError() {
        assertThatThrownBy(() -> RoundCalendar.roundFor(Bundled.QD26, LocalDate.of(2025, 1, 1),
                EvaluationLevel.PROVINCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qd-26-2026")
                .hasMessageContaining("2026-05-22")
                .hasMessageContaining("2025-01-01");
    }

    @Test
    void qd1048EndsTheDayBefore148Starts() {
        assertThat(Bundled.QD1048.instrument().isInForceOn(LocalDate.of(2023, 2, 23))).isTrue();
        assertThat(Bundled.QD1048.instrument().isInForceOn(LocalDate.of(2023, 2, 24))).isFalse();
        assertThat(Bundled.QD148.instrument().isInForceOn(LocalDate.of(2023, 2, 24))).isTrue();
        assertThat(Bundled.QD1048.instrument().isInForceOn(LocalDate.of(2019, 8, 20))).isFalse();
    }

    @Test
    void qd148Ceases60DaysAfter22May2026_Dieu11Khoan2() {
        assertThat(Bundled.QD148.instrument().until()).contains(LocalDate.of(2026, 7, 21));
        assertThat(inForceOn(LocalDate.of(2026, 6, 1))).containsExactlyInAnyOrder("qd-148-2023", "qd-26-2026");
        assertThat(inForceOn(LocalDate.of(2026, 7, 22))).containsExactly("qd-26-2026");
    }

    @Test
    void unknownRuleSetNamesTheValueAndTheAcceptedIds() {
        assertThatThrownBy(() -> Bundled.STANDARD.get("qd-148"))
                .isInstanceOf(io.github.ocop.core.problem.OcopInputException.class)
                .hasMessageContaining("\"qd-148\"")
                .hasMessageContaining("\"qd-1048-2019\", \"qd-148-2023\", \"qd-26-2026\"");
    }

    @Test
    void qd148HasTwoProcessesSplitBy1489On6July2025() {
        assertThat(EvaluationAuthorities.versionOn(Bundled.QD148, LocalDate.of(2025, 7, 5)).id())
                .isEqualTo("qd-148-2023-original");
        assertThat(EvaluationAuthorities.versionOn(Bundled.QD148, LocalDate.of(2025, 7, 6)).id())
                .isEqualTo("qd-148-2023-amended-1489");
        assertThatThrownBy(() -> EvaluationAuthorities.forRuleSet(Bundled.QD148))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1489")
                .hasMessageContaining("date");
    }

    @Test
    void everyInterpretationHasAUniqueId() {
        for (RuleSet r : Bundled.STANDARD.all()) {
            assertThat(r.interpretations()).extracting(Interpretation::id).doesNotHaveDuplicates();
        }
        assertThat(Bundled.QD26.interpretation("before-is-strict")).map(Interpretation::id)
                .contains("before-is-strict");
        assertThat(Bundled.QD26.interpretation("nope")).isEmpty();
    }
}
