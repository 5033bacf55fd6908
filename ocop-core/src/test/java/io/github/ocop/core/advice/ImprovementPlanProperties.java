package io.github.ocop.core.advice;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.testkit.Draws;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The improvement plan is optimal: on generated sheets of at most 8 criteria it has exactly as many changes, and
 * adds exactly as many points, as the best of all raise combinations found by brute force (each rescored by the
 * scoring engine, an independent oracle), and it is reachable exactly when brute force finds a combination.
 */
class ImprovementPlanProperties {

    @Provide
    Arbitrary<PlanFixtures.Case> cases() {
        return Draws.of(120).map(PlanFixtures::generate);
    }

    /** The best plan brute force finds: fewest changes, then fewest points added; null when none reaches. */
    record Best(int changes, int gain) {
    }

    @Property(tries = 400)
    void planMatchesBruteForce(@ForAll("cases") PlanFixtures.Case c, @ForAll @IntRange(min = 1, max = 5) int target) {
        ScoringEngine engine = ScoringEngine.of(c.rules());
        ScoreCard card = engine.score(c.assessment());
        ImprovementPlan plan = ImprovementPlanner.of(c.rules()).plan(card, target);
        Best best = bruteForce(engine, card, target);
        Statistics.collect(best == null ? "unreachable" : best.changes() == 0 ? "already" : "reachable by raises");
        if (best == null) {
            assertThat(plan.reachable()).as("%s target %d: %s", c.draws(), target, plan).isFalse();
            assertThat(plan.reason()).isPresent();
            assertThat(plan.changes()).isEmpty();
            return;
        }
        assertThat(plan.reachable()).as("%s target %d: %s", c.draws(), target, plan.reason()).isTrue();
        assertThat(plan.changes()).as("%s target %d", c.draws(), target).hasSize(best.changes());
        assertThat(plan.pointsAdded()).as("%s target %d", c.draws(), target).isEqualTo(best.gain());
        // the plan is valid: rescoring its changed assessment reaches the target by raises only
        ScoreCard after = engine.score(plan.changedAssessment().orElseThrow());
        assertThat(after.stars().orElse(0)).isGreaterThanOrEqualTo(target);
        assertThat(after.total()).isEqualTo(card.total() + plan.pointsAdded());
        for (PlannedChange ch : plan.changes()) {
            assertThat(ch.pointsGained() > 0 || ch.from() == null).as("raise only: %s", ch).isTrue();
            assertThat(after.criterion(ch.criterion()).orElseThrow().points()).isEqualTo(ch.toPoints());
        }
    }

    @Property(tries = 100)
    void aKnockOutMakesEveryTargetUnreachable(@ForAll("cases") PlanFixtures.Case c,
                                              @ForAll @IntRange(min = 1, max = 5) int target) {
        Assessment ko = new Assessment("test", "G", c.assessment().product(), "", c.assessment().answers(),
                List.of("KO1"));
        ImprovementPlan plan = ImprovementPlanner.of(c.rules()).plan(ScoringEngine.of(c.rules()).score(ko), target);
        assertThat(plan.reachable()).isFalse();
        assertThat(plan.reason().orElseThrow().code()).isEqualTo("advice.knockOutRecorded");
        assertThat(plan.reason().orElseThrow().format(java.util.Locale.ENGLISH)).contains("knock-out");
    }

    private static Best bruteForce(ScoringEngine engine, ScoreCard card, int target) {
        if (!card.knockOuts().isEmpty()) {
            return null;
        }
        List<Criterion> criteria = c(engine, card);
        List<List<String>> candidates = new ArrayList<>();
        for (Criterion cr : criteria) {
            CriterionScore cs = card.criterion(cr.code()).orElseThrow();
            Set<String> keys = new LinkedHashSet<>();
            keys.add(card.assessment().answers().get(cr.code()));
            for (Option o : cr.options()) {
                if (!cs.applicable() || o.points() > cs.points()) {
                    keys.add(o.key());
                }
            }
            if (!cs.applicable() && cr.acceptsNone()) {
                keys.add(Assessment.NONE);
            }
            candidates.add(new ArrayList<>(keys));
        }
        Best[] best = {null};
        enumerate(0, criteria, candidates, card.assessment(), engine, card, target, best);
        return best[0];
    }

    private static List<Criterion> c(ScoringEngine engine, ScoreCard card) {
        return engine.ruleSet().sheet(card.sheetId()).orElseThrow().criteria();
    }

    private static void enumerate(int i, List<Criterion> criteria, List<List<String>> candidates, Assessment a,
                                  ScoringEngine engine, ScoreCard card, int target, Best[] best) {
        if (i == criteria.size()) {
            ScoreCard after;
            try {
                after = engine.score(a);
            } catch (OcopInputException e) {
                return; // a criterion came to apply without an answer
            }
            if (after.stars().orElse(0) < target) {
                return;
            }
            int changes = 0;
            for (CriterionScore now : after.criteria()) {
                CriterionScore before = card.criterion(now.code()).orElseThrow();
                if (now.applicable() && (!before.applicable() || !now.answer().equals(before.answer()))) {
                    changes++;
                }
            }
            int gain = after.total() - card.total();
            if (best[0] == null || changes < best[0].changes()
                    || (changes == best[0].changes() && gain < best[0].gain())) {
                best[0] = new Best(changes, gain);
            }
            return;
        }
        for (String key : candidates.get(i)) {
            Assessment next = key == null ? a : a.withAnswer(criteria.get(i).code(), key);
            enumerate(i + 1, criteria, candidates, next, engine, card, target, best);
        }
    }
}
