package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;
import io.github.ocop.rules.internal.RulesMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Issue 14 items 1 and 2: a corpus of bad inputs (assessments, rule sets, programme rounds, council and score card
 * files, scoring) through every reader and the engine. Every problem carries a stable code of a bundle and renders in
 * Vietnamese and in English; the two texts differ, and neither shows an internal identifier. And each bundle has the
 * same keys and placeholders in both languages.
 */
class ProblemTextsTest {
    /** Codes whose text is given as it is on purpose (the same in every language): none today. */
    private static final Set<String> INTENTIONAL_TEXT = Set.of();
    /** A Java or programme identifier: UPPER_SNAKE_CASE words, {@code [V-LEGAL]}-like markers, class names. */
    private static final List<Pattern> INTERNAL = List.of(
            Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"),
            Pattern.compile("\\b[A-Z]-[A-Z]"),
            Pattern.compile("io\\.github"),
            Pattern.compile("Exception"),
            Pattern.compile("StreamReadConstraints"),
            Pattern.compile("JsonReadFeature"),
            Pattern.compile("\\b(java|com\\.fasterxml|tools\\.jackson)\\."));
    /** Quoted text is the file's own words or a value the file must hold (e.g. "HOUSEHOLD"): not ours to word. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]*\"");

    @TempDir
    Path dir;

    private final Map<String, OcopInputException> corpus = new LinkedHashMap<>();

    private void add(String name, Runnable bad) {
        try {
            bad.run();
        } catch (OcopInputException e) {
            corpus.put(name, e);
            return;
        }
        fail("expected " + name + " to be refused");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assessment(String name, byte[] bytes) {
        add("assessment: " + name, () -> AssessmentReader.parse(bytes, "phieu.json", Messages.VIETNAMESE));
    }

    private void assessment(String name, String doc) {
        assessment(name, utf8(doc));
    }

    private void ruleSet(String name, Consumer<ObjectNode> change) throws IOException {
        String json = RuleSetLoaderTest.mutate(change);
        add("rule set: " + name, () -> RuleSetLoader.parse(utf8(json), "bo.json"));
    }

    private void round(String name, String doc) {
        add("round: " + name, () -> ProgrammeRoundReader.parse(utf8(doc), "dot.json"));
    }

    private static final String A = HostileInputTest.ASSESSMENT;
    private static final String ROUND = "{\"title\":\"Đợt thử\",\"ruleSet\":\"qd-1048-2019\",\"level\":\"DISTRICT\","
            + "\"plan\":{\"title\":\"Kế hoạch\",\"targets\":[{\"kind\":\"REACHING_STARS\",\"minStars\":3,"
            + "\"count\":1}]},\"expiryPeriod\":{\"from\":\"2024-01-01\",\"to\":\"2024-12-31\"},\"products\":[@P@]}";
    private static final String PRODUCT = "{\"name\":\"A\",\"commune\":\"Xã 1\",\"group\":\"I\",\"evaluatedOn\":"
            + "\"2021-10-15\",\"total\":62.33,\"stars\":3}";

    private void buildCorpus() throws IOException {
        // ---- assessments: the ten typical mistakes of issue 14 and more
        assessment("empty file", "");
        assessment("only white space", "  \n");
        assessment("key typo RuleSet", A.replace("\"ruleSet\"", "\"RuleSet\""));
        assessment("unknown key", A.replace("\"assessor\"", "\"colour\""));
        assessment("sheet as a number", A.replace("\"sheet\": \"1\"", "\"sheet\": 1"));
        assessment("trailing comma", A.replace("\"1.2\": \"b\"}", "\"1.2\": \"b\",}"));
        assessment("missing comma", "{\"sheet\": \"1\" \"ruleSet\": \"x\"}");
        assessment("single quotes", "{'ruleSet': 'qd-26-2026'}");
        assessment("unquoted key", "{ruleSet: \"qd-26-2026\"}");
        assessment("unquoted text", "{\"sheet\": 1a}");
        assessment("missing colon", "{\"sheet\" \"1\"}");
        assessment("duplicate key", "{\"sheet\": \"1\", \"sheet\": \"2\"}");
        assessment("cut off", "{\"sheet\": \"1\"");
        assessment("two objects", "{\"sheet\": \"1\"} {}");
        assessment("bad escape", "{\"sheet\": \"\\q\"}");
        assessment("leading zero", "{\"sheet\": 01}");
        assessment("huge exponent", "{\"x\": 0.0e013969838619232178}");
        assessment("deep nesting", "[".repeat(200) + "]".repeat(200));
        assessment("over-long text", A.replace("\"member-1\"", "\"" + "x".repeat(1_000_001) + "\""));
        assessment("control character", A.replace("\"Bưởi da xanh\"", "\"Bưởi\u001b[2J\""));
        assessment("control character in a key", A.replace("\"assessor\"", "\"asse\u0007ssor\""));
        assessment("null answer", A.replace("\"1.2\": \"b\"", "\"1.2\": null"));
        assessment("answers as an array", A.replace("{\"1.1\": \"c\", \"1.2\": \"b\"}", "[\"c\"]"));
        assessment("blank product name", A.replace("\"Bưởi da xanh\"", "\"\u200B\""));
        assessment("blank answer", A.replace("\"1.2\": \"b\"", "\"1.2\": \"\""));
        assessment("unknown subject type", A.replace("\"COOPERATIVE\"", "\"cooperative\""));
        assessment("too many knock-outs", A.replace("\"assessor\"", "\"knockOuts\": ["
                + String.join(",", Collections.nCopies(101, "\"KO1\"")) + "], \"assessor\""));
        assessment("UTF-16", A.getBytes(StandardCharsets.UTF_16LE));
        assessment("Windows-1258", A.getBytes(Charset.forName("windows-1258")));
        byte[] tcvn3 = utf8(A.replace("Bưởi da xanh", "B__i da xanh"));
        int at = new String(tcvn3, StandardCharsets.ISO_8859_1).indexOf("B__i");
        tcvn3[at + 1] = (byte) 0xAD;
        tcvn3[at + 2] = (byte) 0xB8;
        assessment("TCVN3", tcvn3);
        Path folder = Files.createDirectories(dir.resolve("phieu"));
        add("assessment: a directory", () -> AssessmentReader.read(folder, Messages.VIETNAMESE));
        add("assessment: no such file", () -> AssessmentReader.read(dir.resolve("khong-co.json"), Messages.VIETNAMESE));

        // ---- scoring: what the engine refuses
        ScoringEngine engine = ScoringEngine.of(RuleSets.standard().get("qd-26-2026"));
        Product product = new Product("Bưởi", new Subject("HTX", SubjectType.COOPERATIVE), null);
        add("scoring: unknown criterion and option", () -> engine.score(new Assessment("qd-26-2026", "1", product,
                "m", Map.of("99.9", "a", "1.1", "z"), List.of())));
        add("scoring: missing answers", () -> engine.score(new Assessment("qd-26-2026", "1", product, "m",
                Map.of("1.1", "c"), List.of())));
        add("scoring: wrong rule set", () -> engine.score(new Assessment("qd-1048-2019", "1", product, "m",
                Map.of(), List.of())));
        add("scoring: unknown sheet", () -> engine.score(new Assessment("qd-26-2026", "99", product, "m",
                Map.of(), List.of())));
        add("scoring: unknown knock-out", () -> engine.score(new Assessment("qd-26-2026", "1", product, "m",
                Map.of(), List.of("KO-NONE"))));
        add("scoring: unknown subgroup", () -> engine.score(new Assessment("qd-26-2026", "1",
                new Product("Bưởi", null, "Z.9"), "m", Map.of(), List.of())));
        add("scoring: a large enterprise", () -> engine.score(new Assessment("qd-26-2026", "1",
                new Product("Bưởi", new Subject("Công ty", SubjectType.LARGE_ENTERPRISE), null), "m", Map.of(),
                List.of())));
        add("rule sets: unknown id", () -> RuleSets.standard().get("qd-26"));

        // ---- rule sets
        ruleSet("format version 1", r -> r.put("formatVersion", "1"));
        ruleSet("format version 9", r -> r.put("formatVersion", "9"));
        ruleSet("id with capitals", r -> r.put("id", "Mini"));
        ruleSet("unknown key", r -> r.put("titel", "x"));
        ruleSet("option above its maximum", r -> ((ObjectNode) r.at(
                "/sheets/0/parts/0/sections/0/criteria/0/options/1")).put("points", 23));
        ruleSet("option keys out of order", r -> ((ObjectNode) r.at(
                "/sheets/0/parts/0/sections/0/criteria/1/options/1")).put("key", "c"));
        ruleSet("condition on an unknown criterion", r -> ((ObjectNode) r.at(
                "/sheets/0/parts/1/sections/0/criteria/1/applicability")).put("criterion", "9.9"));
        ruleSet("subgroup on an unknown sheet", r -> ((ObjectNode) r.at(
                "/taxonomy/groups/0/categories/0/subgroups/0")).put("sheet", "7"));
        ruleSet("part maxima", r -> ((ObjectNode) r.at("/parts/0")).put("maxPoints", 99));
        ruleSet("unknown enum value", r -> ((ObjectNode) r.at("/parts/0")).put("code", "Z"));
        ruleSet("empty options", r -> ((ArrayNode) r.at("/sheets/0/parts/0/sections/0/criteria/0/options"))
                .removeAll());
        RuleSet mini = RuleSetLoader.load(RuleSetLoaderTest.MINI);
        RuleSet other = RuleSetLoader.parse(utf8(RuleSetLoaderTest.mini().replace("\"title\": \"", "\"title\": \"x")),
                "b.json");
        add("rule sets: one id twice", () -> RuleSets.standard().with(mini, other));
        RuleSet shadow = RuleSetLoader.parse(utf8(RuleSetLoaderTest.mini().replace("\"id\": \"mini\"",
                "\"id\": \"qd-26-2026\"")), "shadow.json");
        add("rule sets: the official id", () -> RuleSets.standard().with(shadow));
        add("rule set: a directory", () -> RuleSetLoader.load(folder));

        // ---- programme rounds
        round("unknown rule set", ROUND.replace("@P@", PRODUCT).replace("qd-1048-2019", "qd-1"));
        round("unknown level", ROUND.replace("@P@", PRODUCT).replace("DISTRICT", "district"));
        round("period reversed", ROUND.replace("@P@", PRODUCT).replace("2024-12-31", "2023-12-31"));
        round("bad date", ROUND.replace("@P@", PRODUCT).replace("2024-12-31", "31/02/2024"));
        round("out of force", ROUND.replace("@P@", PRODUCT.replace("2021-10-15", "2019-05-01")));
        round("total as text", ROUND.replace("@P@", PRODUCT.replace("62.33", "\"62\"")));
        round("total above 100", ROUND.replace("@P@", PRODUCT.replace("62.33", "162")));
        round("stars missing", ROUND.replace("@P@", PRODUCT.replace(",\"stars\":3", "")));
        round("stars as text", ROUND.replace("@P@", PRODUCT.replace("\"stars\":3", "\"stars\":\"3\"")));
        round("stars above the band", ROUND.replace("@P@", PRODUCT.replace("\"stars\":3", "\"stars\":4")));
        round("unknown target kind", ROUND.replace("@P@", PRODUCT).replace("REACHING_STARS", "STARS"));

        // ---- council and score card files
        add("council: another format", () -> OcopJsonReader.council(utf8("{\"format\":\"ocop-plan/1\"}"),
                "hoi-dong.json", RuleSets.standard()));
        add("council: unknown rule set", () -> OcopJsonReader.council(utf8("{\"format\":\"ocop-council/1\","
                + "\"ruleSet\":\"qd-9\"}"), "hoi-dong.json", RuleSets.standard()));
        add("council: not an object", () -> OcopJsonReader.council(utf8("[1, 2]"), "hoi-dong.json",
                RuleSets.standard()));
        add("score card: missing format", () -> OcopJsonReader.scoreCard(utf8("{\"Format\":\"ocop-scorecard/1\"}"),
                "the.json", RuleSets.standard()));
    }

    @Test
    void everyProblemOfTheCorpusIsCodedAndReadsInVietnameseAndInEnglishWithoutInternalIdentifiers()
            throws IOException {
        buildCorpus();
        assertThat(corpus).hasSizeGreaterThan(60);
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, OcopInputException> c : corpus.entrySet()) {
            for (Problem p : c.getValue().problems()) {
                String where = c.getKey() + " " + p.path() + " [" + p.code() + "]: ";
                String vi = p.text(Messages.VIETNAMESE);
                String en = p.text(Locale.ENGLISH);
                if (p.code().equals(Message.TEXT) && !INTENTIONAL_TEXT.contains(c.getKey())) {
                    faults.add(where + "a text given as it is, not a code of a bundle: " + vi);
                }
                if (vi.equals(en)) {
                    faults.add(where + "the same text in Vietnamese and English: " + vi);
                }
                for (String text : List.of(vi, en)) {
                    String unquoted = QUOTED.matcher(text).replaceAll("\"\"");
                    for (Pattern internal : INTERNAL) {
                        if (internal.matcher(unquoted).find()) {
                            faults.add(where + "an internal identifier (" + internal + "): " + text);
                        }
                    }
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    /** Vietnamese letters with their marks: Vietnamese wording has some, English wording none. */
    private static final Pattern VIETNAMESE_LETTERS = Pattern.compile(
            "[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]");

