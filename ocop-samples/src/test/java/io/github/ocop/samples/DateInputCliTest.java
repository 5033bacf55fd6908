package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import static io.github.ocop.samples.OcopCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 3: a date typed on the command line may be dd/MM/yyyy as well as ISO; a day that does not exist is
 * refused with a usage message in words, never a Java exception text. */
class DateInputCliTest {
    @Test
    void resolveTakesVietnameseDatesAndAnswersAsForIsoOnes() {
        OcopCliTest.Run iso = run("resolve", "--kind", "first", "--submitted", "2026-05-10", "--evaluated", "2026-06-20");
        OcopCliTest.Run vi = run("resolve", "--kind", "first", "--submitted", "10/05/2026", "--evaluated", "20/6/2026");
        assertThat(iso.code()).isZero();
        assertThat(vi.code()).isZero();
        assertThat(vi.out()).isEqualTo(iso.out());
    }

    @Test
    void aDayThatDoesNotExistIsAUsageErrorInWords() {
        OcopCliTest.Run r = run("resolve", "--kind", "first", "--submitted", "31/02/2026", "--evaluated", "2026-06-20");
        assertThat(r.code()).isEqualTo(OcopCli.USAGE);
        // February 2026 has 28 days (2026 is not a leap year)
        assertThat(r.err()).startsWith("ocop: giá trị không hợp lệ cho tùy chọn '--submitted': '31/02/2026' không"
                + " phải là một ngày có thật: tháng 02/2026 có 28 ngày.").contains("dd/MM/yyyy (10/05/2026)")
                .doesNotContain("Exception").doesNotContain("Text '");
        OcopCliTest.Run en = run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-02-30", "--lang", "en");
        assertThat(en.code()).isEqualTo(OcopCli.USAGE);
        assertThat(en.err()).contains("'2026-02-30' is not a day that exists: 02/2026 has 28 days.");
    }

    @Test
    void textThatIsNoDateSaysHowToWriteOne() {
        OcopCliTest.Run r = run("council", "--date", "mười tháng năm", "x.json");
        assertThat(r.code()).isEqualTo(OcopCli.USAGE);
        assertThat(r.err()).contains("'mười tháng năm' không phải là một ngày: hãy viết theo dạng dd/MM/yyyy"
                + " (10/05/2026) hoặc yyyy-MM-dd (2026-05-10)");
    }

    @Test
    void everyDateOptionTakesBothForms() {
        // 2024 is a leap year: 29/02/2024 exists
        OcopCliTest.Run a = run("certificate", "--rule-set", "qd-148-2023", "--issued", "29/02/2024");
        OcopCliTest.Run b = run("certificate", "--rule-set", "qd-148-2023", "--issued", "2024-02-29");
        assertThat(a.code()).isZero();
        assertThat(a.out()).isEqualTo(b.out());
        OcopCliTest.Run c = run("dossier", "--rule-set", "qd-148-2023", "--kind", "first", "--group", "I", "--date",
                "01/07/2024");
        OcopCliTest.Run d = run("dossier", "--rule-set", "qd-148-2023", "--kind", "first", "--group", "I", "--date",
                "2024-07-01");
        assertThat(c.code()).isZero();
        assertThat(c.out()).isEqualTo(d.out());
    }
}
