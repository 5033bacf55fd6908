package io.github.ocop.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProcessRuleSetsTest {

    @Test
    void qd26TakesEffectOn22May2026_Dieu11Khoan1() {
        assertThat(ProcessRuleSets.firstDay("qd-26-2026")).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(ProcessRuleSets.lastDay("qd-26-2026")).isEmpty();
    }

    @Test
    void askingQd26ForADateBeforeItExistsIsAClearError() {
        assertThatThrownBy(() -> ProcessRuleSets.requireInForce("qd-26-2026", LocalDate.of(2025, 1, 1), "date"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qd-26-2026")
                .hasMessageContaining("2026-05-22")
                .hasMessageContaining("2025-01-01");
    }

    @Test
    void qd1048EndsTheDayBefore148Starts() {
        assertThat(ProcessRuleSets.isInForce("qd-1048-2019", LocalDate.of(2023, 2, 23))).isTrue();
        assertThat(ProcessRuleSets.isInForce("qd-1048-2019", LocalDate.of(2023, 2, 24))).isFalse();
        assertThat(ProcessRuleSets.isInForce("qd-148-2023", LocalDate.of(2023, 2, 24))).isTrue();
        assertThat(ProcessRuleSets.isInForce("qd-1048-2019", LocalDate.of(2019, 8, 20))).isFalse();
    }

    @Test
    void qd148Ceases60DaysAfter22May2026_Dieu11Khoan2() {
        assertThat(ProcessRuleSets.lastDay("qd-148-2023")).contains(LocalDate.of(2026, 7, 21));
        assertThat(ProcessRuleSets.inForceOn(LocalDate.of(2026, 6, 1))).containsExactly("qd-148-2023", "qd-26-2026");
        assertThat(ProcessRuleSets.inForceOn(LocalDate.of(2026, 7, 22))).containsExactly("qd-26-2026");
    }

    @Test
    void unknownRuleSetNamesTheValueAndTheAcceptedIds() {
        assertThatThrownBy(() -> ProcessRuleSets.requireKnown("qd-148"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'qd-148'")
                .hasMessageContaining("qd-1048-2019, qd-148-2023, qd-26-2026");
    }

    @Test
    void qd148HasTwoProcessesSplitBy1489On6July2025() {
        assertThat(ProcessVariant.resolve("qd-148-2023", LocalDate.of(2025, 7, 5)))
                .isEqualTo(ProcessVariant.QD_148_2023_ORIGINAL);
        assertThat(ProcessVariant.resolve("qd-148-2023", LocalDate.of(2025, 7, 6)))
                .isEqualTo(ProcessVariant.QD_148_2023_AMENDED_1489);
        assertThatThrownBy(() -> ProcessVariant.single("qd-148-2023"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1489")
                .hasMessageContaining("date");
    }

    @Test
    void everyInterpretationHasAUniqueId() {
        assertThat(ProcessInterpretations.all()).extracting(Interpretation::id).doesNotHaveDuplicates();
        assertThat(ProcessInterpretations.byId("before-is-strict")).isSameAs(ProcessInterpretations.BEFORE_IS_STRICT);
        assertThatThrownBy(() -> ProcessInterpretations.byId("nope")).hasMessageContaining("nope");
    }
}
