package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cross-checks the star marks ({@code minimumFor}) of every sheet against the independent table in
 * §4.3 of {@code notes-148-and-26-2026.md}: {@code code≥p} means the option worth {@code p} points in
 * criterion {@code code} carries the mark.
 */
class Qd26StarMarksTest {

    /** §4.3, transcribed: sheet, marks for 3, 4 and 5 stars. */
    private static final List<String[]> TABLE = List.of(
            row("1", "2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 9≥2, 10≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.2≥3, 8≥3, 10≥3", "1.3≥3, 1.5≥3, 4.1≥5"),
            row("2", "2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.2≥3, 6.3≥3, 6.4≥2, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 6.1≥4, 6.3≥5, 6.4≥3, 7≥5"),
            row("3", "2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 9≥2, 10≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥3, 6.2≥3, 6.3≥2, 6.4≥2, 8≥3, 10≥3", "1.3≥3, 1.5≥3, 4.1≥5, 6.3≥3, 6.4≥3, 8≥5"),
            row("4", "2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 9≥2, 10≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.2≥2, 6.3≥2, 6.4≥3, 8≥3, 10≥3", "1.3≥3, 1.5≥3, 4.1≥5, 6.3≥4, 6.4≥4, 8≥5"),
            row("5", "1.1≥2, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.4≥2, 1.5≥1, 2.1≥5, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.4≥2, 6.5≥2, 7≥3, 9≥3", "1.4≥3, 4.1≥5, 6.4≥3, 6.5≥4, 7≥5"),
            row("6", "1.1≥2, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥3, 6.4≥2, 6.5≥2, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 6.4≥3, 6.5≥3, 7≥5"),
            row("7", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.3≥2, 6.4≥2, 6.5≥3, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 6.3≥3, 6.4≥3, 6.5≥5, 7≥5"),
            row("8", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.3≥2, 6.4≥2, 6.5≥2, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 6.3≥3, 6.4≥3, 6.5≥4, 7≥5"),
            row("9", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.4≥2, 1.5≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.3≥2, 6.4≥2, 6.5≥2, 7≥3, 9≥3", "1.4≥3, 4.1≥5, 6.3≥3, 6.4≥3, 6.5≥4, 7≥5"),
            row("10", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.3≥2, 6.4≥2, 6.5≥2, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 6.3≥3, 6.4≥3, 6.5≥4, 7≥5"),
            row("11", "1.1≥2, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1.1≥2, 6.1.2≥2, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 7≥5"),
            row("12", "1.1≥2, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥2, 6.3≥2, 6.4≥2, 6.5≥3, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 7≥5"),
            row("13", "1.1≥2, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 7≥3, 9≥3", "1.5≥3, 4.1≥5, 7≥5"),
            row("14", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.4≥2, 1.5≥1, 2.1≥4, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 7≥3, 9≥3", "1.4≥3, 4.1≥5, 7≥5"),
            row("15", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.4≥2, 1.5≥1, 2.1≥4, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.2≥1, 6.3≥3, 6.4≥3, 7≥3, 9≥3", "1.4≥3, 4.1≥5, 7≥5"),
            row("16", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2", "1.4≥2, 1.5≥1, 2.1≥4, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 7≥3", "1.4≥3, 4.1≥5, 7≥5, 9≥5"),
            row("17", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥2, 9≥1", "1.4≥2, 1.5≥1, 2.1≥4, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.2≥2, 6.3≥3, 7≥3, 9≥3", "1.4≥3, 4.1≥5, 7≥5"),
            row("18", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 6≥1", "1.5≥2, 1.6≥1, 2.1≥3, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6≥3, 11≥3", "1.5≥3, 4.1≥5, 11≥5"),
            row("19", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 12≥1", "1.4≥2, 1.5≥1, 2.1≥4, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 10≥3, 12≥3", "1.4≥3, 4.1≥5, 10≥5"),
            row("20", "1.1≥1, 2.2≥2, 2.3≥1, 3.5≥1, 4.1≥2, 5.3≥1, 12≥1", "1.4≥2, 1.5≥1, 2.1≥4, 2.3≥3, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 11≥3, 12≥3", "1.4≥3, 4.1≥5, 11≥5"),
            row("21", "1.1≥1, 2.2≥1, 3.5≥1, 4.1≥2, 5.3≥1, 7≥1, 8≥1", "1.4≥2, 1.5≥1, 2.1≥4, 2.2≥4, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 8≥3", "1.4≥4, 4.1≥5, 6.1≥5, 6.2≥5"),
            row("22", "1.1≥1, 2.2≥1, 3.5≥1, 4.1≥2, 5.3≥1, 7≥1", "1.4≥2, 1.5≥1, 2.1≥4, 2.2≥5, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5", "1.4≥4, 4.1≥5, 6.1≥5, 6.2≥5"),
            row("23", "2.2≥1, 3.5≥1, 4.1≥2, 5.3≥1, 8≥4", "1.4≥2, 1.5≥1, 2.1≥5, 2.2≥4, 3.4≥2, 3.5≥2, 4.1≥3, 5.1≥5, 6.1≥5, 6.2≥3, 7≥6", "1.4≥4, 4.1≥5, 6.2≥5, 7≥8"),
            row("24", "2.2≥1, 3.5≥1, 5.3≥1, 8≥4", "1.4≥2, 1.5≥1, 2.1≥5, 3.4≥2, 3.5≥2, 5.1≥5, 7≥6", "1.4≥4, 2.2≥4, 6.1≥5, 6.3≥5, 7≥9"),
            row("25", "2.2≥1, 3.5≥1, 5.3≥1, 8≥5", "1.4≥2, 1.5≥1, 2.1≥5, 2.2≥4, 3.4≥2, 3.5≥2, 5.1≥5, 6.3≥5, 7≥7", "1.4≥4, 6.1≥5, 7≥10"),
            row("26", "3.5≥1", "3.4≥3, 3.5≥2", ""));

    private static JsonNode root;

    @BeforeAll
    static void load() throws Exception {
        root = new ObjectMapper().readTree(Path.of("../ocop-rules/src/main/resources/io/github/ocop/rules/qd-26-2026.json").toFile());
    }

    private static String[] row(String sheet, String three, String four, String five) {
        return new String[] {sheet, three, four, five};
    }

    static Stream<Arguments> sheets() {
        return TABLE.stream().map(r -> Arguments.of(r[0], r[1], r[2], r[3]));
    }

    @ParameterizedTest(name = "sheet {0}")
    @MethodSource("sheets")
    void starMarksMatchTheNotes(String sheet, String three, String four, String five) {
        Map<Integer, List<String>> actual = marks(sheet);
        assertThat(actual.get(3)).as("sheet %s ***", sheet).containsExactlyInAnyOrderElementsOf(parse(three));
        assertThat(actual.get(4)).as("sheet %s ****", sheet).containsExactlyInAnyOrderElementsOf(parse(four));
        assertThat(actual.get(5)).as("sheet %s *****", sheet).containsExactlyInAnyOrderElementsOf(parse(five));
    }

    @org.junit.jupiter.api.Test
    void tableCoversAllSheetsAndTotals575Marks() {
        assertThat(TABLE).hasSize(26);
        int total = 0;
        for (String[] r : TABLE) {
            total += parse(r[1]).size() + parse(r[2]).size() + parse(r[3]).size();
        }
        assertThat(total).isEqualTo(575);
    }

    private static List<String> parse(String cell) {
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Map<Integer, List<String>> marks(String sheetId) {
        Map<Integer, List<String>> marks = new TreeMap<>(Map.of(3, new ArrayList<>(), 4, new ArrayList<>(), 5, new ArrayList<>()));
        for (JsonNode sheet : root.get("sheets")) {
            if (!sheet.get("id").asText().equals(sheetId)) {
                continue;
            }
            for (JsonNode criterion : Qd26StructureTest.criteria(sheet)) {
                for (JsonNode option : criterion.get("options")) {
                    if (!option.get("minimumFor").isNull()) {
                        marks.get(option.get("minimumFor").asInt())
                                .add(criterion.get("code").asText() + "≥" + option.get("points").asInt());
                    }
                }
            }
        }
        return marks;
    }
}
