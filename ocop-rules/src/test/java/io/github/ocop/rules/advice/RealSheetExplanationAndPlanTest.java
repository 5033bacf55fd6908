package io.github.ocop.rules.advice;

import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.advice.ImprovementPlanner;
import io.github.ocop.core.advice.PlannedChange;
import io.github.ocop.core.explain.CriterionLine;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.explain.MinimumLine;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.ExplanationJson;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Explanations and improvement plans on the real sheets of QĐ 26/2026 (sheet 1: fresh produce). */
class RealSheetExplanationAndPlanTest {
    private static final RuleSet RULES = RuleSets.standard().get("qd-26-2026");
    private static final ScoringEngine ENGINE = ScoringEngine.of(RULES);
    private static final ScoringSheet SHEET1 = RULES.sheet("1").orElseThrow();

    static Assessment answering(ScoringSheet sheet, Function<Criterion, String> pick) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            answers.put(c.code(), pick.apply(c));
        }
        return Assessment.of("qd-26-2026", sheet.id(), Product.named("Bưởi da xanh"), answers);
    }

    static String top(Criterion c) {
        return c.options().get(c.options().size() - 1).key();
    }

    static String first(Criterion c) {
        return c.options().get(0).key();
    }

    @Test
    void oneMissingFiveStarMarkIsOneChange() {
        // every top option except 1.3 "a" (1 point): 98 points, but 1.3 c (***** ) is the 5-star minimum
        ScoreCard card = ENGINE.score(answering(SHEET1, c -> c.code().equals("1.3") ? "a" : top(c)));
        assertThat(card.total()).isEqualTo(98);
        assertThat(card.stars()).hasValue(4);
        ImprovementPlan plan = ImprovementPlanner.of(RULES).plan(card, 5);
        assertThat(plan.reachable()).isTrue();
        assertThat(plan.changes()).containsExactly(new PlannedChange("1.3", "a", "c", 1, 3));
        assertThat(plan.result().orElseThrow().stars()).hasValue(5);
        assertThat(ExplanationJson.plan(plan)).contains("\"newStars\" : 5", "\"pointsGained\" : 2", "\"target\" : 5");
    }

    @Test
    void raisingTheStoryMakesItsStructureApplyAndCountsAsAChange() {
        ScoreCard card = ENGINE.score(answering(SHEET1, RealSheetExplanationAndPlanTest::first));
        assertThat(card.criterion("5.2").orElseThrow().applicable()).isFalse();
        ImprovementPlan plan = ImprovementPlanner.of(RULES).plan(card, 4);
        assertThat(plan.reachable()).isTrue();
        // 5.1 e (5 points) is marked **** on sheet 1: raising it makes 5.2 apply, so 5.2 must be answered
        assertThat(plan.changes()).contains(new PlannedChange("5.1", "a", "e", 0, 5));
        assertThat(plan.changes()).anyMatch(c -> c.criterion().equals("5.2") && c.from() == null);
        ScoreCard after = plan.result().orElseThrow();
        assertThat(after.total()).isGreaterThanOrEqualTo(70);
        assertThat(after.unmetMinimums()).allMatch(u -> u.requiredFor() > 4);
        // every minimum for 4 stars or fewer that was unmet is in the plan
        for (MinimumRequirement r : ENGINE.minima("1")) {
            if (r.requiredFor() <= 4 && card.criterion(r.criterion()).orElseThrow().points() < r.requiredPoints()) {
                assertThat(plan.changes()).anyMatch(c -> c.criterion().equals(r.criterion())
                        && c.toPoints() >= r.requiredPoints());
            }
        }
    }

    @Test
    void aKnockOutIsUnreachableWithTheReason() {
        Assessment a = answering(SHEET1, RealSheetExplanationAndPlanTest::top);
        Assessment ko = new Assessment(a.ruleSet(), a.sheet(), a.product(), "", a.answers(), List.of("KO1"));
        ImprovementPlan plan = ImprovementPlanner.of(RULES).plan(ENGINE.score(ko), 3);
        assertThat(plan.reachable()).isFalse();
        assertThat(plan.reason().orElseThrow().code()).isEqualTo("advice.knockOutRecorded");
        assertThat(plan.reason().orElseThrow().format(java.util.Locale.ENGLISH)).contains("knock-out", "Hồ sơ bị loại khi")
                .doesNotContain("KO1");
        assertThat(plan.reason().orElseThrow().toString()).contains("trường hợp bị loại", "Hồ sơ bị loại khi");
        assertThat(ExplanationJson.plan(plan)).contains("\"reachable\" : false", "\"newStars\" : null");
    }

    @Test
    void everySheetOfTheDecisionCanReachFiveStarsFromTheBottomAndThePlanIsValid() {
        for (ScoringSheet s : RULES.sheets()) {
            ScoreCard card = ENGINE.score(answering(s, RealSheetExplanationAndPlanTest::first));
            for (int target = 3; target <= 5; target++) {
                ImprovementPlan plan = ImprovementPlanner.of(RULES).plan(card, target);
                assertThat(plan.reachable()).as("sheet %s target %d: %s", s.id(), target, plan.reason()).isTrue();
                ScoreCard after = ENGINE.score(plan.changedAssessment().orElseThrow());
                assertThat(after.stars().orElseThrow()).isGreaterThanOrEqualTo(target);
                assertThat(plan.changes()).allMatch(c -> c.pointsGained() > 0 || c.from() == null);
            }
        }
    }

    @Test
    void theExplanationCitesTheLawForEveryLineAndMarksMinima() {
        ScoreCard card = ENGINE.score(answering(SHEET1, c -> c.code().equals("1.3") ? "a" : top(c)));
        Explanation e = Explanation.of(RULES, card);
        assertThat(e.criteria()).hasSize(SHEET1.criteria().size());
        CriterionLine l = e.criteria().get(0);
        assertThat(l.code()).isEqualTo("1.1");
        assertThat(l.citation().toString()).isEqualTo("QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số 1, mục 1.1");
        assertThat(l.optionText()).isEqualTo(SHEET1.criterion("1.1").orElseThrow().options().get(2).text());
        assertThat(e.unmetMinima()).extracting(MinimumLine::criterion).containsExactly("1.3");
        MinimumLine m = e.unmetMinima().get(0);
        assertThat(m.option()).isEqualTo("c");
        assertThat(m.optionText()).isEqualTo(SHEET1.criterion("1.3").orElseThrow().option("c").map(Option::text)
                .orElseThrow());
        assertThat(m.blocking()).isTrue();
        assertThat(e.rank().bandStars()).isEqualTo(5);
        assertThat(e.rank().stars()).isEqualTo(4);
        String json = ExplanationJson.explanation(e);
        assertThat(json).contains("\"format\" : \"ocop-explanation/1\"", "\"met\" : false", "\"blocking\" : true",
                "\"bandMinPoints\" : 90", "Phụ lục II, Phiếu số 1, mục 1.3", "\"sourceLine\" : ");
    }
}
