package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 4: the rule set files hold citations as the law cites them (ocop-rules' BundledCitationsTest), so paper
 * prints them as they are: joined once each, nothing taken out.
 */
class CitationsTest {
    @Test
    void citationsAreJoinedOnceEachInTheirOrder() {
        // qd-26-2026.json: the province's forwardCitations, Điều 7 khoản 3 điểm e đoạn 2 (source.txt line 85) and the
        // dossier of Điều 6 khoản 3 that line names
        assertThat(Citations.join(List.of("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e đoạn 2",
                "QĐ 26/2026/QĐ-TTg, Điều 6 khoản 3", "QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e đoạn 2")))
                .isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e đoạn 2; QĐ 26/2026/QĐ-TTg, Điều 6 khoản 3");
        assertThat(Citations.join(List.of())).isEmpty();
    }

    @Test
    void aDeviationIsPrintedWithoutItsId() {
        assertThat(ValidateCommand.deviation("sheet I.4.1 declares: PART_C_SUMS_TO_38: part C sums to 38, not 40"))
                .isEqualTo("sheet I.4.1 declares: part C sums to 38, not 40");
    }
}
