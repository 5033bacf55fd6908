package io.github.ocop.rules;

import io.github.ocop.core.testkit.Draws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the assessment reader and the engine: random documents (random codes, keys, types and structures) and
 * random mutations of valid assessments of the real sheets. The only outcomes allowed are a score card or an
 * {@link OcopInputException} naming the source and a JSON path; any other exception fails. 10,100 tries per run.
 * The random choices are jqwik-drawn ({@link Draws}), so a failing document shrinks.
 */
class AssessmentFuzzProperties {
    private static final RuleSets REGISTRY = RuleSets.standard();
    private static final Map<String, ScoringEngine> ENGINES = Map.of(
            "qd-26-2026", ScoringEngine.of(REGISTRY.get("qd-26-2026")),
            "qd-1048-2019", ScoringEngine.of(REGISTRY.get("qd-1048-2019")));
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] WORDS = {"a", "b", "c", "d", "e", "f", "none", "", " ", "A", "1", "1.1", "2.4", "KO1",
        "ruleSet", "sheet", "answers", "qd-26-2026", "qd-1048-2019", "I.1.1", "COOPERATIVE", "ư", "\u0000", "$.x",
        "'", "\"", "\\", "null", "-1", "26", "27", "0"};

    /** Scores a document the way the CLI does: read, pick the engine of its rule set, score, name the file. */
    static Object readAndScore(byte[] doc) {
        try {
            Assessment a = AssessmentReader.parse(doc, "fuzz.json");
            ScoringEngine engine = ENGINES.getOrDefault(a.ruleSet(), ENGINES.get("qd-26-2026"));
            ScoreCard card;
            try {
                card = engine.score(a);
            } catch (OcopInputException e) {
                assertThat(e.source()).isEqualTo("assessment");
                throw e.withSource("fuzz.json"); // as the CLI does: the engine does not know the file
            }
            assertThat(card.total()).isBetween(0, 100);
            assertThat(card.starsBeforeKnockOuts()).isBetween(1, 5);
            return card;
        } catch (OcopInputException e) {
            assertThat(e.source()).isEqualTo("fuzz.json");
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("$"));
            return e;
        }
    }

    @Provide
    Arbitrary<Draws> draws() {
        return Draws.of(300);
    }

    @Property(tries = 5_000)
    void randomDocumentsGiveAScoreCardOrALocatedError(@ForAll("draws") Draws r) {
        ObjectNode doc = F.objectNode();
        if (r.nextInt(10) > 0) {
            doc.set("ruleSet", r.nextInt(4) > 0 ? F.textNode(r.nextBoolean() ? "qd-26-2026" : "qd-1048-2019")
                    : randomValue(r, 2));
        }
        if (r.nextInt(10) > 0) {
            doc.set("sheet", r.nextInt(4) > 0 ? F.textNode(Integer.toString(r.nextInt(28))) : randomValue(r, 2));
        }
        if (r.nextInt(10) > 0) {
            ObjectNode product = F.objectNode();
            product.set("name", r.nextInt(5) > 0 ? F.textNode("p") : randomValue(r, 1));
            if (r.nextBoolean()) {
                ObjectNode s = F.objectNode().put("name", "s").put("type", r.nextBoolean() ? "HOUSEHOLD" : word(r));
                product.set("subject", r.nextInt(5) > 0 ? s : randomValue(r, 1));
            }
            if (r.nextInt(4) == 0) {
                product.set("subgroup", r.nextBoolean() ? F.textNode(word(r)) : randomValue(r, 1));
            }
            doc.set("product", r.nextInt(8) > 0 ? product : randomValue(r, 2));
        }
        if (r.nextInt(8) > 0) {
            ObjectNode answers = F.objectNode();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                String code = r.nextInt(3) > 0 ? (1 + r.nextInt(12)) + "." + (1 + r.nextInt(6)) : word(r);
                answers.set(code, r.nextInt(6) > 0 ? F.textNode(WORDS[r.nextInt(7)]) : randomValue(r, 2));
            }
            doc.set("answers", r.nextInt(10) > 0 ? answers : randomValue(r, 2));
        }
        if (r.nextInt(4) == 0) {
            ArrayNode kos = F.arrayNode();
            for (int i = r.nextInt(3); i > 0; i--) {
                kos.add(r.nextBoolean() ? F.textNode("KO" + r.nextInt(5)) : randomValue(r, 1));
            }
            doc.set("knockOuts", kos);
        }
        for (int i = r.nextInt(3) == 0 ? r.nextInt(3) : 0; i > 0; i--) {
            doc.set(word(r), randomValue(r, 3));
        }
        readAndScore(bytes(r.nextInt(20) == 0 ? randomValue(r, 4) : doc));
    }

    @Property(tries = 5_000)
    void mutatedValidAssessmentsGiveAScoreCardOrALocatedError(@ForAll("draws") Draws r,
                                                              @ForAll @IntRange(min = 1, max = 4) int mutations) {
        RuleSet rules = REGISTRY.get(r.nextInt(4) > 0 ? "qd-26-2026" : "qd-1048-2019");
        ScoringSheet sheet = rules.sheets().get(r.nextInt(rules.sheets().size()));
        Assessment valid = GeneratedAssessments.valid(rules, sheet, r.nextInt(1000));
        ObjectNode doc = toJson(valid);
        boolean textual = false;
        byte[] text = null;
        for (int m = 0; m < mutations; m++) {
            if (textual || r.nextInt(5) == 0) {
                text = mutateText(text == null ? bytes(doc) : text, r);
                textual = true;
            } else {
                mutateTree(doc, sheet, r);
            }
        }
        readAndScore(textual ? text : bytes(doc)); // asserts the outcome: a sane card or a located error
    }

    @Property(tries = 100)
    void unmutatedGeneratedAssessmentsAlwaysScore(@ForAll @IntRange(min = 0, max = 10_000) int variant) {
        RuleSet rules = REGISTRY.get("qd-26-2026");
        ScoringSheet sheet = rules.sheets().get(variant % rules.sheets().size());
        assertThat(readAndScore(bytes(toJson(GeneratedAssessments.valid(rules, sheet, variant)))))
                .isInstanceOf(ScoreCard.class);
    }

    static ObjectNode toJson(Assessment a) {
        ObjectNode o = F.objectNode().put("ruleSet", a.ruleSet()).put("sheet", a.sheet());
        o.putObject("product").put("name", a.product().name());
        o.put("assessor", a.assessor());
        ObjectNode answers = o.putObject("answers");
        a.answers().forEach(answers::put);
        return o;
    }

    private static void mutateTree(ObjectNode doc, ScoringSheet sheet, Draws r) {
        JsonNode node = doc.get("answers");
        ObjectNode answers = node instanceof ObjectNode on ? on : doc.putObject("answers");
        List<Criterion> cs = sheet.criteria();
        Criterion c = cs.get(r.nextInt(cs.size()));
        switch (r.nextInt(10)) {
            case 0 -> answers.remove(c.code());
            case 1 -> answers.put(c.code(), WORDS[r.nextInt(WORDS.length)]);
            case 2 -> answers.set(c.code(), randomValue(r, 2));
            case 3 -> answers.put(word(r), "a");
            case 4 -> doc.put("sheet", Integer.toString(1 + r.nextInt(27)));
            case 5 -> doc.put("ruleSet", r.nextBoolean() ? "qd-1048-2019" : word(r));
            case 6 -> doc.putArray("knockOuts").add(r.nextBoolean() && !sheet.knockOuts().isEmpty()
                    ? sheet.knockOuts().get(r.nextInt(sheet.knockOuts().size())).id() : word(r));
            case 7 -> {
                if (doc.get("product") instanceof ObjectNode product) {
                    product.put("subgroup", word(r));
                }
            }
            case 8 -> doc.set(randomField(doc, r), randomValue(r, 2));
            default -> answers.put(c.code(), c.options().isEmpty() ? "a"
                    : c.options().get(r.nextInt(c.options().size())).key());
        }
    }

    private static String randomField(ObjectNode doc, Draws r) {
        Iterator<String> names = doc.fieldNames();
        String pick = "extra";
        for (int i = r.nextInt(doc.size() + 1); i >= 0 && names.hasNext(); i--) {
            pick = names.next();
        }
        return pick;
    }

    private static byte[] mutateText(byte[] in, Draws r) {
        if (in.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        int at = r.nextInt(in.length);
        byte[] out;
        switch (r.nextInt(5)) {
            case 0 -> out = java.util.Arrays.copyOf(in, at);
            case 1 -> {
                out = in.clone();
                out[at] = (byte) r.nextInt(256);
            }
            case 2 -> {
                int len = Math.min(in.length - at, 1 + r.nextInt(8));
                out = new byte[in.length - len];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + len, out, at, in.length - at - len);
            }
            case 3 -> {
                String alphabet = "{}[]\",:0123456789.-+eE ntfu\\";
                byte[] ins = (alphabet.charAt(r.nextInt(alphabet.length())) + "").getBytes(StandardCharsets.UTF_8);
                out = new byte[in.length + ins.length];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(ins, 0, out, at, ins.length);
                System.arraycopy(in, at, out, at + ins.length, in.length - at);
            }
            default -> {
                int b = r.nextInt(in.length);
                out = in.clone();
                out[at] = in[b];
                out[b] = in[at];
            }
        }
        return out;
    }

    private static String word(Draws r) {
        if (r.nextInt(4) == 0) {
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                s.append((char) (r.nextBoolean() ? 32 + r.nextInt(95) : r.nextInt(0x3000)));
            }
            return s.toString();
        }
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static JsonNode randomValue(Draws r, int depth) {
        int k = r.nextInt(depth > 0 ? 9 : 7);
        return switch (k) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> F.numberNode(r.nextInt());
            case 3 -> F.numberNode(r.nextDouble() * 1e6);
            case 4 -> F.numberNode(java.math.BigInteger.valueOf(r.nextLong()).shiftLeft(136)
                    .add(java.math.BigInteger.valueOf(r.nextLong())));
            case 5, 6 -> F.textNode(word(r));
            case 7 -> {
                ArrayNode a = F.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(randomValue(r, depth - 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = F.objectNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.set(word(r), randomValue(r, depth - 1));
                }
                yield o;
            }
        };
    }

    private static byte[] bytes(JsonNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