    @Test
    void theCorpusReadsAsVietnameseByDefaultAndAsEnglishInEnglish() throws IOException {
        buildCorpus();
        for (Map.Entry<String, OcopInputException> c : corpus.entrySet()) {
            OcopInputException e = c.getValue();
            assertThat(e.getMessage(Messages.VIETNAMESE)).as(c.getKey()).containsPattern(VIETNAMESE_LETTERS);
            assertThat(e.getMessage(Locale.ENGLISH)).as(c.getKey()).isNotEqualTo(e.getMessage(Messages.VIETNAMESE));
        }
    }

    @Test
    void theEnglishWordingOfEveryKeyIsEnglish() {
        // the arguments (a criterion's title, a file's words) stay as they are; the fixed wording around them is
        // English: no Vietnamese letter outside quotes, but for the name of a decision (QĐ)
        for (Messages bundle : List.of(RulesMessages.BUNDLE, InputValidation.BUNDLE, CoreMessages.BUNDLE)) {
            for (String key : bundle.keys()) {
                String en = QUOTED.matcher(bundle.format(Locale.ENGLISH, key)).replaceAll("\"\"").replace("QĐ", "");
                assertThat(en).as(key).doesNotContainPattern(VIETNAMESE_LETTERS);
                if (bundle.format(Locale.ENGLISH, key).replaceAll("\\{\\d+}", "").chars().noneMatch(Character::isLetter)) {
                    continue; // a pure arrangement of arguments, e.g. "{0} ({1})", has no wording to translate
                }
                assertThat(bundle.format(Locale.ENGLISH, key)).as(key)
                        .isNotEqualTo(bundle.format(Messages.VIETNAMESE, key));
            }
        }
    }

    @Test
    void everyBundleHasTheSameKeysAndPlaceholdersInVietnameseAndEnglish() {
        assertThat(RulesMessages.BUNDLE.faults()).isEmpty();
        assertThat(InputValidation.BUNDLE.faults()).isEmpty();
        assertThat(CoreMessages.BUNDLE.faults()).isEmpty();
        assertThat(RulesMessages.BUNDLE.keys()).contains("read.unknownField", "read.syntax", "validate.partsSum");
    }
}
