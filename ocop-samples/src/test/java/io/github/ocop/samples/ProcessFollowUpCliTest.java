package io.github.ocop.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocop.samples.HistoryCommandsTest.Run;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 12 where a clerk looks: {@code ocop certificate} says how the re-evaluation is conducted, who
 * supervises and how the certificate is revoked; {@code ocop dossier} gives the copies and, with {@code --received},
 * the commune's due day. Expected values are read by hand from ../shared/reference/qd-26-2026/source.txt.
 */
class ProcessFollowUpCliTest {

    // l.104: written opinion; l.103: site visit only for a major change in production scale or unclear evidence
    @Test
    void certificateSaysTheReEvaluationIsByWrittenOpinionAndWhenASiteVisitIsDue_l103_l104() {
        Run plain = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-07-01",
                "--stars", "4");
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).contains("Hội đồng đánh giá thông qua hình thức lấy ý kiến bằng văn bản")
                .contains("kiểm tra thực tế tại cơ sở: không cần")
                .doesNotContain("cấp trung ương: Hội đồng"); // a 4-star product is re-evaluated by the province
        Run changed = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-07-01",
                "--stars", "4", "--major-change", "--format", "json");
        assertThat(changed.out()).contains("\"mode\":\"WRITTEN_OPINION\"").contains("\"siteVisit\":true")
                .contains("\"siteVisitGrounds\":[\"MAJOR_SCALE_CHANGE\"]");
    }

    // l.136-137: the province supervises; the ministry supervises 3-4 stars only when needed;
    // l.123-125: the revocation steps; l.143: the ministry's request to the provincial chair
    @Test
    void certificateNamesTheSupervisorsAndTheRevocationProcedure_l123_l137_l143() {
        Run t = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-07-01",
                "--stars", "3");
        assertThat(t.out()).contains("kiểm tra, giám sát: Ủy ban nhân dân cấp tỉnh (QĐ 26/2026/QĐ-TTg, Điều 9 khoản 4"
                + " điểm a)").contains("kiểm tra, giám sát khi cần thiết: Bộ Nông nghiệp và Môi trường")
                .contains("trình tự thu hồi, bước 3").contains("Điều 10 khoản 1 điểm b");
        Run j = HistoryCommandsTest.run("certificate", "--rule-set", "qd-26-2026", "--issued", "2026-07-01",
                "--stars", "5", "--format", "json");
        assertThat(j.out()).contains("\"revokedBy\":\"mae-minister\"").contains("\"deadlineDays\":15")
                .contains("{\"body\":\"mae\",\"whenNeeded\":false");
    }

    // l.70: 01 bộ hồ sơ giấy và 01 bộ hồ sơ điện tử; l.73: 15 working days from receipt.
    // received Fri 13/02/2026: 16-20/02 Tết, so 23/02..27/02 = 1..5, 02..06/03 = 6..10, 09..13/03 = 11..15
    @Test
    void dossierGivesTheCopiesAndTheCommunesDueDay_l70_l73() {
        Run t = HistoryCommandsTest.run("dossier", "--rule-set", "qd-26-2026", "--kind", "first", "--group", "I",
                "--level", "COMMUNE", "--received", "2026-02-13");
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("Số bộ hồ sơ: 1 bộ hồ sơ giấy và 1 bộ hồ sơ điện tử (QĐ 26/2026/QĐ-TTg, Điều 7"
                + " khoản 1)").contains("Ủy ban nhân dân cấp xã: hạn ngày 13/03/2026")
                .contains("theo báo chí đưa tin về Công văn 12729/VPCP-KGVX");
        Run j = HistoryCommandsTest.run("dossier", "--rule-set", "qd-26-2026", "--kind", "first", "--group", "I",
                "--level", "COMMUNE", "--received", "2026-12-15", "--format", "json");
        assertThat(j.out()).contains("\"status\":\"MISSING_YEAR\"").contains("\"due\":null")
                .contains("\"missingYear\":2027").contains("\"paper\":1,\"electronic\":1");
    }

    // l.104 and l.108: a re-evaluation under 26/2026 is decided by written opinion at the province and the centre;
    // l.103: the site visit is due for unclear evidence
    @Test
    void resolveSaysHowAReEvaluationUnder26IsConducted_l103_l104_l108() {
        Run t = HistoryCommandsTest.run("resolve", "--kind", "re-evaluation", "--submitted", "2026-09-01",
                "--evaluated", "2026-10-01");
        assertThat(t.code()).isZero();
        assertThat(t.out()).contains("Đánh giá, phân hạng lại (qd-26-2026):")
                .contains("tại cấp tỉnh: Hội đồng đánh giá thông qua hình thức lấy ý kiến bằng văn bản")
                .contains("tại cấp trung ương: Hội đồng đánh giá thông qua hình thức lấy ý kiến bằng văn bản");
        Run j = HistoryCommandsTest.run("resolve", "--kind", "re-evaluation", "--submitted", "2026-09-01",
                "--evaluated", "2026-10-01", "--unclear-evidence", "--format", "json");
        assertThat(j.out()).contains("\"siteVisitGrounds\":[\"UNCLEAR_EVIDENCE\"]");
        Run first = HistoryCommandsTest.run("resolve", "--kind", "first", "--submitted", "2026-09-01",
                "--evaluated", "2026-10-01");
        assertThat(first.out()).doesNotContain("lấy ý kiến bằng văn bản");
    }

    // Annex I of 26/2026 numbers the six groups I..VI; a clerk typing "1" is told which codes exist, in their language
    @Test
    void anUnknownGroupIsNamedWithTheGroupsThatExistInTheClerksLanguage() {
        Run vi = HistoryCommandsTest.run("dossier", "--rule-set", "qd-26-2026", "--kind", "first", "--group", "1");
        assertThat(vi.code()).isNotZero();
        assertThat(vi.err()).contains("không có nhóm sản phẩm '1'").contains("I, II, III, IV, V, VI")
                .doesNotContain("unknown");
        Run en = HistoryCommandsTest.run("dossier", "--rule-set", "qd-26-2026", "--kind", "first", "--group", "1",
                "--lang", "en");
        assertThat(en.err()).contains("there is no product group '1'").contains("I, II, III, IV, V, VI");
    }

    // the core refuses the group and the level (DossierRequirements.of, RuleSetDiff.of: no twin check in the CLI); the
    // CLI shows the coded refusal in --lang, located at the option. QĐ 26/2026 Điều 4 khoản 1 (source.txt line 45):
    // two levels evaluate, the province and the centre; the commune receives the dossier (line 60): no district
    @Test
    void theCoresRefusalsOfAGroupAndALevelReadInTheClerksLanguageAtTheirOption() {
        Run group = HistoryCommandsTest.run("dossier", "--rule-set", "qd-26-2026", "--kind", "first", "--group", "VII",
                "--level", "PROVINCE");
        assertThat(group.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(group.err()).contains("ocop --group: không có nhóm sản phẩm 'VII' trong bộ tiêu chí qd-26-2026;"
                + " hãy chọn một trong các nhóm: I, II, III, IV, V, VI");
        Run level = HistoryCommandsTest.run("dossier", "--rule-set", "qd-26-2026", "--kind", "first", "--group", "I",
                "--level", "DISTRICT");
        assertThat(level.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(level.err()).contains("ocop --level: ").contains("hồ sơ đăng ký đánh giá lần đầu không nộp ở cấp"
                + " huyện; hồ sơ này nộp ở: cấp xã, cấp tỉnh, cấp trung ương").doesNotContain("dossier");
        Run levelEn = HistoryCommandsTest.run("dossier", "--rule-set", "qd-26-2026", "--kind", "first", "--group", "I",
                "--level", "DISTRICT", "--lang", "en");
        assertThat(levelEn.err()).contains("ocop --level: ").contains("no dossier for a first evaluation goes to the"
                + " district level; such dossiers go to: commune, province, central");
        Run diffEn = HistoryCommandsTest.run("diff", "--from", "qd-148-2023", "--to", "qd-26-2026", "--group", "VII",
                "--lang", "en");
        assertThat(diffEn.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(diffEn.err()).contains("ocop --group: neither qd-148-2023 nor qd-26-2026 has product group 'VII';"
                + " choose one of the groups: I, II, III, IV, V, VI");
    }

    // diff's group and resolve's kind are refused in the clerk's language too (they were English sentences)
    @Test
    void diffsUnknownGroupAndResolvesUnknownKindAreRefusedInTheClerksLanguage() {
        Run diff = HistoryCommandsTest.run("diff", "--from", "qd-148-2023", "--to", "qd-26-2026", "--group", "VII");
        assertThat(diff.code()).isNotZero();
        assertThat(diff.err()).contains("đều không có nhóm sản phẩm 'VII'").contains("I, II, III, IV, V, VI")
                .doesNotContain("neither");
        Run kind = HistoryCommandsTest.run("resolve", "--kind", "new", "--submitted", "10/05/2026");
        assertThat(kind.code()).isNotZero();
        assertThat(kind.err()).contains("cần một trong [first, upgrade, re-evaluation] (phân biệt chữ hoa, chữ thường) nhưng nhận"
                + " được 'new'")
                .doesNotContain("is not one of");
        Run en = HistoryCommandsTest.run("resolve", "--kind", "new", "--submitted", "10/05/2026", "--lang", "en");
        assertThat(en.err()).contains("expected one of [first, upgrade, re-evaluation]");
    }
}
