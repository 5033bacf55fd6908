package io.github.ocop.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands added for rule set history: resolve, history, validate, --rules-file, and the gap messages. */
class HistoryCommandsTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void resolvePrintsTheGoverningRuleSetAndTheArticle() {
        Run r = run("resolve", "--kind", "first", "--submitted", "2026-05-10", "--evaluated", "2026-06-20");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Bộ tiêu chí áp dụng: qd-148-2023 (QĐ 148/QĐ-TTg)")
                .contains("QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a").contains("2026-07-21");
    }

    @Test
    void resolveAsJsonAfterTheReEvaluationDeadlineGives26() {
        Run r = run("resolve", "--kind", "re-evaluation", "--submitted", "2026-05-10", "--evaluated", "2026-06-22",
                "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"ruleSet\":\"qd-26-2026\"").contains("\"basis\":\"TRANSITIONAL_DEADLINE_MISSED\"")
                .contains("\"transitionalDeadline\":\"2026-06-21\"").contains("late-transitional-evaluation");
    }

    @Test
    void resolveRefusesDatesBefore1048WithExitCode1AndTheOption() {
        Run r = run("resolve", "--kind", "upgrade", "--submitted", "2019-08-01", "--evaluated", "2019-09-01");
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).startsWith("ocop resolve --submitted: ngày nộp hồ sơ 01/08/2019 trước ngày 21/08/2019");
        Run en = run("resolve", "--kind", "upgrade", "--submitted", "2019-08-01", "--evaluated", "2019-09-01",
                "--lang", "en");
        assertThat(en.err()).startsWith("ocop resolve --submitted: the submission date 2019-08-01 is before 2019-08-21");
        Run strict = run("resolve", "--kind", "first", "--submitted", "2026-05-10", "--evaluated", "2026-07-22",
                "--late-transition", "error");
        assertThat(strict.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(strict.err()).contains("--evaluated").contains("sau ngày 21/07/2026");
        assertThat(run("resolve", "--kind", "second", "--submitted", "2026-05-10", "--evaluated", "2026-06-22").code())
                .isEqualTo(OcopCli.USAGE);
    }

    @Test
    void historyListsTheThreeDecisionsAndTwoAmendments() {
        Run r = run("history");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().toList()).hasSize(5);
        assertThat(r.out()).contains("QĐ 781/QĐ-TTg").contains("sửa đổi QĐ 148/QĐ-TTg")
                .contains("hiệu lực 2023-02-24 → 2026-07-21; thay thế 1048/QĐ-TTg, 781/QĐ-TTg; bị thay thế bởi QĐ 26/2026/QĐ-TTg");
    }

    @Test
    void validateListsThe1048KnownDeviationsIncludingTheMissingRiceSheet() {
        Run r = run("validate", "--rule-set", "qd-1048-2019");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("qd-1048-2019 (QĐ 1048/QĐ-TTg): hợp lệ, 0 lỗi, 14 sai lệch đã biết")
                .contains("PART_C_SUMS_TO_38").contains("subgroup I.2.1 'Gạo, ngũ cốc' has no scoring sheet");
    }

    @Test
    void askingForTheMissingRiceSheetNamesTheGap() {
        Run r = run("sheet", "--rule-set", "qd-1048-2019", "--sheet", "I.2.1");
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).contains("--sheet I.2.1: bộ tiêu chí qd-1048-2019 không có phiếu 'I.2.1': phân nhóm I.2.1"
                + " 'Gạo, ngũ cốc' không có phiếu đánh giá").contains("không thay bằng phiếu khác");
        Run en = run("sheet", "--rule-set", "qd-1048-2019", "--sheet", "I.2.1", "--lang", "en");
        assertThat(en.err()).contains("--sheet I.2.1: rule set qd-1048-2019 has no sheet 'I.2.1': subgroup I.2.1"
                + " 'Gạo, ngũ cốc' has no scoring sheet").contains("no other sheet is substituted");
    }

    @Test
    void scoringUnder148SaysHowToSupplyTheSheets(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.json");
        Files.writeString(a, "{\"ruleSet\":\"qd-148-2023\",\"sheet\":\"1\",\"product\":{\"name\":\"p\"},"
                + "\"answers\":{\"1.1\":\"a\"}}", StandardCharsets.UTF_8);
        Run r = run("score", a.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).contains(a + " $.sheet: rule set qd-148-2023 (QĐ 148/QĐ-TTg) has no scoring sheets")
                .contains("--rules-file FILE");
        Run sheets = run("sheets", "--rule-set", "qd-148-2023");
        assertThat(sheets.out()).contains("0 phiếu").contains("(không có phiếu) I.1.a")
                .contains("không đi kèm thư viện này");
    }

    @Test
    void rulesFileAddsAProvincesOwnRuleSetToScoreSheetAndSheets(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("qd-148-2023-tinh.json");
        Files.writeString(rules, Files.readString(Path.of("../ocop-rules/src/test/resources/fixtures/mini-rule-set.json"))
                .replace("\"id\": \"mini\"", "\"id\": \"qd-148-2023-tinh\""), StandardCharsets.UTF_8);
        Run sheets = run("sheets", "--rule-set", "qd-148-2023-tinh", "--rules-file", rules.toString());
        assertThat(sheets.code()).isZero();
        assertThat(sheets.out()).contains("1 phiếu");
        Run sheet = run("sheet", "--rule-set", "qd-148-2023-tinh", "--sheet", "1", "--rules-file", rules.toString(),
                "--format", "json");
        assertThat(sheet.code()).isZero();
        assertThat(sheet.out()).contains("\"criteria\"");
    }

    @Test
    void aRulesFileWithAnErrorIsReportedWithItsNameAndJsonPath(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("broken.json");
        Files.writeString(rules, Files.readString(Path.of("../ocop-rules/src/test/resources/fixtures/mini-rule-set.json"))
                .replace("\"maxPoints\": 40", "\"maxPoints\": 41"), StandardCharsets.UTF_8);
        Run r = run("sheets", "--rule-set", "qd-1048-2019", "--rules-file", rules.toString());
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).startsWith(rules + " $.");
    }

    @Test
    void scoreWorksOnThe1048Examples() {
        Run r = run("score", "examples/qd-1048-2019/I.1.1-bo-sap.json", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"ruleSet\":\"qd-1048-2019\"").contains("\"total\":54").contains("\"stars\":3");
    }
}
