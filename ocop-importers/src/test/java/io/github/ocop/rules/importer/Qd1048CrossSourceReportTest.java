package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The cross-source report docs/cross-source-1048.md is current, complete, and its decisions hold. */
class Qd1048CrossSourceReportTest {
    private static final Path REPORT = Path.of("../docs/cross-source-1048.md");

    @Test
    void theCheckedInReportIsWhatTheProgramWritesNow() throws IOException {
        String generated = Qd1048CrossSourceReport.generate(Qd1048TestFiles.DATA, Qd1048TestFiles.RULE_SET);
        if (Boolean.getBoolean("ocop.regenerate")) {
            Files.writeString(REPORT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(REPORT, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void everyWorkbookSheetIsComparedAndEveryDifferenceSaysWhatTheRuleSetFollowsAndWhy() {
        List<Qd1048CrossSourceReport.SheetResult> results =
                Qd1048CrossSourceReport.compare(Qd1048TestFiles.DATA, Qd1048TestFiles.RULE_SET);
        assertThat(results).hasSize(26);
        assertThat(results).extracting(Qd1048CrossSourceReport.SheetResult::rsSheet).doesNotHaveDuplicates();
        for (Qd1048CrossSourceReport.SheetResult r : results) {
            for (Qd1048CrossSourceReport.Difference d : r.differences()) {
                assertThat(d.follows()).as(r.rsSheet() + " " + d.code()).isNotBlank();
                assertThat(d.why()).as(r.rsSheet() + " " + d.code()).isNotBlank();
                if (d.kind() == Qd1048CrossSourceReport.Kind.WORDING) {
                    assertThat(d.openQuestion()).isNull();
                }
            }
        }
        String md = Qd1048CrossSourceReport.generate(Qd1048TestFiles.DATA, Qd1048TestFiles.RULE_SET);
        // one open question per unsettled point/criterion difference, plus Q1 for all the wording differences
        long open = 1 + results.stream().flatMap(r -> r.differences().stream()).filter(d -> d.openQuestion() != null)
                .count();
        assertThat(md).contains("- **Q1** option wording: for the ");
        assertThat(md).contains("- **Q" + open + "** ").doesNotContain("- **Q" + (open + 1) + "** ");
    }

    /**
     * Workbook Sheet9 "Chế biến từ thủy, hải sản" and the platform's I.3.5 print the same points for every
     * criterion (compare the two by hand: all-26-sheets.csv rows of Sheet9, platform sheet 5).
     */
    @Test
    void aSheetBothSourcesPrintAlikeHasNoPointDifference() {
        Qd1048CrossSourceReport.SheetResult seafood = Qd1048CrossSourceReport.compare(Qd1048TestFiles.DATA,
                Qd1048TestFiles.RULE_SET).stream().filter(r -> r.rsSheet().equals("I.3.5")).findFirst().orElseThrow();
        assertThat(seafood.differences()).allSatisfy(d ->
                assertThat(d.kind()).isEqualTo(Qd1048CrossSourceReport.Kind.WORDING));
        assertThat(seafood.rsTotal()).isEqualTo(100);
        assertThat(seafood.wbTotal()).isEqualTo(100);
    }

    /**
     * The erratum E-1048-I21-8-TINH-DOC-DAO: the rice sheet's group 8, labelled "CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM", carries
     * the options and points that both sources print under "TÍNH ĐỘC ĐÁO" on the fresh-food sheets (workbook Sheet1 and
     * Sheet4 group 8; platform I.1.1 and I.2.2 section 8), and "công bố chất lượng" is its own group 9.
     */
    @Test
    void theRiceSheetsGroup8IsTinhDocDaoAsOnTheOtherFreshFoodSheets() {
        List<SecondSource.Row> all = SecondSource.read(Qd1048TestFiles.DATA.resolve("second-source/all-26-sheets.csv"));
        List<String> rice = group(all, "Sheet3", "8.");
        assertThat(rice).containsExactly("Trung bình=0", "Tương đối độc đáo=1", "Độc đáo=3", "Rất độc đáo=5");
        assertThat(labels(all, "Sheet3", "8.")).containsExactly("8. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM");
        assertThat(labels(all, "Sheet3", "9.")).containsExactly("9. CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ");
        for (String other : List.of("Sheet1", "Sheet4")) {
            assertThat(group(all, other, "8.")).as(other).isEqualTo(rice);
            assertThat(labels(all, other, "8.")).as(other).singleElement().asString().contains("TÍNH ĐỘC ĐÁO");
        }
        JsonNode ruleSet = Qd1048TestFiles.read(Qd1048TestFiles.RULE_SET);
        for (JsonNode sheet : ruleSet.get("sheets")) {
            String id = sheet.get("id").asText();
            if (!List.of("I.1.1", "I.2.2", "I.2.1").contains(id)) {
                continue;
            }
            JsonNode section8 = null;
            for (JsonNode part : sheet.get("parts")) {
                for (JsonNode s : part.get("sections")) {
                    if (s.get("code").asText().equals("8")) {
                        section8 = s;
                    }
                }
            }
            assertThat(section8).as(id).isNotNull();
            assertThat(section8.get("title").asText()).as(id).isEqualTo("TÍNH ĐỘC ĐÁO");
            List<Integer> points = new ArrayList<>();
            section8.get("criteria").get(0).get("options").forEach(o -> points.add(o.get("points").asInt()));
            assertThat(points).as(id).containsExactly(0, 1, 3, 5);
        }
    }

    private static List<String> group(List<SecondSource.Row> all, String sheet, String prefix) {
        return all.stream().filter(r -> r.sheet().equals(sheet) && r.group().startsWith(prefix))
                .map(r -> r.option().strip() + "=" + r.points()).toList();
    }

    private static List<String> labels(List<SecondSource.Row> all, String sheet, String prefix) {
        return all.stream().filter(r -> r.sheet().equals(sheet) && r.group().startsWith(prefix))
                .map(SecondSource.Row::group).distinct().toList();
    }
}
