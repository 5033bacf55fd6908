package io.github.ocop.core.scoring;

import io.github.ocop.core.model.PartCode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link ScoreCard} builds its per-criterion, per-section, per-part and unmet-minimum views on first use. One card
 * is read by many threads released at the same instant, each asking for the views in its own order, on many fresh
 * cards: every thread must see complete views equal to the values worked out by hand.
 */
class ScoreCardConcurrencyTest {
    private static final int THREADS = 16;
    private static final int CARDS = 300;

    /** What one thread saw of a card. */
    record Seen(List<CriterionScore> criteria, Map<String, Integer> sections, Map<PartCode, Integer> parts,
                List<String> unmet, List<String> blocking, CriterionScore criterion22, int hash) {
    }

    @Test
    void oneCardReadByManyThreadsAtOnceShowsEveryThreadTheSameCompleteViews() throws Exception {
        ScoringEngine engine = ScoringEngine.of(Fixtures.ruleSet());
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("1.1", "a");
        answers.put("1.2", "b");
        answers.put("2.1", "c");
        answers.put("2.2", "b");
        answers.put("3", "b");
        Assessment a = Assessment.of("test", "T", Product.named("p"), answers);
        // by hand from Fixtures.ruleSet(): 1.1 a = 0, 1.2 b = 20, 2.1 c = 15, 2.2 b = 10 (2.1 is not a), 3 b = 20
        List<CriterionScore> criteria = List.of(
                new CriterionScore("1.1", PartCode.A, "a", 0, 20, true),
                new CriterionScore("1.2", PartCode.A, "b", 20, 20, true),
                new CriterionScore("2.1", PartCode.B, "c", 15, 15, true),
                new CriterionScore("2.2", PartCode.B, "b", 10, 10, true),
                new CriterionScore("3", PartCode.C, "b", 20, 35, true));
        Map<String, Integer> sections = Map.of("1", 20, "2", 25, "3", 20);
        Map<PartCode, Integer> parts = Map.of(PartCode.A, 20, PartCode.B, 25, PartCode.C, 20);
        // 65 points: band 3 (50..69); 1.1 misses its *** mark (b, 10), 3 misses **** (c, 30) and ***** (d, 35)
        List<String> unmet = List.of("1.1@3", "3@4", "3@5");
        List<String> blocking = List.of("1.1@3");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < CARDS; round++) {
                ScoreCard card = engine.score(a);
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<Seen>> seen = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int order = t;
                    seen.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return read(card, order);
                    }));
                }
                for (Future<Seen> f : seen) {
                    Seen s = f.get(30, TimeUnit.SECONDS);
                    assertThat(s.criteria()).as("round %d", round).isEqualTo(criteria);
                    assertThat(s.sections()).as("round %d", round).isEqualTo(sections);
                    assertThat(s.sections().keySet()).as("printed order").containsExactly("1", "2", "3");
                    assertThat(s.parts()).as("round %d", round).isEqualTo(parts);
                    assertThat(s.unmet()).as("round %d", round).isEqualTo(unmet);
                    assertThat(s.blocking()).as("round %d", round).isEqualTo(blocking);
                    assertThat(s.criterion22()).isEqualTo(criteria.get(3));
                    assertThat(s.hash()).isEqualTo(seen.get(0).get().hash());
                }
                assertThat(card.total()).isEqualTo(65);
                assertThat(card.bandStars()).isEqualTo(3);
                assertThat(card.stars()).hasValue(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads every lazy view, starting with a different one per thread. */
    private static Seen read(ScoreCard card, int order) {
        Object[] views = new Object[4];
        for (int i = 0; i < 4; i++) {
            int v = (order + i) % 4;
            views[v] = switch (v) {
                case 0 -> card.criteria();
                case 1 -> card.sections();
                case 2 -> card.parts();
                default -> card.unmetMinimums();
            };
        }
        @SuppressWarnings("unchecked")
        List<CriterionScore> criteria = List.copyOf((List<CriterionScore>) views[0]);
        @SuppressWarnings("unchecked")
        Map<String, Integer> sections = new LinkedHashMap<>((Map<String, Integer>) views[1]);
        @SuppressWarnings("unchecked")
        Map<PartCode, Integer> parts = Map.copyOf((Map<PartCode, Integer>) views[2]);
        @SuppressWarnings("unchecked")
        List<String> unmet = ((List<UnmetMinimum>) views[3]).stream()
                .map(u -> u.criterion() + "@" + u.requiredFor()).toList();
        List<String> blocking = card.blockingMinimums().stream().map(u -> u.criterion() + "@" + u.requiredFor())
                .toList();
        return new Seen(criteria, sections, parts, unmet, blocking, card.criterion("2.2").orElseThrow(),
                card.hashCode());
    }
}
