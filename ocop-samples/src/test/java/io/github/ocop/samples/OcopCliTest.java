package io.github.ocop.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OcopCliTest {
    private static final String EXAMPLE = "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json";

    /** The outcome of one CLI run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void scorePrintsAReadableVietnameseScoreCard() {
        Run r = run("score", EXAMPLE);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("KẾT QUẢ ĐÁNH GIÁ SẢN PHẨM OCOP").contains("Phiếu 1: Rau, củ, quả, hạt tươi")
                .contains("TỔNG ĐIỂM: 70 / 100").contains("XẾP HẠNG: 4 sao ★★★★☆")
                .contains("Phần A: SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG").contains("Yêu cầu tối thiểu chưa đạt:");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void scoreAsJsonPrintsOneObjectPerFileWithTheContractFields() {
        Run r = run("score", "--format", "json", EXAMPLE, "examples/qd-26-2026/14-ruou-trang.json");
        assertThat(r.code()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\"ruleSet\":\"qd-26-2026\"").contains("\"sheet\":\"1\"")
                .contains("\"total\":70").contains("\"parts\":{\"A\":32,\"B\":15,\"C\":23}").contains("\"stars\":4")
                .contains("\"criteria\":[{\"code\":\"1.1\"").contains("\"unmetMinimums\":[");
        assertThat(lines[1]).contains("\"stars\":3").contains("{\"criterion\":\"5.1\",\"requiredFor\":4");
    }

    @Test
    void badInputIsOneLocatedParagraphWithExitCodeOneAndNoStackTrace(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, Files.readString(Path.of(EXAMPLE)).replace("\"1.1\": \"c\"", "\"1.1\": \"z\"")
                .replace("\"7\": \"b\",", "\"77\": \"b\","));
        Run vi = run("score", f.toString());
        assertThat(vi.code()).isEqualTo(1);
        assertThat(vi.err()).contains(f + " $.answers['1.1']: tiêu chí 1.1 không có phương án 'z' (cần một trong: a, b,"
                + " c, none)").contains(f + " $.answers: chưa trả lời tiêu chí 7 ");
        Run r = run("score", f.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(f + " $.answers['1.1']: criterion 1.1 has no option 'z' (expected one of a, b, c, none)")
                .contains(f + " $.answers['77']: sheet 1 of qd-26-2026 has no criterion '77'")
                .contains(f + " $.answers: missing answer for criterion 7 ")
                .doesNotContain("Exception").doesNotContain("\tat ");
        Run debug = run("--debug", "score", f.toString());
        assertThat(debug.code()).isEqualTo(1);
        assertThat(debug.err()).contains("OcopInputException").contains("\tat ");
    }

    @Test
    void malformedJsonAndUnknownRuleSetsAreNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"ruleSet\": \"qd-26-2026\", \"sheet\": ");
        Run r = run("score", f.toString());
        assertThat(r.code()).isEqualTo(1);
        // Vietnamese by default: the line, the column and the fix in words
        assertThat(r.err()).startsWith(f + " $.sheet: lỗi cú pháp JSON ở dòng 1, cột ").contains("tệp kết thúc giữa chừng");
        Path g = dir.resolve("unknown.json");
        Files.writeString(g, "{\"ruleSet\": \"qd-9-2099\", \"sheet\": \"1\", \"product\": {\"name\": \"x\"}, \"answers\": {}}");
        assertThat(run("score", g.toString()).err()).contains(g + " $.ruleSet: không có bộ tiêu chí \"qd-9-2099\"; hãy dùng một trong: ");
        assertThat(run("score", dir.toString()).err()).contains(dir + " $: đây là một thư mục, không phải tệp");
        assertThat(run("score", "--lang", "en", dir.toString()).err()).contains(dir
                + " $: is a directory, expected a JSON file");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("score").code()).isEqualTo(2);
        Run r = run("score", "--format", "xml", EXAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format").contains("Xem hướng dẫn: 'ocop score --help'.");
    }

    @Test
    void sheetPrintsCriteriaOptionsAndStarMarksAsTextAndJson() {
        Run text = run("sheet", "--rule-set", "qd-26-2026", "--sheet", "1");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("1.5 Liên kết sản xuất (tối đa 3)")
                .contains("c)  2  Có hợp đồng liên kết trên 75% sản lượng tiêu thụ ****");
        Run json = run("sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--format", "json");
        assertThat(json.out()).contains("\"code\" : \"1.5\"").contains("\"maxPoints\" : 3").contains("\"minimumFor\" : 4");
        Run unknown = run("sheet", "--rule-set", "qd-26-2026", "--sheet", "27");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("--sheet 27: bộ tiêu chí qd-26-2026 không có phiếu '27' (cần một trong: 1, 2, 3");
    }

    @Test
    void sheetsListsEverySheetWithItsSubgroups() {
        Run r = run("sheets", "--rule-set", "qd-26-2026");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("26 phiếu").contains("[I.1.a]").contains("[VI.1]");
        assertThat(r.out().lines().filter(l -> l.matches("^\\d+\\s.*"))).hasSize(26);
    }
}
