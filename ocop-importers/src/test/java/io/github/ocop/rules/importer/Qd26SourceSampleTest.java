package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Option values read by hand from {@code source.txt} across all six product groups, compared with
 * the bundled rule set: points (after errata), star mark, key, case, cited line, and the text of
 * that line.
 */
class Qd26SourceSampleTest {

    private static JsonNode root;
    private static List<String> source;

    @BeforeAll
    static void load() throws Exception {
        root = new ObjectMapper().readTree(Path.of("../ocop-rules/src/main/resources/io/github/ocop/rules/qd-26-2026.json").toFile());
        source = Files.readAllLines(Path.of("src/data/qd-26-2026/source.txt"), StandardCharsets.UTF_8);
    }

    /** sheet, criterion, key, points, minimumFor (0 = none), source line, fragment of that line, case or null. */
    static Stream<Arguments> samples() {
        return Stream.of(
                // I. food
                s("1", "1.1", "a", 1, 0, 568, "trên địa bàn cấp xã, nhưng có tỷ lệ dưới 50%"),
                s("1", "1.3", "c", 3, 5, 608, "Ứng dụng công nghệ tiên tiến trong sơ chế"),
                s("1", "1.5", "c", 2, 4, 641, "Có hợp đồng liên kết trên 75% sản lượng tiêu thụ"),
                s("1", "2.2", "c", 2, 3, 712, "Đóng gói sáng tạo, bao bì đẹp"),
                s("1", "2.4", "a", 1, 0, 736, "Ghi nhãn hàng hóa có sử dụng song ngữ"),
                s("1", "7", "c", 3, 0, 1063, "Có trên 2 chỉ tiêu"),
                s("1", "12", "c", 3, 0, 1150, "thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU...)"),
                s("2", "1.1", "c", 3, 0, 1205, "cấp xã từ 75% đến 100%"),
                s("3", "5.1", "e", 5, 4, 2161, "đưa vào nội dung truy xuất nguồn gốc điện tử * * * *"),
                s("4", "1.2", "a", 0, 0, 2458, "Không được cấp giấy chứng nhận chất lượng"),
                s("4", "7", "c", 3, 0, 2932, "Có trên 2 chỉ tiêu"),
                s("7", "3.1", "b", 1, 0, 4493, "Công ty TNHH; hoặc doanh nghiệp tư nhân"),
                s("7", "7", "d", 5, 5, 4816, "o Rất độc đáo và có tính đặc trưng*****"),
                s("11", "1.3", "a", 0, 0, 6839, "Phân loại, sơ chế"),
                s("11", "6.1.1", "b", 1, 0, 7226, "Có rất ít tạp chất, chấp nhận được"),
                s("11", "6.1.1", "c", 2, 4, 7230, "Sạch, không phát hiện tạp chất****"),
                // II. drinks
                s("14", "1.1", "a", 1, 3, 8740, "nguồn gốc trong tỉnh, nhưng có tỷ lệ dưới 50%***"),
                s("14", "1.1", "c", 4, 0, 8748, "trong tỉnh từ 75% đến 100%"),
                s("14", "4.1", "b", 2, 3, 8996, "có dưới 5 đại diện/đại lý phân phối***"),
                s("14", "4.1", "d", 5, 5, 9004, "Thị trường quốc tế"),
                s("16", "6.4", "a", 0, 0, 10340, "Có vị lạ"),
                s("16", "6.4", "d", 5, 0, 10352, "sảng khoái sau uống"),
                // III. herbal
                s("18", "6", "a", 1, 3, 11460, "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm"),
                s("18", "6", "b", 3, 4, 11464, "Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm"),
                s("18", "11", "d", 5, 5, 11555, "Rất độc đáo và có tính đặc trưng*****"),
                s("19", "10", "c", 3, 4, 12127, "Độc đáo, mang tính đặc trưng****"),
                s("20", "1.4", "c", 2, 4, 12304, "trên 75% sản lượng tiêu thụ****"),
                // IV. handicraft
                s("21", "6.1", "a", 0, 0, 13198, "Không khéo léo/nhã nhặn, không thể bán được"),
                s("21", "6.1", "d", 5, 5, 13210, "Tinh xảo, có giá trị mỹ thuật"),
                s("22", "2.2", "a", 1, 3, 13506, "Có nhãn, ghi nhãn hàng hóa đầy đủ, theo đúng quy định***"),
                s("22", "2.2", "c", 5, 4, 13514, "có mã truy xuất nguồn gốc điện tử****"),
                // V. ornamental
                s("23", "7", "a", 2, 0, 14361, "Trung bình"),
                s("23", "7", "d", 8, 5, 14373, "Rất độc đáo và có tính đặc trưng*****"),
                s("24", "4.1", "d", 4, 0, 14703, "Thị trường ngoài địa bàn cấp tỉnh"),
                s("25", "7", "c", 7, 4, 15429, "Độc đáo, mang tính đặc trưng****"),
                s("25", "7", "d", 10, 5, 15433, "Rất độc đáo và có tính đặc trưng*****"),
                // VI. tourism
                s("26", "1.2", "c", 5, 0, 15532, "người dân địa phương tham gia quản lý và vận hành"),
                s("26", "3.4", "b", 3, 4, 15672, "Hợp tác xã xếp loại khá trở lên"),
                s("26", "3.5", "b", 2, 4, 15684, "Các nhãn hiệu sử dụng đối với dịch vụ du lịch"),
                c("26", "8", "d", 3, 15890, "được công nhận điểm du lịch", "Trường hợp 2: Điểm dịch vụ du lịch"),
                c("26", "15", "c", 1, 16024, "Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ",
                        "Trường hợp 2: Dịch vụ du lịch do tổ chức, cá nhân cung cấp"));
    }

