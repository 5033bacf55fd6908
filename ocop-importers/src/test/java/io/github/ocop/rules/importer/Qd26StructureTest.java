package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Structural invariants of the bundled QĐ 26/2026 rule set, checked on the JSON tree only. */
class Qd26StructureTest {

    private static JsonNode root;

    @BeforeAll
    static void load() throws Exception {
        root = new ObjectMapper().readTree(Path.of("../ocop-rules/src/main/resources/io/github/ocop/rules/qd-26-2026.json").toFile());
    }

    @Test
    void hasTwentySixSheetsWithPartsFortyTwentyFiveThirtyFive() {
        JsonNode sheets = root.get("sheets");
        assertThat(sheets.size()).isEqualTo(26);
        for (int i = 0; i < sheets.size(); i++) {
            JsonNode sheet = sheets.get(i);
            assertThat(sheet.get("id").asText()).isEqualTo(String.valueOf(i + 1));
            JsonNode parts = sheet.get("parts");
            assertThat(parts.size()).isEqualTo(3);
            assertThat(List.of(parts.get(0).get("code").asText(), parts.get(1).get("code").asText(),
                    parts.get(2).get("code").asText())).containsExactly("A", "B", "C");
            assertThat(List.of(parts.get(0).get("maxPoints").asInt(), parts.get(1).get("maxPoints").asInt(),
                    parts.get(2).get("maxPoints").asInt())).as("sheet %s", sheet.get("id")).containsExactly(40, 25, 35);
        }
    }

    @Test
    void everyMaximumIsTheSumOfItsItems() {
        for (JsonNode sheet : root.get("sheets")) {
            for (JsonNode part : sheet.get("parts")) {
                int sum = 0;
                for (JsonNode section : part.get("sections")) {
                    sum += section.get("maxPoints").asInt();
                    checkSection(sheet.get("id").asText(), section);
                }
                assertThat(sum).as("sheet %s part %s", sheet.get("id"), part.get("code")).isEqualTo(part.get("maxPoints").asInt());
            }
        }
    }

    private static void checkSection(String sheet, JsonNode section) {
        int sum = 0;
        for (JsonNode sub : section.get("sections")) {
            sum += sub.get("maxPoints").asInt();
            checkSection(sheet, sub);
        }
        for (JsonNode criterion : section.get("criteria")) {
            sum += criterion.get("maxPoints").asInt();
        }
        assertThat(sum).as("sheet %s section %s", sheet, section.get("code")).isEqualTo(section.get("maxPoints").asInt());
    }

    @Test
    void optionsStayWithinTheirMaximumReachItAndAreKeyedInOrder() {
        for (JsonNode sheet : root.get("sheets")) {
            for (JsonNode criterion : criteria(sheet)) {
                String where = "sheet " + sheet.get("id").asText() + " criterion " + criterion.get("code").asText();
                int max = criterion.get("maxPoints").asInt();
                assertThat(criterion.get("options").size()).as(where).isPositive();
                boolean reached = false;
                char key = 'a';
                for (JsonNode option : criterion.get("options")) {
                    int points = option.get("points").asInt();
                    assertThat(points).as(where).isBetween(0, max);
                    reached |= points == max;
                    assertThat(option.get("key").asText()).as(where).isEqualTo(String.valueOf(key++));
                    JsonNode min = option.get("minimumFor");
                    assertThat(min.isNull() || Set.of(3, 4, 5).contains(min.asInt())).as(where).isTrue();
                    assertThat(option.get("text").asText()).as(where).isNotBlank().doesNotContain("*").doesNotStartWith("□");
                }
                assertThat(reached).as(where + " reaches its maximum").isTrue();
            }
        }
    }

    @Test
    void codesAreUniqueWithinASheet() {
        for (JsonNode sheet : root.get("sheets")) {
            Set<String> codes = new HashSet<>();
            for (JsonNode part : sheet.get("parts")) {
                for (JsonNode section : part.get("sections")) {
                    collectCodes(section, codes, sheet.get("id").asText());
                }
            }
        }
    }

    private static void collectCodes(JsonNode section, Set<String> codes, String sheet) {
        assertThat(codes.add("section " + section.get("code").asText())).as("sheet %s", sheet).isTrue();
        for (JsonNode sub : section.get("sections")) {
            collectCodes(sub, codes, sheet);
        }
        for (JsonNode criterion : section.get("criteria")) {
            assertThat(codes.add("criterion " + criterion.get("code").asText()))
                    .as("sheet %s criterion %s", sheet, criterion.get("code")).isTrue();
        }
    }

    @Test
    void taxonomyHasSixGroupsSeventeenCategoriesTwentySixSubgroupsEachWithAnExistingSheet() {
        Set<String> sheetIds = new HashSet<>();
        root.get("sheets").forEach(s -> sheetIds.add(s.get("id").asText()));
        JsonNode groups = root.get("taxonomy").get("groups");
        int categories = 0;
        List<String> sheetsOfSubgroups = new ArrayList<>();
        for (JsonNode g : groups) {
            for (JsonNode c : g.get("categories")) {
                categories++;
                assertThat(c.get("subgroups").size()).isPositive();
                for (JsonNode s : c.get("subgroups")) {
                    assertThat(sheetIds).contains(s.get("sheet").asText());
                    assertThat(s.get("ministries").size()).as(s.get("code").asText()).isPositive();
                    sheetsOfSubgroups.add(s.get("sheet").asText());
                }
            }
        }
        assertThat(groups.size()).isEqualTo(6);
        assertThat(categories).isEqualTo(17);
        assertThat(sheetsOfSubgroups).hasSize(26).doesNotHaveDuplicates();
    }

    @Test
    void applicabilityPointsToExistingCriteriaAndKeys() {
        int seen = 0;
        for (JsonNode sheet : root.get("sheets")) {
            for (JsonNode criterion : criteria(sheet)) {
                JsonNode a = criterion.get("applicability");
                if (a.isNull()) {
                    continue;
                }
                seen++;
                JsonNode target = criteria(sheet).stream()
                        .filter(c -> c.get("code").asText().equals(a.get("criterion").asText())).findFirst().orElseThrow();
                Set<String> keys = new HashSet<>();
                target.get("options").forEach(o -> keys.add(o.get("key").asText()));
                a.get("anyOf").forEach(k -> assertThat(keys).contains(k.asText()));
            }
        }
        assertThat(seen).isEqualTo(25);
    }

    static List<JsonNode> criteria(JsonNode sheet) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode part : sheet.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                collect(section, all);
            }
        }
        return all;
    }

    private static void collect(JsonNode section, List<JsonNode> all) {
        section.get("criteria").forEach(all::add);
        section.get("sections").forEach(s -> collect(s, all));
    }
}
