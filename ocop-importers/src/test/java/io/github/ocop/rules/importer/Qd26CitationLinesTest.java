package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every printed option and every criterion of the bundled QĐ 26/2026 rule set is traceable to the line of the
 * decision's text that its citation names: the option's text (its first 40 characters, blanks collapsed) and the
 * criterion's title (first 30 characters of its first line) stand on that line of {@code source.txt}. Options supplied
 * by an interpretation (not printed) are skipped; the point values are checked by the importer tests.
 */
class Qd26CitationLinesTest {
    private static final Path RULES = Path.of("../ocop-rules/src/main/resources/io/github/ocop/rules/qd-26-2026.json");
    private static final Path SOURCE = Path.of("src/data/qd-26-2026/source.txt");

    @Test
    void everyOptionAndCriterionStandsOnItsCitedSourceLine() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(RULES.toFile());
        List<String> misplaced = new ArrayList<>();
        int[] counts = new int[2];
        for (JsonNode sheet : root.get("sheets")) {
            for (JsonNode part : sheet.get("parts")) {
                for (JsonNode section : part.get("sections")) {
                    walk(sheet.get("id").asText(), section, lines, misplaced, counts);
                }
            }
        }
        assertThat(misplaced).as("items whose text is not on their cited line").isEmpty();
        assertThat(counts[0]).as("criteria checked").isEqualTo(787);
        assertThat(counts[1]).as("printed options checked").isEqualTo(2535);
    }

    private static void walk(String sheet, JsonNode section, List<String> lines, List<String> misplaced, int[] counts) {
        for (JsonNode sub : section.get("sections")) {
            walk(sheet, sub, lines, misplaced, counts);
        }
        for (JsonNode c : section.get("criteria")) {
            counts[0]++;
            String title = c.get("title").asText().split("\n")[0];
            check(lines, c.get("citation").get("line").asInt(), title.substring(0, Math.min(30, title.length())),
                    "sheet " + sheet + " criterion " + c.get("code").asText(), misplaced);
            for (JsonNode o : c.get("options")) {
                if (!o.get("interpretation").isNull()) {
                    continue;
                }
                counts[1]++;
                String text = collapse(o.get("text").asText());
                check(lines, o.get("citation").get("line").asInt(), text.substring(0, Math.min(40, text.length())),
                        "sheet " + sheet + " criterion " + c.get("code").asText() + " option " + o.get("key").asText(),
                        misplaced);
            }
        }
    }

    private static void check(List<String> lines, int line, String expected, String what, List<String> misplaced) {
        if (line < 1 || line > lines.size() || !collapse(lines.get(line - 1)).contains(expected)) {
            misplaced.add(what + " (line " + line + "): \"" + expected + "\"");
        }
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
