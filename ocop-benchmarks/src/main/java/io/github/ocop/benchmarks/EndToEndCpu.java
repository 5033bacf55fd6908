package io.github.ocop.benchmarks;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.EndToEndLevers;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Issue 18, the end-to-end path step by step in CPU time and bytes allocated per operation of the running thread
 * ({@code ThreadMXBean}), for a shared machine where JMH's wall-clock figures are noise: a busy neighbour stretches
 * wall time far more than this thread's CPU time. Not a replacement for JMH on a quiet machine. Run:
 * {@code java -cp ocop-benchmarks/target/benchmarks.jar io.github.ocop.benchmarks.EndToEndCpu [1|largest]}.
 */
public final class EndToEndCpu {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = 200_000;
    private static final int MEASURED = 1_000_000;
    /** Keeps each result reachable so that the JIT cannot drop the work. */
    private static volatile Object sink;

    private EndToEndCpu() {
    }

    /** @param args the sheet: "1" (default) or "largest" (sheet 13, 34 criteria) */
    public static void main(String[] args) {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        String sheetId = args.length > 0 && "largest".equals(args[0]) ? Workloads.largestSheet(rules) : "1";
        ScoringEngine engine = ScoringEngine.of(rules);
        engine.minima(sheetId); // the sheet compiled: its vocabulary resolves the answers as they are read
        byte[] document = EndToEndLevers.document(Workloads.assessment(rules, sheetId, 3));
        Assessment assessment = AssessmentReader.parse(document, "assessment.json");
        ScoreCard card = engine.score(assessment);
        System.out.printf("sheet %s: %d bytes in, %d bytes out%n", sheetId, document.length,
                OcopJson.scoreCardUtf8(card).length);
        measure("read", () -> AssessmentReader.parse(document, "assessment.json"));
        measure("read (no vocab.)", () -> EndToEndLevers.readWithoutVocabulary(document));
        measure("score", () -> engine.score(assessment));
        Assessment lookedUp = EndToEndLevers.readWithoutVocabulary(document);
        measure("score (looked up)", () -> engine.score(lookedUp));
        measure("write (same card)", () -> OcopJson.scoreCardUtf8(card));
        measure("score + write", () -> OcopJson.scoreCardUtf8(engine.score(assessment)));
        measure("endToEnd", () -> OcopJson.scoreCardUtf8(engine.score(AssessmentReader.parse(document,
                "assessment.json"))));
    }

    private static void measure(String step, Supplier<Object> op) {
        for (int k = 0; k < WARM_UP; k++) {
            sink = op.get();
        }
        long thread = Thread.currentThread().getId();
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        long cpu = THREADS.getCurrentThreadCpuTime();
        for (int k = 0; k < MEASURED; k++) {
            sink = op.get();
        }
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        allocated = THREADS.getThreadAllocatedBytes(thread) - allocated;
        System.out.printf("%-18s %,8.0f ns CPU/op %,8.0f B/op%n", step, cpu / (double) MEASURED,
                allocated / (double) MEASURED);
    }
}
