package io.github.ocop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocop.samples.HistoryCommandsTest.Run;
import org.junit.jupiter.api.Test;

/** {@code ocop certificate --last-day}: the last day printed on the recognition decision governs (issue 13 item 10). */
class CertificateCommandTest {

    @Test
    void thePrintedLastDayGovernsTheComputedOne_Dieu12Khoan1_line161() {
        // QĐ 26/2026 source.txt l.161: valid "đến hết thời hạn theo quyết định công nhận"; issued 31/05/2026,
        // computed (36 months, Điều 4 khoản 3): 31/05/2029; printed: 30/05/2029 -> window 01/12/2028 .. 30/01/2029
        Run j = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-05-31",
                "--last-day", "30/05/2029", "--format", "json");
        assertThat(j.code()).isZero();
        assertThat(j.out()).contains("\"validUntil\":\"2029-05-30\"").contains("\"validUntilSource\":\"decision\"")
                .contains("\"computedValidUntil\":\"2029-05-31\"").contains("\"from\":\"2028-12-01\"")
                .contains("\"to\":\"2029-01-30\"");
        Run t = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-05-31",
                "--last-day", "2029-05-30");
        assertThat(t.out()).contains("đến hết ngày 30/05/2029 theo quyết định công nhận")
                .contains("31/05/2029");
        Run computed = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-05-31",
                "--format", "json");
        assertThat(computed.out()).contains("\"validUntil\":\"2029-05-31\"").contains("\"validUntilSource\":\"computed\"");
    }

    @Test
    void aPrintedLastDayBeforeTheIssueDateIsALocatedInputError() {
        Run r = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-05-31",
                "--last-day", "2026-05-01");
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).contains("--last-day").contains("quyết định công nhận").doesNotContain("Exception");
    }
}
