package io.github.ocop.benchmarks;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.EndToEndLevers;
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

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Issue 18, each lever of the end-to-end path alone (bytes of an assessment file to bytes of its score card), from
 * the path before issue 18 ({@link #l0StrictReadTreeWrite}) to the one the library takes ({@link #endToEnd}), and
 * each step alone. {@link ScoringBenchmark} has {@code endToEnd} beside the naive and Easy Rules versions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EndToEndBenchmark {
    /** "1" is sheet 1; "largest" is the sheet with the most criteria (sheet 13, 34 criteria). */
    @Param({"1", "largest"})
    public String sheet;

    private ScoringEngine engine;
    private byte[] document;
    private Assessment assessment;
    private ScoreCard card;

    /** Builds the document and checks that every path gives the same bytes. */
    @Setup
    public void setUp() {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        String sheetId = "largest".equals(sheet) ? Workloads.largestSheet(rules) : sheet;
        engine = EndToEndLevers.engine(rules);
        engine.minima(sheetId); // the sheet compiled: its vocabulary resolves the answers as they are read
        document = EndToEndLevers.document(Workloads.assessment(rules, sheetId, 3));
        assessment = EndToEndLevers.read(document);
        card = engine.score(assessment);
        byte[] expected = l0StrictReadTreeWrite();
        for (byte[] b : new byte[][] {l1TreeReadWithoutBeanValidation(), l2OnePassReadTreeWrite(),
                l3OnePassReadStreamingWrite(), l4AnswersLookedUpByTheEngine(), endToEnd()}) {
            if (!Arrays.equals(expected, b)) {
                throw new IllegalStateException("a path writes other bytes");
            }
        }
    }

    /** @return before issue 18: strict read (tree, Bean Validation), score, Jackson tree writer */
    @Benchmark
    public byte[] l0StrictReadTreeWrite() {
        return EndToEndLevers.writeTree(engine.score(EndToEndLevers.readStrictly(document)));
    }

    /** @return lever "validation not repeated": the strict read without its Bean Validation pass */
    @Benchmark
    public byte[] l1TreeReadWithoutBeanValidation() {
        return EndToEndLevers.writeTree(engine.score(EndToEndLevers.readTreeWithoutBeanValidation(document)));
    }

    /** @return lever "no tree": the one-pass read (which proves the constraints as it reads), tree writer */
    @Benchmark
    public byte[] l2OnePassReadTreeWrite() {
        return EndToEndLevers.writeTree(engine.score(EndToEndLevers.read(document)));
    }

    /** @return lever "streaming write": one-pass read, every field of the card encoded to bytes on every card */
    @Benchmark
    public byte[] l3OnePassReadStreamingWrite() {
        return EndToEndLevers.writeStreaming(engine.score(EndToEndLevers.read(document)));
    }

    /**
     * @return the library's path with the answers looked up by the engine (before the lever "answers resolved while
     * read": criterion and option indexes found from the bytes by the sheet's vocabulary)
     */
    @Benchmark
    public byte[] l4AnswersLookedUpByTheEngine() {
        return EndToEndLevers.writeFragments(engine.score(EndToEndLevers.readWithoutVocabulary(document)));
    }

    /** @return lever "per-sheet fragments": the library's path ({@code AssessmentReader.parse}, score, {@code OcopJson.scoreCardUtf8}) */
    @Benchmark
    public byte[] endToEnd() {
        return EndToEndLevers.writeFragments(engine.score(EndToEndLevers.read(document)));
    }

    /** @return the strict read alone */
    @Benchmark
    public Assessment stepReadStrict() {
        return EndToEndLevers.readStrictly(document);
    }

    /** @return the one-pass read alone */
    @Benchmark
    public Assessment stepReadOnePass() {
        return EndToEndLevers.read(document);
    }

    /** @return the one-pass read alone, the answers not resolved while read */
    @Benchmark
    public Assessment stepReadOnePassWithoutVocabulary() {
        return EndToEndLevers.readWithoutVocabulary(document);
    }

    /** @return scoring alone (the answers resolved while read) */
    @Benchmark
    public ScoreCard stepScore() {
        return engine.score(assessment);
    }

    /** @return the tree writer alone (a fresh card each time: its views are built on first use) */
    @Benchmark
    public byte[] stepWriteTree() {
        return EndToEndLevers.writeTree(engine.score(assessment));
    }

    /** @return the streaming writer with fragments alone (a fresh card each time) */
    @Benchmark
    public byte[] stepWriteFragments() {
        return EndToEndLevers.writeFragments(engine.score(assessment));
    }
}
