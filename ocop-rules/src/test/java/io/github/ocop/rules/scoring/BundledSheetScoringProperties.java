package io.github.ocop.rules.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.testkit.Draws;
import io.github.ocop.rules.RuleSets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring laws over the shipped sheets of the bundled rule sets, with random complete assessments drawn by jqwik
 * ({@link Draws}: a failure shrinks towards the first option of every criterion). Which sheet a try draws is random;
 * {@link EveryBundledSheetScoringTest} covers every sheet on every run.
 */
class BundledSheetScoringProperties {
    private static final List<RuleSet> RULES = RuleSets.standard().ids().stream().map(RuleSets.standard()::get)
            .filter(r -> !r.sheets().isEmpty()).toList();

    private static final Map<String, ScoringEngine> ENGINES = new java.util.concurrent.ConcurrentHashMap<>();

    private static ScoringEngine engine(RuleSet rules) {
        return ENGINES.computeIfAbsent(rules.id(), id -> ScoringEngine.of(rules));
    }

    /** A random complete assessment of a random bundled sheet. */
    record Case(RuleSet rules, ScoringSheet sheet, Assessment assessment) {
        @Override
        public String toString() {
            return rules.id() + " sheet " + sheet.id() + " " + assessment.answers();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Draws.of(120).map(BundledSheetScoringProperties::generate);
    }

    static Case generate(Draws r) {
        RuleSet rules = RULES.get(r.nextInt(RULES.size()));
        ScoringSheet sheet = rules.sheets().get(r.nextInt(rules.sheets().size()));
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            int n = c.options().size() + (c.acceptsNone() ? 1 : 0);
            int i = r.nextInt(n);
            answers.put(c.code(), i < c.options().size() ? c.options().get(i).key() : Assessment.NONE);
        }
        return new Case(rules, sheet, Assessment.of(rules.id(), sheet.id(), Product.named("p"), answers));
    }

    private static int points(Criterion c, String key) {
        return Assessment.NONE.equals(key) ? 0 : c.option(key).orElseThrow().points();
    }

    @Property(tries = 500)
    void totalIsTheSumOfThePartsAndOfTheCriteriaAndWithinTheMaximum(@ForAll("cases") Case k) {
        ScoreCard card = engine(k.rules()).score(k.assessment());
        int parts = card.parts().values().stream().mapToInt(Integer::intValue).sum();
        int criteria = card.criteria().stream().mapToInt(CriterionScore::points).sum();
        assertThat(card.total()).isEqualTo(parts).isEqualTo(criteria).isBetween(0, k.sheet().maxPoints());
        for (PartCode p : PartCode.values()) {
            assertThat(card.part(p)).isLessThanOrEqualTo(k.sheet().part(p).orElseThrow().maxPoints());
        }
        card.criteria().forEach(c -> assertThat(c.points()).isBetween(0, c.maxPoints()));
    }

    @Property(tries = 500)
    void rankNeverExceedsTheBandAndOnlyUnmetMinimaLowerIt(@ForAll("cases") Case k) {
        ScoreCard card = engine(k.rules()).score(k.assessment());
        if (!card.derivedKnockOuts().isEmpty()) {
            // a knock-out that follows from the answers (issue 13): not ranked, whatever the points
            assertThat(card.ranked()).isFalse();
            assertThat(card.stars()).isEmpty();
            return;
        }
        int stars = card.stars().orElseThrow();
        assertThat(stars).isBetween(1, 5).isLessThanOrEqualTo(card.bandStars());
        if (stars < card.bandStars()) {
            assertThat(stars).isGreaterThanOrEqualTo(2);
            assertThat(card.blockingMinimums()).extracting(u -> u.requiredFor()).contains(stars + 1)
                    .allSatisfy(level -> assertThat(level).isGreaterThan(stars));
        }
    }

    @Property(tries = 150)
    void raisingAnyAnswerNeverLowersPointsOrStars(@ForAll("cases") Case k) {
        ScoringEngine engine = engine(k.rules());
        ScoreCard before = engine.score(k.assessment());
        for (Criterion c : k.sheet().criteria()) {
            int current = points(c, k.assessment().answers().get(c.code()));
            for (Option o : c.options()) {
                if (o.points() > current) {
                    ScoreCard after = engine.score(k.assessment().withAnswer(c.code(), o.key()));
                    assertThat(after.total()).as("raising %s to %s", c.code(), o.key())
                            .isGreaterThanOrEqualTo(before.total());
                    // every bundled trigger is a 0-point answer: raising one never knocks a product out, it may
                    // lift a knock-out that followed from the answers
                    if (before.ranked()) {
                        assertThat(after.stars().orElseThrow()).as("raising %s to %s", c.code(), o.key())
                                .isGreaterThanOrEqualTo(before.stars().orElseThrow());
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<Draws> orders() {
        return Draws.of(120);
    }

    @Property(tries = 300)
    void resultsDoNotDependOnTheOrderOfAnswers(@ForAll("cases") Case k, @ForAll("orders") Draws order) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(k.assessment().answers().entrySet());
        order.shuffle(entries);
        Map<String, String> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        ScoringEngine engine = engine(k.rules());
        ScoreCard a = engine.score(k.assessment());
        ScoreCard b = engine.score(Assessment.of(k.rules().id(), k.sheet().id(), Product.named("p"), shuffled));
        assertThat(b.criteria()).isEqualTo(a.criteria());
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.stars()).isEqualTo(a.stars());
        assertThat(b.unmetMinimums()).isEqualTo(a.unmetMinimums());
    }
}
