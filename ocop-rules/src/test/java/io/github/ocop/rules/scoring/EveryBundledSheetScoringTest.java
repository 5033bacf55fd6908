package io.github.ocop.rules.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped sheet of every bundled rule set, on every run (the random properties of
 * {@link BundledSheetScoringProperties} draw sheets at random): the best answers, the lowest answers, and every
 * option of every criterion raised alone from the lowest.
 */
class EveryBundledSheetScoringTest {
    private static final Map<String, ScoringEngine> ENGINES = new ConcurrentHashMap<>();

    static Stream<Arguments> sheets() {
        return RuleSets.standard().ids().stream().map(RuleSets.standard()::get)
                .flatMap(r -> r.sheets().stream().map(s -> Arguments.of(r.id(), s.id())));
    }

    private static ScoringEngine engine(RuleSet rules) {
        return ENGINES.computeIfAbsent(rules.id(), id -> ScoringEngine.of(rules));
    }

    /** The band the rule set's data gives a total: how many bands' lower bounds it reaches. */
    private static int band(RuleSet rules, int total) {
        int band = 0;
        for (StarBand b : rules.starRanking().bands()) {
            band += total >= b.minPoints() ? 1 : 0;
        }
        return band;
    }

    private static Assessment assessment(RuleSet rules, ScoringSheet sheet, Map<String, String> answers) {
        return Assessment.of(rules.id(), sheet.id(), Product.named("p"), answers);
    }

    /** Each criterion's answer worth 0: "none" where its ladder starts above 0, else its 0-point option. */
    private static Map<String, String> lowest(ScoringSheet sheet) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            answers.put(c.code(), c.acceptsNone() ? Assessment.NONE
                    : c.options().stream().min(Comparator.comparingInt(Option::points)).orElseThrow().key());
        }
        return answers;
    }

    @ParameterizedTest(name = "{0} sheet {1}")
    @MethodSource("sheets")
    void theBestAnswersScoreTheSheetsMaximumWithEveryMinimumMet(String ruleSet, String sheetId) {
        RuleSet rules = RuleSets.standard().get(ruleSet);
        ScoringSheet sheet = rules.sheet(sheetId).orElseThrow();
        Map<String, String> best = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            best.put(c.code(), c.options().stream().max(Comparator.comparingInt(Option::points)).map(Option::key)
                    .orElse(Assessment.NONE));
        }
        ScoreCard card = engine(rules).score(assessment(rules, sheet, best));
        assertThat(card.total()).isEqualTo(sheet.maxPoints());
        assertThat(card.unmetMinimums()).isEmpty();
        assertThat(card.derivedKnockOuts()).isEmpty();
        assertThat(card.bandStars()).isEqualTo(band(rules, card.total()));
        assertThat(card.stars()).hasValue(card.bandStars());
        if (sheet.deviations().isEmpty()) {
            assertThat(card.total()).isEqualTo(100);
            assertThat(card.stars()).hasValue(5);
        }
    }

    @ParameterizedTest(name = "{0} sheet {1}")
    @MethodSource("sheets")
    void theLowestAnswersScoreNothingAndEachOptionRaisedAloneAddsExactlyItsPoints(String ruleSet, String sheetId) {
        RuleSet rules = RuleSets.standard().get(ruleSet);
        ScoringSheet sheet = rules.sheet(sheetId).orElseThrow();
        ScoringEngine engine = engine(rules);
        Map<String, String> lowest = lowest(sheet);
        ScoreCard floor = engine.score(assessment(rules, sheet, lowest));
        assertThat(floor.total()).isZero();
        assertThat(floor.bandStars()).isEqualTo(1);
        assertThat(floor.starsBeforeKnockOuts()).isEqualTo(1);
        for (Criterion c : sheet.criteria()) {
            for (Option o : c.options()) {
                Map<String, String> raised = new LinkedHashMap<>(lowest);
                raised.put(c.code(), o.key());
                ScoreCard card = engine.score(assessment(rules, sheet, raised));
                CriterionScore score = card.criterion(c.code()).orElseThrow();
                // criteria that apply under a condition on c may start to apply, each at its lowest answer (0 points)
                assertThat(card.total()).as("%s = %s", c.code(), o.key())
                        .isEqualTo(score.applicable() ? o.points() : 0);
                assertThat(card.bandStars()).isEqualTo(band(rules, card.total()));
                assertThat(card.starsBeforeKnockOuts()).isBetween(1, card.bandStars());
                assertThat(card.part(sheet.partOf(c.code()))).isEqualTo(card.total());
            }
        }
    }
}
