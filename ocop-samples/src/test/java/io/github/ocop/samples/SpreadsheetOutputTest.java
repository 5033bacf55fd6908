package io.github.ocop.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spreadsheets of {@code council --format xlsx} and {@code report --format xlsx} (issue 14 item 8), read back with
 * fastexcel-reader: the numbers against values worked out by hand (council) or counted from the input file (report),
 * and texts that look like formulas written as texts.
 */
class SpreadsheetOutputTest {
    private static final Path COUNCIL = Path.of("examples", "council");
    private static final Path ROUND = Path.of("examples", "district-round", "ngoc-hoi-2021-illustrative.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String[] members(Path dir) {
        return new String[] {dir.resolve("member-1.json").toString(), dir.resolve("member-2.json").toString(),
                dir.resolve("member-3.json").toString(), dir.resolve("member-4.json").toString()};
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static List<Row> rows(Path xlsx, String sheet) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            return wb.findSheet(sheet).orElseThrow(() -> new AssertionError("no worksheet " + sheet)).read();
        }
    }

    /** The text of a cell, empty when the cell is absent or not a text. */
    private static Optional<String> str(Row r, int col) {
        return r.getOptionalCell(col).filter(c -> c.getType() == CellType.STRING).map(Cell::asString);
    }

    private static boolean isNum(Row r, int col) {
        return r.getOptionalCell(col).filter(c -> c.getType() == CellType.NUMBER).isPresent();
    }

    /** The row whose first cell is {@code first}. */
    private static Row row(List<Row> rows, String first) {
        return rows.stream().filter(r -> str(r, 0).filter(first::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first));
    }

    private static BigDecimal num(Row r, int col) {
        Cell c = r.getCell(col);
        assertThat(c.getType()).as("cell %s", c.getAddress()).isEqualTo(CellType.NUMBER);
        return c.asNumber();
    }

    @Test
    void councilSpreadsheetHoldsTheMembersPointsAndTheMeansWorkedOutByHand(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("council.xlsx");
        OcopCliTest.Run r = OcopCliTest.run(concat(concat(new String[] {"council"}, members(COUNCIL)),
                "--format", "xlsx", "--output", xlsx.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();

        List<Row> criteria = rows(xlsx, "Điểm theo tiêu chí");
        Row head = criteria.get(0);
        assertThat(str(head, 3)).contains("chu-tich");
        assertThat(str(head, 6)).contains("thanh-vien-4");
        assertThat(str(head, 7)).contains("Trung bình");
        // 1.1 (source.txt lines 561-577): option c = 3 points; all four members chose c
        Row c11 = row(criteria, "1.1");
        for (int m = 3; m <= 6; m++) {
            assertThat(num(c11, m)).isEqualByComparingTo("3");
        }
        assertThat(num(c11, 7)).isEqualByComparingTo("3");
        // 1.2 (source.txt lines 580-590): a = 0, b = 1, c = 2; members b, c, b, b -> 1, 2, 1, 1, mean 5/4
        Row c12 = row(criteria, "1.2");
        assertThat(List.of(num(c12, 3), num(c12, 4), num(c12, 5), num(c12, 6)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ONE, new BigDecimal(2), BigDecimal.ONE, BigDecimal.ONE);
        assertThat(num(c12, 7)).isEqualByComparingTo("1.25");
        assertThat(num(c12, 8)).isEqualByComparingTo("1");
        assertThat(num(c12, 9)).isEqualByComparingTo("2");
        assertThat(num(c12, 10)).isEqualByComparingTo("2");
        // 3.5 (source.txt lines 800-815): a = 1, b = 2, c = 3; members b, c, a, c -> 2, 3, 1, 3, mean 9/4
        Row c35 = row(criteria, "3.5");
        assertThat(num(c35, 5)).isEqualByComparingTo("1");
        assertThat(num(c35, 7)).isEqualByComparingTo("2.25");
        // member totals 72, 76, 68, 75 (examples/council/README.md): mean 291 / 4 = 72.75
        Row total = row(criteria, "Tổng điểm");
        assertThat(List.of(num(total, 3), num(total, 4), num(total, 5), num(total, 6)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal(72), new BigDecimal(76), new BigDecimal(68), new BigDecimal(75));
        assertThat(num(total, 7)).isEqualByComparingTo("72.75");
        // each member's column sums to that member's total
        List<Row> byCriterion = criteria.stream().filter(x -> str(x, 0)
                .filter(s -> s.matches("\\d+(\\.\\d+)*")).isPresent()).toList();
        assertThat(byCriterion).hasSize(32);
        for (int m = 3; m <= 6; m++) {
            int col = m;
            BigDecimal sum = byCriterion.stream().map(x -> num(x, col)).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(num(total, m));
        }
        // 72.75 is in the band [70, 90): 4 stars; thanh-vien-3's 68 alone is 3 stars
        Row rank = row(criteria, "Hạng (sao)");
        assertThat(num(rank, 5)).isEqualByComparingTo("3");
        assertThat(num(rank, 7)).isEqualByComparingTo("4");

        List<Row> summary = rows(xlsx, "Tổng hợp");
        assertThat(num(row(summary, "Điểm trung bình"), 1)).isEqualByComparingTo("72.75");
        assertThat(num(row(summary, "Trung bình phần A"), 1)).isEqualByComparingTo("32.25");
        assertThat(num(row(summary, "Chênh lệch (điểm)"), 1)).isEqualByComparingTo("8");
        assertThat(num(row(summary, "Xếp hạng (sao)"), 1)).isEqualByComparingTo("4");
        assertThat(str(row(summary, "Sản phẩm"), 1)).contains("Chanh dây tươi (minh họa)");
        assertThat(str(row(summary, "Bước tiếp theo"), 1)).isPresent();
        // the three criteria whose mean misses a star minimum (CouncilCommandTest)
        assertThat(summary.stream().map(x -> str(x, 0).orElse(""))).contains("1.3", "1.5", "4.1");
    }

    @Test
    void councilSpreadsheetListsTheWarnings(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("c.xlsx");
        OcopCliTest.Run r = OcopCliTest.run(concat(concat(new String[] {"council"}, members(COUNCIL)),
                "--council-size", "7", "--chair", "chu-tich", "--format", "xlsx", "-o", xlsx.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        // 4 of 7 members is below the quorum of 6 (3/4 of 7, rounded up)
        assertThat(rows(xlsx, "Tổng hợp").stream().map(x -> str(x, 1).orElse("")))
                .anyMatch(s -> s.startsWith("Chỉ có 4/7 thành viên chấm điểm"));
    }

    @Test
    void aTextThatLooksLikeAFormulaIsWrittenAsText(@TempDir Path tmp) throws IOException {
        String name = "=HYPERLINK(\"http://example.invalid/x\",\"Bấm vào đây\")";
        for (String m : members(COUNCIL)) {
            ObjectNode a = (ObjectNode) JSON.readTree(Path.of(m).toFile());
            ((ObjectNode) a.get("product")).put("name", name);
            ((ObjectNode) a.get("product").get("subject")).put("name", "+84 HTX");
            JSON.writeValue(tmp.resolve(Path.of(m).getFileName().toString()).toFile(), a);
        }
        Path xlsx = tmp.resolve("council.xlsx");
        OcopCliTest.Run r = OcopCliTest.run(concat(concat(new String[] {"council"}, members(tmp)),
                "--format", "xlsx", "--output", xlsx.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        List<Row> summary = rows(xlsx, "Tổng hợp");
        assertText(row(summary, "Sản phẩm").getCell(1), name);
        assertText(row(summary, "Chủ thể").getCell(1), "+84 HTX");

        ObjectNode round = (ObjectNode) JSON.readTree(ROUND.toFile());
        ObjectNode first = (ObjectNode) round.get("products").get(0);
        first.put("name", name);
        first.put("commune", "-2+3 xã");
        first.put("group", "@SUM(A1:A9)");
        Path roundFile = tmp.resolve("round.json");
        JSON.writeValue(roundFile.toFile(), round);
        Path report = tmp.resolve("report.xlsx");
        r = OcopCliTest.run("report", roundFile.toString(), "--format", "xlsx", "--output", report.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Row p = row(rows(report, "Sản phẩm"), name);
        assertText(p.getCell(0), name);
        assertText(p.getCell(1), "-2+3 xã");
        assertText(p.getCell(2), "@SUM(A1:A9)");
        assertText(row(rows(report, "Theo nhóm"), "@SUM(A1:A9)").getCell(0), "@SUM(A1:A9)");
        // and no cell of either file holds a formula at all
        assertThat(worksheetXml(xlsx)).doesNotContain("<f>", "<f ");
        assertThat(worksheetXml(report)).doesNotContain("<f>", "<f ");
    }

    private static void assertText(Cell c, String text) {
        assertThat(c.getType()).as("cell %s", c.getAddress()).isEqualTo(CellType.STRING);
        assertThat(c.getFormula()).isNull();
        assertThat(c.asString()).isEqualTo(text);
    }

    private static String worksheetXml(Path xlsx) throws IOException {
        StringBuilder b = new StringBuilder();
        try (ZipFile z = new ZipFile(xlsx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    try (var in = z.getInputStream(e)) {
                        b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(b).isNotEmpty();
        return b.toString();
    }

    @Test
    void reportSpreadsheetCountsWhatTheRoundFileHolds(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("report.xlsx");
        OcopCliTest.Run r = OcopCliTest.run("report", ROUND.toString(), "--format", "xlsx", "--output",
                xlsx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // worked out from the input file alone: each product's stars, counted by star, by group and by commune
        JsonNode products = JSON.readTree(ROUND.toFile()).get("products");
        int[] byStars = new int[6];
        Map<String, Integer> byGroup = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (JsonNode p : products) {
            byStars[p.hasNonNull("stars") ? p.get("stars").intValue() : 0]++;
            byGroup.merge(p.get("group").asText(), 1, Integer::sum);
            names.add(p.get("name").asText());
        }
        List<Row> summary = rows(xlsx, "Tổng hợp");
        assertThat(num(row(summary, "Số sản phẩm được đánh giá"), 1)).isEqualByComparingTo("" + products.size());
        for (int s = 1; s <= 5; s++) {
            assertThat(num(row(summary, "Đạt " + s + " sao"), 1)).as("%s stars", s)
                    .isEqualByComparingTo("" + byStars[s]);
        }
        assertThat(num(row(summary, "Không xếp hạng"), 1)).isEqualByComparingTo("" + byStars[0]);
        // the plan's targets (the round file): 21 evaluated, at least 5 of 3 stars or more, 5 forwarded
        Row evaluated = summary.stream().filter(x -> isNum(x, 1) && isNum(x, 2)
                && str(x, 4).isPresent()).findFirst().orElseThrow();
        assertThat(num(evaluated, 1)).isEqualByComparingTo("21");
        assertThat(num(evaluated, 2)).isEqualByComparingTo("" + products.size());

        List<Row> list = rows(xlsx, "Sản phẩm");
        assertThat(list).hasSize(products.size() + 1);
        for (JsonNode p : products) {
            Row x = row(list, p.get("name").asText());
            assertThat(num(x, 6)).as(p.get("name").asText()).isEqualByComparingTo(p.get("total").decimalValue());
            assertThat(x.getCellAsDate(5).orElseThrow().toLocalDate().toString())
                    .isEqualTo(p.get("evaluatedOn").asText());
            if (p.hasNonNull("stars")) {
                assertThat(num(x, 7)).isEqualByComparingTo(p.get("stars").asText());
            }
        }
        List<Row> groups = rows(xlsx, "Theo nhóm");
        byGroup.forEach((g, n) -> assertThat(num(row(groups, g), 1)).as(g).isEqualByComparingTo("" + n));
        // forwarded under 1048: 50 points or more and 3 stars or more (DistrictRoundSampleTest: 7 products)
        long forwarded = 0;
        for (JsonNode p : products) {
            if (p.hasNonNull("stars") && p.get("stars").intValue() >= 3
                    && p.get("total").decimalValue().compareTo(new BigDecimal(50)) >= 0) {
                forwarded++;
            }
        }
        assertThat(rows(xlsx, "Đề nghị cấp trên")).hasSize((int) forwarded + 1);
    }

    @Test
    void aSpreadsheetNeedsAnOutputFileAndIsNeverWrittenToTheTerminal() {
        OcopCliTest.Run r = OcopCliTest.run(concat(concat(new String[] {"council"}, members(COUNCIL)),
                "--format", "xlsx"));
        assertThat(r.code()).isEqualTo(OcopCli.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--format xlsx cần --output");
        OcopCliTest.Run en = OcopCliTest.run("report", ROUND.toString(), "--format", "xlsx", "--lang", "en");
        assertThat(en.code()).isEqualTo(OcopCli.USAGE);
        assertThat(en.out()).isEmpty();
        assertThat(en.err()).contains("--format xlsx needs --output FILE");
    }

    @Test
    void outputWritesTextFormatsToTheFileToo(@TempDir Path tmp) throws IOException {
        Path json = tmp.resolve("report.json");
        OcopCliTest.Run r = OcopCliTest.run("report", ROUND.toString(), "--format", "json", "-o", json.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(JSON.readTree(json.toFile()).isObject()).isTrue();
    }
}