    private static Arguments s(String sheet, String criterion, String key, int points, int minimumFor, int line, String fragment) {
        return Arguments.of(sheet, criterion, key, points, minimumFor, line, fragment, null);
    }

    private static Arguments c(String sheet, String criterion, String key, int points, int line, String fragment, String caseHeading) {
        return Arguments.of(sheet, criterion, key, points, 0, line, fragment, caseHeading);
    }

    @ParameterizedTest(name = "sheet {0} {1}/{2} = {3}")
    @MethodSource("samples")
    void optionMatchesTheSource(String sheet, String criterion, String key, int points, int minimumFor, int line,
                                String fragment, String caseHeading) {
        JsonNode option = option(sheet, criterion, key);
        assertThat(option.get("points").asInt()).isEqualTo(points);
        if (minimumFor == 0) {
            assertThat(option.get("minimumFor").isNull()).isTrue();
        } else {
            assertThat(option.get("minimumFor").asInt()).isEqualTo(minimumFor);
        }
        assertThat(option.get("case").isNull() ? null : option.get("case").asText()).isEqualTo(caseHeading);
        JsonNode citation = option.get("citation");
        assertThat(citation.get("sheet").asText()).isEqualTo(sheet);
        assertThat(citation.get("item").asText()).isEqualTo(criterion);
        assertThat(citation.get("line").asInt()).isEqualTo(line);
        String printed = source.get(line - 1);
        assertThat(printed).contains(fragment).contains(option.get("text").asText());
    }

    @Test
    void samplesCoverAllSixProductGroups() {
        List<String> sheets = samples().map(a -> (String) a.get()[0]).distinct().toList();
        assertThat(sheets).hasSizeGreaterThanOrEqualTo(15);
        assertThat(samples().count()).isGreaterThanOrEqualTo(30);
        // I: 1-13, II: 14-17, III: 18-20, IV: 21-22, V: 23-25, VI: 26
        assertThat(sheets).contains("1", "14", "18", "21", "23", "26");
    }

    private static JsonNode option(String sheetId, String criterion, String key) {
        for (JsonNode sheet : root.get("sheets")) {
            if (!sheet.get("id").asText().equals(sheetId)) {
                continue;
            }
            for (JsonNode c : Qd26StructureTest.criteria(sheet)) {
                if (c.get("code").asText().equals(criterion)) {
                    for (JsonNode o : c.get("options")) {
                        if (o.get("key").asText().equals(key)) {
                            return o;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no option " + sheetId + " " + criterion + "/" + key);
    }
}
