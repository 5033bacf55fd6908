package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.internal.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: the fast paths (the one-pass assessment reader, the fragment-based score card writer) give exactly what
 * the strict reader and the Jackson tree writer give: the same assessment or the same located message, the same
 * bytes. On every bundled example, on generated assessments of every sheet of both bundled rule sets (with knock-outs,
 * warnings, unmet minima, escapes and characters of every kind) and on byte mutations of them.
 */
class FastPathEquivalenceTest {
    private static final Path EXAMPLES = Path.of("../ocop-samples/examples");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void everyBundledExampleReadsAndWritesTheSameWayOnBothPaths() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        // the examples include a sample --rules-file and an assessment scored against it
        RuleSets registry = RuleSets.standard().with(RuleSetLoader.load(EXAMPLES.resolve(
                "rules-file/qd-26-2026-tinh-vi-du.json")));
        int scored = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            Object fast = outcome(() -> AssessmentReader.parse(bytes, f.toString()));
            assertThat(fast).as(f.toString()).isEqualTo(outcome(() -> AssessmentReader.parseStrictly(bytes, f.toString())));
            if (fast instanceof Assessment a) {
                assertThat(AssessmentFastPath.read(bytes)).as("read by the fast path: " + f).isNotNull();
                ScoreCard card = ScoringEngine.of(registry.get(a.ruleSet())).score(a);
                assertSameJson(card);
                scored++;
            }
        }
        assertThat(scored).as("example assessments scored").isGreaterThanOrEqualTo(14);
    }

    @Test
    void generatedAssessmentsOfEverySheetReadAndWriteTheSameWayOnBothPaths() {
        Random random = new Random(18);
        int checked = 0;
        for (String id : List.of("qd-26-2026", "qd-1048-2019")) {
            RuleSet rules = RuleSets.standard().get(id);
            ScoringEngine engine = ScoringEngine.of(rules);
            for (ScoringSheet sheet : rules.sheets()) {
                for (int variant = 0; variant < 40; variant++) {
                    Assessment a = decorate(GeneratedAssessments.valid(rules, sheet, variant), sheet, variant, random);
                    byte[] doc = document(a, variant).getBytes(StandardCharsets.UTF_8);
                    Object strict = outcome(() -> AssessmentReader.parseStrictly(doc, "generated.json"));
                    assertThat(outcome(() -> AssessmentReader.parse(doc, "generated.json"))).isEqualTo(strict);
                    if (strict instanceof Assessment read) {
                        assertThat(read.answers()).isEqualTo(a.answers());
                        assertThat(read.product()).isEqualTo(a.product());
                        assertThat(read.knockOuts()).isEqualTo(a.knockOuts());
                        Object card = outcome(() -> engine.score(read));
                        if (card instanceof ScoreCard c) {
                            assertSameJson(c);
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void byteMutationsGiveTheSameAssessmentOrTheSameMessageOnBothPaths() {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        Random random = new Random(1818);
        String[] inserts = {"\"", "\\", "\\n", "\\u0041", "{", "}", "[", "]", ",", ":", " ", "\t", "\n", "null", "1",
                "-0.5e3", "true", "\"x\"", "\"note\":\"n\",", "\"answers\":{},", "\u0000", "\u00e9", "\u200b", "\uFEFF",
                "\"1.1\":\"a\",", "\"knockOuts\":[\"KO1\"],", "/*c*/"};
        byte[][] raw = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}};
        int fastAccepted = 0;
        for (int t = 0; t < 6_000; t++) {
            ScoringSheet sheet = rules.sheets().get(random.nextInt(rules.sheets().size()));
            Assessment a = decorate(GeneratedAssessments.valid(rules, sheet, t), sheet, t, random);
            byte[] doc = document(a, t).getBytes(StandardCharsets.UTF_8);
            int cuts = 1 + random.nextInt(3);
            for (int c = 0; c < cuts; c++) {
                int at = random.nextInt(doc.length + 1);
                byte[] piece;
                switch (random.nextInt(6)) {
                    case 0 -> doc = java.util.Arrays.copyOf(doc, at); // truncate
                    case 1 -> doc = splice(doc, at, Math.min(doc.length, at + 1 + random.nextInt(4)), new byte[0]);
                    case 2 -> {
                        if (doc.length > 0) {
                            doc[Math.min(at, doc.length - 1)] ^= (byte) (1 << random.nextInt(8));
                        }
                    }
                    case 3 -> doc = splice(doc, at, at, raw[random.nextInt(raw.length)]);
                    default -> {
                        piece = inserts[random.nextInt(inserts.length)].getBytes(StandardCharsets.UTF_8);
                        doc = splice(doc, at, at, piece);
                    }
                }
            }
            byte[] mutated = doc;
            Object strict = outcome(() -> AssessmentReader.parseStrictly(mutated, "mutated.json"));
            assertThat(outcome(() -> AssessmentReader.parse(mutated, "mutated.json")))
                    .as(new String(mutated, StandardCharsets.UTF_8)).isEqualTo(strict);
            if (AssessmentFastPath.read(mutated) != null) {
                fastAccepted++;
            }
        }
        assertThat(fastAccepted).as("mutations that stay valid and plain (whitespace, notes, ...)").isGreaterThan(100);
    }

    @Test
    void stringsOfEveryKindAreEscapedAsJacksonDoes() {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        ScoringEngine engine = ScoringEngine.of(rules);
        ScoringSheet sheet = rules.sheets().get(0);
        Assessment base = GeneratedAssessments.valid(rules, sheet, 1);
        StringBuilder all = new StringBuilder("x");
        for (char c = 0; c < 0x800; c++) {
            all.append(c);
        }
        List<String> names = List.of(all.toString(), "Bưởi \"da\" \\ xanh\t\n", "\uD83C\uDF4A cam", "\u2028\u2029\uFFFF",
                "lone \uD800 high", "lone \uDC00 low", "end \uD83C");
        for (String name : names) {
            Assessment a = new Assessment(base.ruleSet(), base.sheet(), Product.named(name), name, base.answers(),
                    base.knockOuts());
            assertSameJson(engine.score(a));
        }
    }

    @Test
    void aRuleSetOfOnesOwnKeepsItsNotOfficialMarkOnTheFastWriter() throws IOException {
        RuleSet mini = RuleSetLoader.load(RuleSetLoaderTest.MINI);
        Map<String, String> answers = new LinkedHashMap<>();
        for (String code : List.of("1.1", "1.2", "2.1", "3")) {
            answers.put(code, "a");
        }
        ScoreCard card = ScoringEngine.of(mini).score(new Assessment("mini", "1", Product.named("p"), "m", answers,
                List.of()));
        assertSameJson(card);
        assertThat(OcopJson.scoreCard(card)).contains("\"officialRuleSet\":false");
    }

    @Test
    void manyThreadsReadingAndWritingAtOnceGetWhatTheStrictReaderAndTheTreeWriterGiveOnOneThread() throws Exception {
        // the reader's table of shared strings and the writer's per-sheet lines and per-thread buffers are shared
        // state: under contention every card must still have the bytes of the tree written from the strict read
        List<byte[]> docs = new ArrayList<>();
        List<byte[]> expected = new ArrayList<>();
        Random random = new Random(180);
        for (String id : List.of("qd-26-2026", "qd-1048-2019")) {
            RuleSet rules = RuleSets.standard().get(id);
            ScoringEngine engine = ScoringEngine.of(rules);
            for (ScoringSheet sheet : rules.sheets()) {
                for (int variant = 0; variant < 6; variant++) {
                    Assessment a = decorate(GeneratedAssessments.valid(rules, sheet, variant), sheet, variant, random);
                    byte[] doc = document(a, variant).getBytes(StandardCharsets.UTF_8);
                    Object card = outcome(() -> engine.score(AssessmentReader.parseStrictly(doc, "generated.json")));
                    if (card instanceof ScoreCard c) {
                        docs.add(doc);
                        expected.add(Json.compact(OcopJson.scoreCardNode(c)).getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(docs).hasSizeGreaterThan(200);
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    // each thread its own engines (so lines written by another engine's equal scores are met too)
                    Map<String, ScoringEngine> engines = new java.util.HashMap<>();
                    int checked = 0;
                    for (int round = 0; round < 3; round++) {
                        for (int k = 0; k < docs.size(); k++) {
                            int d = (k * 7 + offset * 31 + round) % docs.size();
                            Assessment a = AssessmentReader.parse(docs.get(d), "generated.json");
                            ScoreCard card = engines.computeIfAbsent(a.ruleSet(),
                                    r -> ScoringEngine.of(RuleSets.standard().get(r))).score(a);
                            assertThat(OcopJson.scoreCardUtf8(card)).isEqualTo(expected.get(d));
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (java.util.concurrent.Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(3 * docs.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSameJson(ScoreCard card) {
        String tree = Json.compact(OcopJson.scoreCardNode(card));
        assertThat(OcopJson.scoreCard(card)).isEqualTo(tree);
        assertThat(OcopJson.scoreCardUtf8(card)).isEqualTo(tree.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a subject, subgroup-free product names with accents, knock-outs and an ignored answer now and then. */
    private static Assessment decorate(Assessment a, ScoringSheet sheet, int variant, Random random) {
        Subject subject = variant % 3 == 0 ? null : new Subject("HTX Nông nghiệp " + variant,
                SubjectType.values()[variant % SubjectType.values().length]);
        List<String> knockOuts = new ArrayList<>();
        if (variant % 5 == 1 && !sheet.knockOuts().isEmpty()) {
            knockOuts.add(sheet.knockOuts().get(random.nextInt(sheet.knockOuts().size())).id());
        }
        Map<String, String> answers = new LinkedHashMap<>(a.answers());
        if (variant % 7 == 2) {
            // answer every criterion, so a conditional one that does not apply gives a warning
            sheet.criteria().forEach(c -> answers.putIfAbsent(c.code(), c.options().isEmpty() ? Assessment.NONE
                    : c.options().get(0).key()));
        }
        String name = switch (variant % 4) {
            case 0 -> "Bưởi da xanh " + variant;
            case 1 -> "Ớt \"cay\" \\ " + variant;
            case 2 -> "\uD83C\uDF4A Cam " + variant;
            default -> "Mật ong\u00a0rừng " + variant;
        };
        return new Assessment(a.ruleSet(), a.sheet(), new Product(name, subject, null), a.assessor(), answers,
                knockOuts);
    }

    /** The assessment as a file, with the optional fields present or absent by variant. */
    private static String document(Assessment a, int variant) {
        ObjectNode o = F.objectNode();
        if (variant % 2 == 0) {
            o.put("$schema", "https://example.org/assessment.schema.json");
        }
        o.put("ruleSet", a.ruleSet());
        o.put("sheet", a.sheet());
        ObjectNode p = o.putObject("product");
        p.put("name", a.product().name());
        java.util.Optional.ofNullable(a.product().subject()).ifPresent(s -> {
            ObjectNode n = p.putObject("subject");
            n.put("name", s.name());
            n.put("type", s.type().name());
        });
        if (variant % 3 != 1) {
            o.put("assessor", a.assessor());
        }
        ObjectNode answers = o.putObject("answers");
        a.answers().forEach(answers::put);
        if (!a.knockOuts().isEmpty() || variant % 4 == 3) {
            ArrayNode k = o.putArray("knockOuts");
            a.knockOuts().forEach(k::add);
        }
        if (variant % 5 == 0) {
            o.put("note", "ví dụ " + variant);
        }
        return variant % 2 == 0 ? Json.pretty(o) : Json.compact(o);
    }

    private static byte[] splice(byte[] doc, int from, int to, byte[] insert) {
        byte[] out = new byte[doc.length - (to - from) + insert.length];
        System.arraycopy(doc, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(doc, to, out, from + insert.length, doc.length - to);
        return out;
    }

    /** @return the assessment read, or the message of the refusal */
    private static Object outcome(java.util.function.Supplier<?> read) {
        try {
            return read.get();
        } catch (OcopInputException e) {
            return "refused: " + e.getMessage();
        }
    }
}
