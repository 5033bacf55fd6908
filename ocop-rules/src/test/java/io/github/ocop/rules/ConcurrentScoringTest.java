package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One engine shared by 16 threads gives the same 100,000 score cards as one thread (and the same JSON for a sample of
 * about 1,000 of them), and the same input always gives byte-identical JSON.
 */
class ConcurrentScoringTest {
    private static final int N = 100_000;
    private static final int THREADS = 16;

    static List<Assessment> workload(RuleSet rules, int n) {
        List<Assessment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(GeneratedAssessments.valid(rules, rules.sheets().get(i % rules.sheets().size()), i));
        }
        return out;
    }

    @Test
    void sixteenThreadsScoreExactlyAsOneThreadDoes() throws Exception {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        ScoringEngine engine = ScoringEngine.of(rules);
        List<Assessment> work = workload(rules, N);
        ScoreCard[] serial = new ScoreCard[N];
        for (int i = 0; i < N; i++) {
            serial[i] = engine.score(work.get(i));
        }
        ScoreCard[] parallel = new ScoreCard[N];
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int first = t;
                // interleaved slices: neighbouring assessments (and sheets) are scored by different threads
                done.add(pool.submit(() -> {
                    for (int i = first; i < N; i += THREADS) {
                        parallel[i] = engine.score(work.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < N; i++) {
            assertThat(parallel[i]).isEqualTo(serial[i]);
            assertThat(parallel[i].sections()).isEqualTo(serial[i].sections());
            assertThat(parallel[i].parts()).isEqualTo(serial[i].parts());
        }
        // the workload exercises the whole range, not one outcome
        assertThat(java.util.Arrays.stream(serial).mapToInt(ScoreCard::starsBeforeKnockOuts).distinct().count())
                .isGreaterThanOrEqualTo(3);
        for (int i = 0; i < N; i += 97) {
            assertThat(OcopJson.scoreCard(parallel[i])).isEqualTo(OcopJson.scoreCard(serial[i]));
        }
    }

    @Test
    void theSameInputAlwaysGivesByteIdenticalJson() {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        List<Assessment> work = workload(rules, 500);
        ScoringEngine first = ScoringEngine.of(rules);
        ScoringEngine second = ScoringEngine.of(RuleSetLoader.parse(readBundled(), "copy of qd-26-2026.json"));
        for (Assessment a : work) {
            String json = OcopJson.scoreCard(first.score(a));
            byte[] again = OcopJson.scoreCard(second.score(a)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(again).isEqualTo(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String viaFile = OcopJson.scoreCard(first.score(AssessmentReader.parse(
                    AssessmentFuzzProperties.toJson(a).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "a.json")));
            assertThat(viaFile).isEqualTo(json);
        }
    }

    private static byte[] readBundled() {
        try (var in = RuleSets.class.getResourceAsStream("qd-26-2026.json")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
