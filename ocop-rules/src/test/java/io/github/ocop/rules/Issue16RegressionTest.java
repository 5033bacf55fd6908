package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The reproductions of issue 16 ("Tamper-proof rules and bounded input"), one test each, against the library. The
 * CLI's are in {@code ocop-samples}' {@code ReliabilityCliTest}. The mini fixture's sheet 1 has criteria 1.1 (0/10/20),
 * 1.2 (5/20), 2.1 (0/5/15), 2.2 (0/10, only when 2.1 is b or c) and 3 (0/20/30/35).
 */
class Issue16RegressionTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String OFFICIAL = "qd-26-2026";

    private static ObjectNode criterion(ObjectNode root, int part, String code) {
        for (var c : root.at("/sheets/0/parts/" + part + "/sections/0/criteria")) {
            if (c.get("code").asText().equals(code)) {
                return (ObjectNode) c;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static ObjectNode condition(String on, String... anyOf) {
        ArrayNode keys = F.arrayNode();
        for (String k : anyOf) {
            keys.add(k);
        }
        return F.objectNode().put("criterion", on).<ObjectNode>set("anyOf", keys).put("text", "chỉ khi " + on);
    }

    private static OcopInputException refused(String json) {
        return assertThrows(OcopInputException.class,
                () -> RuleSetLoader.parse(json.getBytes(StandardCharsets.UTF_8), "user.json"));
    }

    // item 2: a supplied rule set may not shadow an official one

    @Test
    void aSuppliedRuleSetWithAnOfficialIdAndOtherContentIsRefused() throws IOException {
        RuleSet shadow = RuleSetLoader.parse(RuleSetLoaderTest.mini().replace("\"id\": \"mini\"", "\"id\": \""
                + OFFICIAL + "\"").getBytes(StandardCharsets.UTF_8), "shadow.json");
        OcopInputException e = assertThrows(OcopInputException.class, () -> RuleSets.standard().with(shadow));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.id");
            assertThat(p.text(java.util.Locale.ENGLISH)).contains("belongs to the official rule set of QĐ 26/2026/QĐ-TTg")
                    .contains("give it its own id");
        });
        assertThat(RuleSets.isOfficial(shadow)).isFalse();
        assertThat(RuleSets.isOfficial(RuleSets.standard().get(OFFICIAL))).isTrue();
    }

    @Test
    void aSuppliedRuleSetIdenticalToTheOfficialOneIsAcceptedAndTheOfficialOneKept() throws IOException {
        byte[] json = Files.readAllBytes(Path.of("src/main/resources/io/github/ocop/rules/" + OFFICIAL + ".json"));
        RuleSet copy = RuleSetLoader.parse(json, "copy.json");
        RuleSets registry = RuleSets.standard().with(copy);
        assertThat(registry.get(OFFICIAL)).isSameAs(RuleSets.standard().get(OFFICIAL));
        assertThat(RuleSets.isOfficial(copy)).as("byte for byte the bundled JSON").isTrue();
    }

    @Test
    void aScoreCardOfANonBundledRuleSetSaysSoInItsJson() throws IOException {
        RuleSet mini = RuleSetLoader.load(RuleSetLoaderTest.MINI);
        ScoreCard card = ScoringEngine.of(mini).score(new Assessment("mini", "1", Product.named("p"), "m",
                answers("1.1", "a", "1.2", "a", "2.1", "a", "3", "a"), List.of()));
        assertThat(OcopJson.scoreCard(card)).contains("\"officialRuleSet\":false");
        assertThat(OcopJson.sheet(mini, mini.sheets().get(0))).containsPattern("\"officialRuleSet\" ?: ?false");
        RuleSet official = RuleSets.standard().get(OFFICIAL);
        assertThat(OcopJson.sheet(official, official.sheets().get(0))).doesNotContain("officialRuleSet");
    }

    // item 4: invalid input is an input error, never an internal one

    @Test
    void twoSuppliedRuleSetsWithOneIdAndDifferentContentAreAnInputError() throws IOException {
        RuleSet a = RuleSetLoader.load(RuleSetLoaderTest.MINI);
        RuleSet b = RuleSetLoader.parse(RuleSetLoaderTest.mini().replace("\"title\": \"", "\"title\": \"B ")
                .getBytes(StandardCharsets.UTF_8), "b.json");
        assertThat(b).isNotEqualTo(a);
        OcopInputException e = assertThrows(OcopInputException.class, () -> RuleSets.standard().with(a, b));
        assertThat(e.getMessage(java.util.Locale.ENGLISH))
                .contains("$.id: another supplied rule set already has the id mini");
    }

    @Test
    void aSheetThatDeclaresADeviationCanStillNotScoreAbove100() throws IOException {
        // criterion 3 raised from 35 to 92 points (section and part maxima follow): the sheet can reach 157
        String json = RuleSetLoaderTest.mutate(r -> {
            ((ArrayNode) r.at("/sheets/0/deviations")).add("phần C in sai");
            ObjectNode c3 = criterion(r, 2, "3");
            c3.put("maxPoints", 92);
            ((ObjectNode) c3.at("/options/3")).put("points", 92);
            ((ObjectNode) r.at("/sheets/0/parts/2/sections/0")).put("maxPoints", 92);
            ((ObjectNode) r.at("/sheets/0/parts/2")).put("maxPoints", 92);
        });
        OcopInputException e = refused(json);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.sheets[0].parts");
            assertThat(p.text(java.util.Locale.ENGLISH)).contains("up to 157 points, more than 100");
        });
    }

    // item 5: conditions

    @Test
    void aSelfReferencingConditionIsRefusedAtLoad() throws IOException {
        OcopInputException e = refused(RuleSetLoaderTest.mutate(r ->
                criterion(r, 1, "2.2").set("applicability", condition("2.2", "a"))));
        assertThat(e.getMessage()).contains("$.sheets[0].parts[1].sections[0].criteria[1].applicability.criterion")
                .contains("leads back to itself (2.2 → 2.2)");
    }

    @Test
    void aCircularConditionIsRefusedAtLoad() throws IOException {
        OcopInputException e = refused(RuleSetLoaderTest.mutate(r ->
                criterion(r, 1, "2.1").set("applicability", condition("2.2", "a", "b"))));
        assertThat(e.getMessage()).contains("(2.1 → 2.2 → 2.1)").contains("(2.2 → 2.1 → 2.2)");
    }

    @Test
    void chainedConditionsAreEvaluatedTransitively() throws IOException {
        // 2.1 applies only when 1.1 is c; 2.2 only when 2.1 is b or c
        RuleSet rules = RuleSetLoader.parse(RuleSetLoaderTest.mutate(r ->
                criterion(r, 1, "2.1").set("applicability", condition("1.1", "c"))).getBytes(StandardCharsets.UTF_8),
                "chain.json");
        ScoringEngine engine = ScoringEngine.of(rules);
        // 1.1 = a: 2.1 does not apply, so its answer c is ignored, so 2.2 does not apply either
        ScoreCard card = engine.score(new Assessment("mini", "1", Product.named("p"), "m",
                answers("1.1", "a", "1.2", "a", "2.1", "c", "2.2", "b", "3", "a"), List.of()));
        assertThat(card.total()).isEqualTo(0 + 5 + 0 + 0 + 0);
        assertThat(card.warnings()).hasSize(2);
        // 1.1 = c: the chain holds, 2.1 = c (15) and 2.2 = b (10) count
        ScoreCard holds = engine.score(new Assessment("mini", "1", Product.named("p"), "m",
                answers("1.1", "c", "1.2", "a", "2.1", "c", "2.2", "b", "3", "a"), List.of()));
        assertThat(holds.total()).isEqualTo(20 + 5 + 15 + 10 + 0);
        // with 1.1 = a nothing is missing although 2.1 and 2.2 are unanswered
        assertThat(engine.score(new Assessment("mini", "1", Product.named("p"), "m",
                answers("1.1", "a", "1.2", "a", "3", "a"), List.of())).total()).isEqualTo(5);
    }

    // item 3: knock-outs

    @Test
    void aKnockOutListedTwiceIsRefusedAndManyAreCapped() {
        ScoringEngine engine = ScoringEngine.of(RuleSets.standard().get(OFFICIAL));
        Map<String, String> all = new LinkedHashMap<>();
        RuleSets.standard().get(OFFICIAL).sheet("1").orElseThrow().criteria().forEach(c ->
                all.put(c.code(), c.options().get(0).key()));
        Assessment twice = new Assessment(OFFICIAL, "1", Product.named("p"), "m", all, List.of("KO1", "KO1"));
        OcopInputException e = assertThrows(OcopInputException.class, () -> engine.score(twice));
        assertThat(e.getMessage(java.util.Locale.ENGLISH)).isEqualTo("assessment $.knockOuts[1]: knock-out ground KO1 is"
                + " listed twice (first at $.knockOuts[0]); list each ground once");
        assertThat(e.getMessage()).isEqualTo("assessment $.knockOuts[1]: điều kiện loại KO1 được ghi hai lần (lần đầu"
                + " ở $.knockOuts[0]); mỗi điều kiện chỉ ghi một lần");
        Assessment flood = new Assessment(OFFICIAL, "1", Product.named("p"), "m", all,
                Collections.nCopies(100_000, "KO1"));
        OcopInputException f = assertThrows(OcopInputException.class, () -> engine.score(flood));
        assertThat(f.problems()).hasSize(50);
        assertThat(f.unlisted()).isEqualTo(100_000 - 1 - 50);
        String doc = HostileInputTest.ASSESSMENT.replace("\"assessor\"", "\"knockOuts\": ["
                + String.join(",", Collections.nCopies(101, "\"KO1\"")) + "], \"assessor\"");
        OcopInputException r = assertThrows(OcopInputException.class,
                () -> AssessmentReader.parse(doc.getBytes(StandardCharsets.UTF_8), "a.json"));
        assertThat(r.getMessage()).startsWith("a.json $.knockOuts: holds more than 100 entries");
    }

    // item 6: decimals stay decimal

    @Test
    void reportTotalsAreExactDecimals() {
        String head = "{\"title\":\"T\",\"ruleSet\":\"qd-1048-2019\",\"level\":\"DISTRICT\",\"plan\":{\"title\":\"P\","
                + "\"targets\":[]},\"expiryPeriod\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},\"products\":[{\"name\":"
                + "\"A\",\"commune\":\"X\",\"group\":\"I\",\"evaluatedOn\":\"2021-10-15\",\"total\":";
        OcopInputException near90 = assertThrows(OcopInputException.class, () -> ProgrammeRoundReader.parse(
                (head + "89.99999999999999999,\"stars\":5}]}").getBytes(StandardCharsets.UTF_8), "r.json"));
        assertThat(near90.getMessage()).contains("$.products[0].stars")
                .contains("5 stars is outside 1 to 4 stars, the band of the total 89.99999999999999999");
        OcopInputException huge = assertThrows(OcopInputException.class, () -> ProgrammeRoundReader.parse(
                (head + "1e400,\"stars\":5}]}").getBytes(StandardCharsets.UTF_8), "r.json"));
        assertThat(huge.getMessage()).isEqualTo("r.json $.products[0].total: expected the council's mean total, a"
                + " number from 0 to 100, found number 1E+400");
        assertThat(ProgrammeRoundReader.parse((head + "89.99999999999999999,\"stars\":4}]}")
                .getBytes(StandardCharsets.UTF_8), "r.json").products().get(0).total())
                .isEqualByComparingTo("89.99999999999999999");
    }

    // item 7: smaller

    @Test
    void aNameOfInvisibleCharactersIsBlank() {
        for (String invisible : List.of("\u200B", "\u200B\u200C\u200D", "\u2060\uFEFF", "\u00AD", " \u200B ")) {
            String doc = HostileInputTest.ASSESSMENT.replace("\"Bưởi da xanh\"", "\"" + invisible + "\"");
            OcopInputException e = assertThrows(OcopInputException.class,
                    () -> AssessmentReader.parse(doc.getBytes(StandardCharsets.UTF_8), "a.json"));
            assertThat(e.getMessage()).as(invisible.codePoints().mapToObj(Integer::toHexString).toList().toString())
                    .startsWith("a.json $.product.name: must not be blank");
        }
        assertThat(AssessmentReader.isBlank("Bưởi\u200B")).isFalse();
    }

    @Test
    void aDeviceOrPipeIsNotARegularFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        for (Path p : List.of(fifo, Path.of("/dev/null"))) {
            OcopInputException e = assertThrows(OcopInputException.class, () -> AssessmentReader.read(p));
            assertThat(e.getMessage()).isEqualTo(p + " $: not a regular file (a device, pipe or socket?), expected a"
                    + " JSON file");
        }
        assertThat(assertThrows(OcopInputException.class, () -> RuleSetLoader.load(dir.resolve("none.json")))
                .getMessage()).contains("$: no such file");
    }

    @Test
    void anOverLongStringIsLocatedAtItsField() {
        String doc = HostileInputTest.ASSESSMENT.replace("\"member-1\"", "\"" + "x".repeat(1_000_001) + "\"");
        OcopInputException e = assertThrows(OcopInputException.class,
                () -> AssessmentReader.parse(doc.getBytes(StandardCharsets.UTF_8), "a.json"));
        assertThat(e.getMessage()).startsWith("a.json $.assessor: the text is too long (1000001 characters")
                .doesNotContain("`").doesNotContain("StreamReadConstraints");
    }

    private static Map<String, String> answers(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
