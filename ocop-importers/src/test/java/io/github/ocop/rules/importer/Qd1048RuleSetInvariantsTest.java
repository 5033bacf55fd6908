package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Structural invariants of the generated rule set, checked on the JSON tree only. */
class Qd1048RuleSetInvariantsTest {

    private final JsonNode ruleSet = Qd1048TestFiles.read(Qd1048TestFiles.RULE_SET);

    private static boolean hasDeviationNamingPart(JsonNode sheet, String part) {
        for (JsonNode d : sheet.get("deviations")) {
            if (d.asText().contains("part " + part)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void topLevelKeysFollowTheFormatOrder() {
        List<String> keys = new ArrayList<>();
        ruleSet.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("formatVersion", "id", "title", "instrument", "provenance", "parts",
                "starBands", "interpretations", "errata", "taxonomy", "sheets", "process");
        assertThat(ruleSet.get("id").asText()).isEqualTo("qd-1048-2019");
        JsonNode instrument = ruleSet.get("instrument");
        assertThat(instrument.get("number").asText()).isEqualTo("1048/QĐ-TTg");
        assertThat(instrument.get("signed").asText()).isEqualTo("2019-08-21");
        assertThat(instrument.get("effectiveFrom").asText()).isEqualTo("2019-08-21");
        assertThat(instrument.get("effectiveUntil").asText()).isEqualTo("2023-02-23");
        assertThat(instrument.get("amendedBy").get(0).get("number").asText()).isEqualTo("781/QĐ-TTg");
        assertThat(instrument.get("amendedBy").get(0).get("signed").asText()).isEqualTo("2020-06-08");
    }

    @Test
    void rulePartsAndStarBands() {
        List<String> parts = new ArrayList<>();
        int sum = 0;
        for (JsonNode p : ruleSet.get("parts")) {
            parts.add(p.get("code").asText() + p.get("maxPoints").asInt());
            sum += p.get("maxPoints").asInt();
        }
        assertThat(parts).containsExactly("A35", "B25", "C40");
        assertThat(sum).isEqualTo(100);
        List<String> bands = new ArrayList<>();
        ruleSet.get("starBands").forEach(b -> bands.add(b.get("stars").asInt() + ":" + b.get("minPoints").asInt()));
        assertThat(bands).containsExactly("1:0", "2:30", "3:50", "4:70", "5:90");
        List<String> interpretationIds = new ArrayList<>();
        ruleSet.get("interpretations").forEach(i -> interpretationIds.add(i.get("id").asText()));
        assertThat(interpretationIds).contains("I-1048-HALF-OPEN-BANDS").doesNotHaveDuplicates();
    }

    @Test
    void sheetPartsSumTo100UnlessADeviationNamesThePart() {
        for (JsonNode sheet : ruleSet.get("sheets")) {
            List<String> codes = new ArrayList<>();
            int total = 0;
            for (JsonNode part : sheet.get("parts")) {
                String code = part.get("code").asText();
                codes.add(code);
                int expected = switch (code) {
                    case "A" -> 35;
                    case "B" -> 25;
                    default -> 40;
                };
                int max = part.get("maxPoints").asInt();
                total += max;
                if (max != expected) {
                    assertThat(hasDeviationNamingPart(sheet, code)).as("%s part %s = %d", sheet.get("id"), code, max)
                            .isTrue();
                }
                int sections = 0;
                for (JsonNode s : part.get("sections")) {
                    sections += s.get("maxPoints").asInt();
                }
                assertThat(sections).isEqualTo(max);
            }
            assertThat(codes).containsExactly("A", "B", "C");
            if (sheet.get("deviations").isEmpty()) {
                assertThat(total).as("total of %s", sheet.get("id")).isEqualTo(100);
            }
        }
    }

    private void checkSection(String sheet, JsonNode section, Set<String> codes, int[] counts) {
        int sum = 0;
        for (JsonNode sub : section.get("sections")) {
            checkSection(sheet, sub, codes, counts);
            sum += sub.get("maxPoints").asInt();
        }
        for (JsonNode c : section.get("criteria")) {
            String where = sheet + " " + c.get("code").asText();
            assertThat(codes.add(c.get("code").asText())).as("unique code %s", where).isTrue();
            int max = c.get("maxPoints").asInt();
            sum += max;
            boolean reachesMax = false;
            char key = 'a';
            for (JsonNode o : c.get("options")) {
                int points = o.get("points").asInt();
                assertThat(points).as(where).isBetween(0, max);
                reachesMax |= points == max;
                assertThat(o.get("key").asText()).as(where).isEqualTo(String.valueOf(key++));
                JsonNode min = o.get("minimumFor");
                if (!min.isNull()) {
                    assertThat(min.asInt()).isIn(3, 4, 5);
                    counts[0]++;
                }
                assertThat(o.get("text").asText()).as(where).isNotBlank();
            }
            assertThat(reachesMax).as(where).isTrue();
            assertThat(c.get("options")).as(where).isNotEmpty();
        }
        assertThat(section.get("maxPoints").asInt()).as("%s section %s", sheet, section.get("code")).isEqualTo(sum);
    }

    @Test
    void sectionsCriteriaAndOptionsAreConsistent() {
        int[] minima = new int[1];
        for (JsonNode sheet : ruleSet.get("sheets")) {
            Set<String> codes = new HashSet<>();
            for (JsonNode part : sheet.get("parts")) {
                for (JsonNode section : part.get("sections")) {
                    checkSection(sheet.get("id").asText(), section, codes, minima);
                }
            }
            int n = 1;
            for (JsonNode ko : sheet.get("knockOuts")) {
                assertThat(ko.get("id").asText()).isEqualTo("KO" + n++);
                assertThat(ko.get("effect").asText()).isIn("DISQUALIFIED", "NOT_EVALUATED_FURTHER");
                assertThat(codes).as("knock-out criterion").contains(ko.get("criterion").asText());
            }
        }
        assertThat(minima[0]).isEqualTo(25); // 24 on the platform sheets + 9.1 c of the rice sheet I.2.1
    }

    @Test
    void applicabilityRefersToExistingCriteriaAndOptions() {
        for (JsonNode sheet : ruleSet.get("sheets")) {
            List<JsonNode> criteria = new ArrayList<>();
            for (JsonNode part : sheet.get("parts")) {
                for (JsonNode section : part.get("sections")) {
                    section.get("criteria").forEach(criteria::add);
                }
            }
            for (JsonNode c : criteria) {
                JsonNode app = c.get("applicability");
                if (app.isNull()) {
                    continue;
                }
                JsonNode target = criteria.stream()
                        .filter(t -> t.get("code").asText().equals(app.get("criterion").asText()))
                        .findFirst().orElseThrow();
                Set<String> keys = new HashSet<>();
                target.get("options").forEach(o -> keys.add(o.get("key").asText()));
                app.get("anyOf").forEach(k -> assertThat(keys).contains(k.asText()));
            }
        }
    }

    @Test
    void taxonomyCodesAreUniqueAndSheetsExistOrAreNull() {
        Set<String> sheetIds = new HashSet<>();
        ruleSet.get("sheets").forEach(s -> assertThat(sheetIds.add(s.get("id").asText())).isTrue());
        Set<String> codes = new HashSet<>();
        Set<String> referenced = new HashSet<>();
        int subgroups = 0;
        int nullSheets = 0;
        for (JsonNode g : ruleSet.get("taxonomy").get("groups")) {
            assertThat(codes.add(g.get("code").asText())).isTrue();
            for (JsonNode c : g.get("categories")) {
                assertThat(codes.add(c.get("code").asText())).isTrue();
                assertThat(c.get("code").asText()).startsWith(g.get("code").asText() + ".");
                for (JsonNode s : c.get("subgroups")) {
                    subgroups++;
                    String code = s.get("code").asText();
                    assertThat(codes.add(code)).as(code).isTrue();
                    assertThat(code).startsWith(c.get("code").asText() + ".");
                    JsonNode sheet = s.get("sheet");
                    if (sheet.isNull()) {
                        nullSheets++;
                    } else {
                        assertThat(sheet.asText()).isEqualTo(code);
                        assertThat(sheetIds).contains(sheet.asText());
                        referenced.add(sheet.asText());
                    }
                }
            }
        }
        assertThat(ruleSet.get("taxonomy").get("groups")).hasSize(6);
        assertThat(subgroups).isEqualTo(26);
        assertThat(nullSheets).isZero(); // I.2.1 is filled from the second source
        assertThat(referenced).isEqualTo(sheetIds);
    }

    @Test
    void alternativeCasesAreLabelledAndSplitInTwo() {
        int criteria = 0;
        for (JsonNode sheet : ruleSet.get("sheets")) {
            List<JsonNode> all = new ArrayList<>();
            for (JsonNode part : sheet.get("parts")) {
                for (JsonNode section : part.get("sections")) {
                    section.get("criteria").forEach(all::add);
                }
            }
            for (JsonNode c : all) {
                Set<String> cases = new HashSet<>();
                c.get("options").forEach(o -> cases.add(o.get("case").isNull() ? null : o.get("case").asText()));
                if (!cases.contains(null)) {
                    criteria++;
                    assertThat(cases).containsExactlyInAnyOrder("Trường hợp 1", "Trường hợp 2");
                } else {
                    assertThat(cases).containsExactly((String) null);
                }
            }
        }
        assertThat(criteria).isEqualTo(29); // 28 on the platform sheets + 3.2 of the rice sheet I.2.1
    }
}
