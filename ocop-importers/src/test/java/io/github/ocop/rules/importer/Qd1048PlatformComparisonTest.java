package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks every shipped sheet against the platform data, read here independently of the importer:
 * each criterion's options, in order, with their texts and points.
 */
class Qd1048PlatformComparisonTest {

    private final JsonNode ruleSet = Qd1048TestFiles.read(Qd1048TestFiles.RULE_SET);
    private final JsonNode platform = Qd1048TestFiles.read(Qd1048TestFiles.PLATFORM);
    private final JsonNode curated = Qd1048TestFiles.read(Qd1048TestFiles.CURATED);
    private final JsonNode normalised = Qd1048TestFiles.read(Qd1048TestFiles.NORMALISED);

    /** Subgroup code to platform sheet id, as curated (null when the subgroup has no sheet). */
    private Map<String, JsonNode> platformSheetBySubgroup() {
        Map<String, JsonNode> map = new HashMap<>();
        for (JsonNode g : curated.get("taxonomy").get("groups")) {
            for (JsonNode c : g.get("categories")) {
                for (JsonNode s : c.get("subgroups")) {
                    map.put(s.get("code").asText(), s.get("platformSheet"));
                }
            }
        }
        return map;
    }

    private static void collectCriteria(JsonNode section, List<JsonNode> out) {
        for (JsonNode sub : section.get("sections")) {
            collectCriteria(sub, out);
        }
        section.get("criteria").forEach(out::add);
    }

