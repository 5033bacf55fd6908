package io.github.ocop.core.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitationAndInstrumentTest {
    @Test
    void aCitationReadsInVietnameseFromTheDecisionDownToTheLine() {
        assertThat(Citation.ofItem("26/2026/QĐ-TTg", "II", "1", "1.1"))
                .hasToString("QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số 1, mục 1.1");
        // issue 14 item 4: the form officials cite ("Phiếu số 1", as the issue asks); English names the parts in English
        assertThat(Citation.ofItem("26/2026/QĐ-TTg", "II", "1", "2.4").format(java.util.Locale.ENGLISH))
                .isEqualTo("QĐ 26/2026/QĐ-TTg, Annex II, Sheet No. 1, item 2.4");
        assertThat(new Citation("26/2026/QĐ-TTg", "Điều 3 khoản 3", null, null, null, 43))
                .hasToString("QĐ 26/2026/QĐ-TTg, Điều 3 khoản 3");
        // the source line is for programs only, never printed
        assertThat(new Citation("X", null, null, null, null, 1)).hasToString("QĐ X");
        assertThat(new Citation("X", null, null, null, null, 1).line()).isEqualTo(1);
        assertThat(new Citation("X", null, null, null, null, null)).hasToString("QĐ X");
    }

    @Test
    void aCitationNeedsAnInstrumentAndAPositiveLine() {
        assertThatThrownBy(() -> new Citation(" ", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Citation("X", null, null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    static LegalInstrument instrument(LocalDate from, LocalDate until) {
        return new LegalInstrument("26/2026/QĐ-TTg", "t", from, from, until, List.of(), List.of("148/QĐ-TTg"));
    }

    @Test
    void anInstrumentIsInForceFromItsFirstDayToItsLastInclusive() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        LocalDate until = LocalDate.of(2027, 2, 28);
        LegalInstrument i = instrument(from, until);
        assertThat(i.inForceOn(from)).isTrue();
        assertThat(i.inForceOn(until)).isTrue();
        assertThat(i.inForceOn(from.minusDays(1))).isFalse();
        assertThat(i.inForceOn(until.plusDays(1))).isFalse();
        assertThat(i.until()).hasValue(until);
        LegalInstrument open = instrument(from, null);
        assertThat(open.inForceOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(open.inForceOn(from.minusDays(1))).isFalse();
        assertThat(open.until()).isEmpty();
        assertThat(instrument(from, from).inForceOn(from)).isTrue();
        assertThatThrownBy(() -> instrument(from, from.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
