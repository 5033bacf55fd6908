package io.github.ocop.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.PreparedAssessment;
import io.github.ocop.core.scoring.QuickScore;
import io.github.ocop.core.explain.Explainer;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.council.CouncilEvaluation;
import java.util.List;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.EndToEndLevers;
import io.github.ocop.rules.OcopJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import io.github.ocop.rules.RuleSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Scoring one assessment on a QĐ 26/2026 sheet: the engine (score card only, and score card rendered as JSON, the
 * closest this branch has to "with explanation"), a council of 9 members, an Easy Rules version and a naive
 * JSON-tree walk, all in one run so that their ratios are meaningful on a noisy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
    /** "1" is sheet 1; "largest" is the sheet with the most criteria (sheet 13, 34 criteria). */
    @Param({"1", "largest"})
    public String sheet;

    private ScoringEngine engine;
    private Explainer explainer;
    private Assessment assessment;
    private PreparedAssessment prepared;
    private RuleSet rules;
    private List<Assessment> councilMembers;
    private Assessment[] council;
    private EasyRulesScorer easyRules;
    private NaiveJsonScorer naive;
    private String sheetId;
    private byte[] document;
    private ObjectMapper plainMapper;

    /** Builds the workload and checks that every implementation agrees on it. */
    @Setup
    public void setUp() {
        rules = RuleSets.standard().get("qd-26-2026");
        sheetId = "largest".equals(sheet) ? Workloads.largestSheet(rules) : sheet;
        engine = ScoringEngine.of(rules);
        explainer = Explainer.of(rules);
        assessment = Workloads.assessment(rules, sheetId, 3);
        council = new Assessment[9];
        for (int m = 0; m < council.length; m++) {
            council[m] = Workloads.assessment(rules, sheetId, m);
        }
        prepared = engine.prepare(assessment);
        councilMembers = java.util.Arrays.stream(council).map(a -> new Assessment(a.ruleSet(), a.sheet(),
                io.github.ocop.core.scoring.Product.named("benchmark product"), a.assessor(), a.answers(),
                a.knockOuts())).toList();
        CouncilEvaluation.of(engine, councilMembers);
        easyRules = new EasyRulesScorer(rules, sheetId);
        try (InputStream in = RuleSets.class.getResourceAsStream("qd-26-2026.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            naive = new NaiveJsonScorer(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        plainMapper = new ObjectMapper();
        document = EndToEndLevers.document(assessment);
        if (!Arrays.equals(endToEndNaiveJsonTree(), endToEndEasyRules())) {
            throw new IllegalStateException("the naive and Easy Rules end-to-end versions disagree");
        }
        for (Assessment a : council) {
            ScoreCard card = engine.score(a);
            int[] expected = {card.total(), card.starsBeforeKnockOuts()};
            check("Easy Rules", expected, easyRules.score(a.answers()));
            check("naive", expected, naive.score(sheetId, a.answers()));
        }
    }

    private static void check(String what, int[] expected, int[] actual) {
        if (!Arrays.equals(expected, actual)) {
            throw new IllegalStateException(what + " gives " + Arrays.toString(actual) + ", the engine "
                    + Arrays.toString(expected));
        }
    }

    /** @return the score card */
    @Benchmark
    public ScoreCard engineScore() {
        return engine.score(assessment);
    }

    /**
     * The score card with every view built (criteria, sections, parts are built on first use; this pays for all).
     *
     * @param bh consumes the views
     */
    @Benchmark
    public void engineScoreAllViews(org.openjdk.jmh.infra.Blackhole bh) {
        ScoreCard card = engine.score(assessment);
        bh.consume(card.criteria());
        bh.consume(card.sections());
        bh.consume(card.parts());
    }

    /** @return total and rank of an assessment prepared once (the fast path: no string lookups, no score card) */
    @Benchmark
    public QuickScore preparedQuickScore() {
        return engine.quickScore(prepared);
    }

    /** @return the full score card of an assessment prepared once */
    @Benchmark
    public ScoreCard preparedScore() {
        return engine.score(prepared);
    }

    /**
     * @return the score card and its explanation (every criterion, band and minimum with citations), by an
     *         {@link Explainer} made once per rule set (the way to explain many cards)
     */
    @Benchmark
    public Explanation engineScoreAndExplain() {
        return explainer.explain(engine.score(assessment));
    }

    /** @return the same through {@link Explanation#of}, which builds the sheet's lines on every call */
    @Benchmark
    public Explanation engineScoreAndExplainOneOff() {
        return Explanation.of(rules, engine.score(assessment));
    }

    /** @return the assessment checked and resolved (the part of {@link #engineScore()} before the tally) */
    @Benchmark
    public PreparedAssessment prepare() {
        return engine.prepare(assessment);
    }

    /** @return the explanation of a prepared assessment's fresh score card (no checking, no string lookups) */
    @Benchmark
    public Explanation preparedScoreAndExplain() {
        return explainer.explain(engine.score(prepared));
    }

    /** @return the council evaluation of nine members (means, spread, rank on the means, warnings) */
    @Benchmark
    public CouncilEvaluation councilEvaluation9() {
        return CouncilEvaluation.of(engine, councilMembers);
    }

    /** @return the score card rendered as JSON (the "with explanation"-like cost on this branch) */
    @Benchmark
    public String engineScoreAndJson() {
        return OcopJson.scoreCard(engine.score(assessment));
    }

    /**
     * Nine members' assessments scored and averaged per criterion and in total (2 decimals), then ranked by the
     * mean. There is no council API on this branch: this is the work such an API would do.
     *
     * @return the mean total's band stars plus a checksum of the criterion means
     */
    @Benchmark
    public long council9() {
        ScoreCard[] cards = new ScoreCard[council.length];
        for (int m = 0; m < council.length; m++) {
            cards[m] = engine.score(council[m]);
        }
        int n = cards[0].criteria().size();
        long checksum = 0;
        for (int i = 0; i < n; i++) {
            int sum = 0;
            for (ScoreCard c : cards) {
                CriterionScore s = c.criteria().get(i);
                sum += s.points();
            }
            checksum += BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(cards.length), 2, RoundingMode.HALF_UP)
                    .unscaledValue().longValue();
        }
        int total = 0;
        for (ScoreCard c : cards) {
            total += c.total();
        }
        BigDecimal mean = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(cards.length), 2, RoundingMode.HALF_UP);
        return checksum * 8 + engine.ruleSet().starRanking().starsFor(mean);
    }

    /**
     * Issue 18, the figure users feel: from the bytes of an assessment file to the bytes of its JSON score card, as
     * the library does it: {@code AssessmentReader.parse} (bounded, strict, Bean Validation constraints proven), the
     * engine, {@code OcopJson.scoreCardUtf8}. Each lever alone: {@link EndToEndBenchmark}.
     *
     * @return the score card's JSON
     */
    @Benchmark
    public byte[] endToEnd() {
        return OcopJson.scoreCardUtf8(engine.score(AssessmentReader.parse(document, "assessment.json")));
    }

    /**
     * The naive baseline end to end: a Jackson tree of the document (no validation), the rule set's JSON tree walked,
     * a small JSON object (rule set, sheet, product, total, stars) written through a tree.
     *
     * @return that JSON
     */
    @Benchmark
    public byte[] endToEndNaiveJsonTree() {
        JsonNode doc = readPlain();
        String sheetOf = doc.get("sheet").asText();
        return writePlain(doc, naive.score(sheetOf, answersOf(doc)));
    }

    /** @return the same with the Easy Rules version scoring */
    @Benchmark
    public byte[] endToEndEasyRules() {
        JsonNode doc = readPlain();
        return writePlain(doc, easyRules.score(answersOf(doc)));
    }

    private JsonNode readPlain() {
        try {
            return plainMapper.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> answersOf(JsonNode doc) {
        Map<String, String> answers = new LinkedHashMap<>();
        doc.get("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asText()));
        return answers;
    }

    private byte[] writePlain(JsonNode doc, int[] result) {
        ObjectNode out = plainMapper.createObjectNode();
        out.put("ruleSet", doc.get("ruleSet").asText());
        out.put("sheet", doc.get("sheet").asText());
        out.put("product", doc.get("product").get("name").asText());
        out.put("total", result[0]);
        out.put("stars", result[1]);
        try {
            return plainMapper.writeValueAsBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {total, stars} from the Easy Rules version */
    @Benchmark
    public int[] easyRules() {
        return easyRules.score(assessment.answers());
    }

    /** @return {total, stars} from walking the JSON tree */
    @Benchmark
    public int[] naiveJsonTree() {
        return naive.score(sheetId, assessment.answers());
    }
}