    private static List<JsonNode> criteriaOf(JsonNode sheet) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode part : sheet.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                collectCriteria(section, out);
            }
        }
        return out;
    }

    private static List<JsonNode> platformItems(JsonNode platformSheet) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode section : platformSheet.get("sections")) {
            for (JsonNode q : section.get("questions")) {
                if (q.get("type").asInt() != 2) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** The sheets taken from the platform data (all but the third-party rice sheet I.2.1). */
    private List<JsonNode> platformSheets() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode sheet : ruleSet.get("sheets")) {
            if (sheet.get("provenance").get("kind").asText().equals("PLATFORM_DATA")) {
                out.add(sheet);
            } else {
                assertThat(sheet.get("id").asText()).isEqualTo("I.2.1");
            }
        }
        assertThat(out).hasSize(25);
        return out;
    }

    @Test
    void everyPopulatedPlatformSheetIsShippedOnceAndOnlyThose() {
        Map<String, JsonNode> mapping = platformSheetBySubgroup();
        List<String> shippedPlatformIds = new ArrayList<>();
        for (JsonNode sheet : platformSheets()) {
            shippedPlatformIds.add(mapping.get(sheet.get("id").asText()).asText());
        }
        List<String> populated = new ArrayList<>();
        platform.properties().forEach(e -> {
            if (e.getValue().get("sections").size() > 0) {
                populated.add(e.getKey());
            }
        });
        assertThat(shippedPlatformIds).hasSize(25).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(populated);
    }

    @Test
    void everyOptionMatchesThePlatformInOrderTextAndPoints() {
        Map<String, JsonNode> mapping = platformSheetBySubgroup();
        int optionCount = 0;
        for (JsonNode sheet : platformSheets()) {
            String id = sheet.get("id").asText();
            JsonNode source = platform.get(mapping.get(id).asText());
            assertThat(sheet.get("title").asText()).as(id).isEqualTo(source.get("name").asText().strip());
            List<JsonNode> criteria = criteriaOf(sheet);
            List<JsonNode> items = platformItems(source);
            assertThat(criteria).as("criteria of %s", id).hasSameSizeAs(items);
            for (int i = 0; i < items.size(); i++) {
                JsonNode criterion = criteria.get(i);
                JsonNode answers = items.get(i).get("answers");
                JsonNode options = criterion.get("options");
                String where = id + " " + criterion.get("code").asText();
                assertThat(options.size()).as(where).isEqualTo(answers.size());
                for (int k = 0; k < answers.size(); k++) {
                    JsonNode option = options.get(k);
                    assertThat(option.get("key").asText()).as(where).isEqualTo(String.valueOf((char) ('a' + k)));
                    assertThat(option.get("text").asText()).as(where)
                            .isEqualTo(answers.get(k).get(0).asText().strip());
                    assertThat(option.get("points").asInt()).as(where).isEqualTo(answers.get(k).get(1).asInt());
                    optionCount++;
                }
                String printed = items.get(i).get("q").asText().strip();
                if (!printed.isEmpty()) {
                    String code = criterion.get("code").asText();
                    boolean corrected = false;
                    for (JsonNode e : curated.get("errata")) {
                        corrected |= e.get("sheet").asText().equals(id) && e.get("corrected").asText().equals(code);
                    }
                    if (!corrected) {
                        assertThat(printed).as(where).startsWith(code);
                    }
                    assertThat(printed).as(where).endsWith(criterion.get("title").asText());
                }
            }
        }
        assertThat(optionCount).isGreaterThan(2500);
    }

    @Test
    void noCriterionInThePlatformDataHoldsExactDuplicateOptions() {
        for (JsonNode sheet : platform) {
            for (JsonNode q : platformItems(sheet)) {
                List<String> seen = new ArrayList<>();
                for (JsonNode a : q.get("answers")) {
                    seen.add(a.get(0).asText().strip() + "|" + a.get(1).asInt());
                }
                assertThat(seen).as("question %s", q.get("id").asText()).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void notesAndKnockOutsTogetherKeepEveryPlatformNote() {
        Map<String, JsonNode> mapping = platformSheetBySubgroup();
        for (JsonNode sheet : platformSheets()) {
            String id = sheet.get("id").asText();
            StringBuilder shipped = new StringBuilder();
            for (JsonNode c : criteriaOf(sheet)) {
                c.get("notes").forEach(n -> shipped.append(n.asText()).append('\n'));
                if (!c.get("applicability").isNull()) {
                    shipped.append(c.get("applicability").get("text").asText()).append('\n');
                }
            }
            sheet.get("knockOuts").forEach(k -> shipped.append(k.get("text").asText()).append('\n'));
            for (JsonNode section : platform.get(mapping.get(id).asText()).get("sections")) {
                for (JsonNode q : section.get("questions")) {
                    String note = q.get("note").isNull() ? "" : q.get("note").asText();
                    for (String paragraph : note.replace("\r\n", "\n").split("\n")) {
                        assertThat(shipped.toString()).as(id).contains(paragraph.strip());
                    }
                }
            }
        }
    }

    @Test
    void provenanceAndAnomaliesMatchTheNormalisedFile() {
        JsonNode prov = normalised.get("provenance");
        String note = ruleSet.get("provenance").get("note").asText();
        assertThat(ruleSet.get("provenance").get("kind").asText()).isEqualTo("PLATFORM_DATA");
        assertThat(note).contains(prov.get("repo").asText()).contains(prov.get("path").asText())
                .contains(prov.get("commit").asText()).contains("not the signed text").contains("Gạo, ngũ cốc");
        Map<String, JsonNode> mapping = platformSheetBySubgroup();
        Map<String, JsonNode> shippedByPlatformId = new HashMap<>();
        for (JsonNode sheet : ruleSet.get("sheets")) {
            shippedByPlatformId.put(mapping.get(sheet.get("id").asText()).asText(), sheet);
        }
        for (JsonNode n : normalised.get("sheets")) {
            JsonNode sheet = shippedByPlatformId.get(n.get("sheetId").asText());
            if (sheet == null) {
                assertThat(n.get("sections")).as("unshipped sheet %s", n.get("sheetId")).isEmpty();
                continue;
            }
            if (!n.get("anomaly").isNull()) {
                assertThat(sheet.get("deviations")).as("deviations of %s", sheet.get("id")).isNotEmpty();
            }
            for (JsonNode part : sheet.get("parts")) {
                assertThat(part.get("maxPoints").asInt()).as("%s part %s", sheet.get("id"), part.get("code"))
                        .isEqualTo(n.get("partTotals").get(part.get("code").asText()).asInt());
            }
        }
    }
}
