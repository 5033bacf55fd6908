package io.github.ocop.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CouncilCommandTest {
    private static final Path DIR = Path.of("examples", "council");
    private static final String[] MEMBERS = {DIR.resolve("member-1.json").toString(),
            DIR.resolve("member-2.json").toString(), DIR.resolve("member-3.json").toString(),
            DIR.resolve("member-4.json").toString()};

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String[] with(String[] head, String... tail) {
        String[] a = new String[head.length + tail.length];
        System.arraycopy(head, 0, a, 0, head.length);
        System.arraycopy(tail, 0, a, head.length, tail.length);
        return a;
    }

    @Test
    void theExampleCouncilAveragesToSeventyTwoSeventyFiveAndFourStars() throws Exception {
        // member totals 72, 76, 68, 75 (illustrative files, QĐ 26/2026 sheet 1): 291 / 4 = 72.75
        Run r = run(with(new String[] {"council"}, with(MEMBERS, "--format", "json")));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("members")).hasSize(4);
        assertThat(j.get("members").get(2).get("total").intValue()).isEqualTo(68);
        assertThat(j.get("members").get(2).get("stars").intValue()).isEqualTo(3);
        assertThat(j.get("total").decimalValue()).isEqualByComparingTo("72.75");
        assertThat(j.get("parts").get("A").decimalValue()).isEqualByComparingTo("32.25");
        assertThat(j.get("stars").intValue()).isEqualTo(4);
        assertThat(j.get("spread").intValue()).isEqualTo(8);
        assertThat(j.get("warnings")).isEmpty();
        // thanh-vien-3 misses the 4-star mark on 3.5 alone; the council's mean 2.25 meets it
        assertThat(j.get("unmetMinimums").findValuesAsText("criterion")).containsExactly("1.3", "1.5", "4.1");
        assertThat(j.get("nextStep").get("kind").asText()).isEqualTo("CERTIFY");
    }

    @Test
    void textIsInVietnameseAndReportsTheQuorum() {
        Run r = run(with(new String[] {"council"}, with(MEMBERS, "--council-size", "7", "--chair", "chu-tich")));
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("ĐIỂM TRUNG BÌNH: 72,75 (A 32,25, B 16,25, C 24,25)") // decimal comma (issue 14)
                .contains("XẾP HẠNG: 4 sao")
                .contains("Cảnh báo: Chỉ có 4/7 thành viên chấm điểm, chưa đủ 6 thành viên (3/4 số thành viên Hội đồng).")
                // 4 of 7 is below the quorum of 6: the council decides nothing (issue 13 item 4), it meets again
                .contains("Bước tiếp theo: Kết quả của Hội đồng không có giá trị: Chỉ có 4/7 thành viên chấm điểm")
                .contains("Hội đồng họp và chấm điểm lại; chưa công nhận, chưa đề nghị cấp trên.")
                .doesNotContain("quyết định công nhận");
    }

    @Test
    void theCommuneIsNotALevelOfEvaluationUnder26_Dieu4Khoan1_line45() {
        // QĐ 26/2026 l.45: "gồm 2 cấp: cấp tỉnh và cấp trung ương"; the commune only checks dossiers (l.72-76)
        Run r = run(with(new String[] {"council"}, with(MEMBERS, "--level", "COMMUNE")));
        assertThat(r.code()).isEqualTo(OcopCli.USAGE);
        assertThat(r.err()).contains("không đánh giá, phân hạng").contains("các cấp đánh giá là: cấp tỉnh, cấp trung"
                + " ương").doesNotContain("Exception").doesNotContain("only receives");
        Run en = run(with(new String[] {"council"}, with(MEMBERS, "--level", "COMMUNE", "--lang", "en")));
        assertThat(en.err()).contains("the commune level").contains("the levels of evaluation are: province, central");
    }

    @Test
    void aCouncilOfOneIsAnInputError() {
        Run r = run("council", MEMBERS[0]);
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).startsWith("council $: Hội đồng cần phiếu chấm của ít nhất 2 thành viên; chỉ có 1 phiếu"
                + " (của 'chu-tich')");
    }

    @Test
    void membersFilesThatDisagreeOnProductOrSheetAreErrorsNamingTheFile(@TempDir Path tmp) throws Exception {
        String m2 = Files.readString(Path.of(MEMBERS[1]), StandardCharsets.UTF_8);
        Path otherSheet = tmp.resolve("other-sheet.json");
        Files.writeString(otherSheet, m2.replace("\"sheet\": \"1\"", "\"sheet\": \"2\""), StandardCharsets.UTF_8);
        Path otherProduct = tmp.resolve("other-product.json");
        Files.writeString(otherProduct, m2.replace("Chanh dây tươi (minh họa)", "Bơ sáp (minh họa)")
                .replace("thanh-vien-2", "thanh-vien-5"), StandardCharsets.UTF_8);
        Run r = run("council", MEMBERS[0], otherSheet.toString(), otherProduct.toString());
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).contains(otherSheet + " $.sheet: phiếu '2' khác với phiếu '1' của phiếu chấm $[0] ('chu-tich')")
                .contains(otherProduct + " $.product.name: sản phẩm 'Bơ sáp (minh họa)' khác với sản phẩm 'Chanh"
                        + " dây tươi (minh họa)'");
    }

    @Test
    void theSameMemberTwiceIsAnError() {
        Run r = run("council", MEMBERS[0], MEMBERS[1], MEMBERS[0]);
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).contains(MEMBERS[0] + " $.assessor: người chấm 'chu-tich' đã chấm sản phẩm này ở phiếu $[0]");
    }
}
