package io.github.ocop.benchmarks;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;

import java.lang.management.ManagementFactory;

/**
 * Issue 18, fourth pass: the score card writer and the score step in CPU time of the running thread per operation,
 * the three steps taken in turn for 8 rounds of 300,000 operations in one JVM, the best of rounds 3-8 kept: on a
 * shared machine the best round is the one least disturbed by neighbours, and taking the steps in turn spreads a
 * disturbance over all three. The assessment is {@code Workloads.assessment} (its codes are the rule set's own strings,
 * unlike one read from a file: see {@link EndToEndCpu} for that). Run:
 * {@code java -cp ocop-benchmarks/target/benchmarks.jar io.github.ocop.benchmarks.WriterCpu [1|largest]}.
 */
public final class WriterCpu {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int ROUNDS = 8;
    private static final int COUNTED_FROM = 2;
    private static final int PER_ROUND = 300_000;
    /** Keeps each result reachable so that the JIT cannot drop the work. */
    private static volatile Object sink;

    private WriterCpu() {
    }

    /** @param args the sheet: "1" (default) or "largest" (sheet 13, 34 criteria) */
    public static void main(String[] args) {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        String sheetId = args.length > 0 && "largest".equals(args[0]) ? Workloads.largestSheet(rules) : "1";
        ScoringEngine engine = ScoringEngine.of(rules);
        Assessment assessment = Workloads.assessment(rules, sheetId, 3);
        ScoreCard card = engine.score(assessment);
        String[] steps = {"write (same card)", "score", "score + write"};
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            for (int step = 0; step < steps.length; step++) {
                long cpu = THREADS.getCurrentThreadCpuTime();
                for (int k = 0; k < PER_ROUND; k++) {
                    sink = step == 0 ? OcopJson.scoreCardUtf8(card) : step == 1 ? engine.score(assessment)
                            : OcopJson.scoreCardUtf8(engine.score(assessment));
                }
                double ns = (THREADS.getCurrentThreadCpuTime() - cpu) / (double) PER_ROUND;
                if (round >= COUNTED_FROM) {
                    best[step] = Math.min(best[step], ns);
                }
            }
        }
        System.out.printf("sheet %s, best of rounds %d-%d (ns CPU/op):%n", sheetId, COUNTED_FROM + 1, ROUNDS);
        for (int step = 0; step < steps.length; step++) {
            System.out.printf("%-18s %,8.0f%n", steps[step], best[step]);
        }
    }
}
