package io.github.ocop.rules;

import io.github.ocop.core.explain.Explainer;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An {@link Explainer} (lines built once per sheet and shared) and {@link Explanation#of} (lines built per call) each
 * explain every card of every bundled sheet as the card's own figures and the sheet's printed text say: criteria,
 * parts, minima met and unmet, blocking, rank. Both build their lines with the same SheetLines, so comparing one with
 * the other would prove nothing; each is compared with the oracle instead.
 */
class ExplainerTest {
    private static List<ScoreCard> cards(RuleSet rules, ScoringEngine engine) {
        List<ScoreCard> cards = new ArrayList<>();
        for (ScoringSheet sheet : rules.sheets()) {
            for (int v = 0; v < 12; v++) {
                cards.add(engine.score(GeneratedAssessments.valid(rules, sheet, v)));
            }
            // "none" wherever the sheet accepts it, and a knock-out when the sheet prints one
            Assessment a = GeneratedAssessments.valid(rules, sheet, 5);
            Map<String, String> answers = new LinkedHashMap<>(a.answers());
            for (Criterion c : sheet.criteria()) {
                if (c.acceptsNone() && answers.containsKey(c.code())) {
                    answers.put(c.code(), Assessment.NONE);
                }
            }
            List<String> kos = sheet.knockOuts().isEmpty() ? List.of() : List.of(sheet.knockOuts().get(0).id());
            cards.add(engine.score(new Assessment(a.ruleSet(), a.sheet(), a.product(), a.assessor(), answers, kos)));
        }
        return cards;
    }

    @Test
    void explainsEveryBundledSheetAsTheCardAndTheSheetSayOnBothPaths() {
        int explained = 0;
        int unmet = 0;
        int blocking = 0;
        for (String id : RuleSets.standard().ids()) {
            RuleSet rules = RuleSets.standard().get(id);
            ScoringEngine engine = ScoringEngine.of(rules);
            Explainer explainer = Explainer.of(rules);
            for (ScoreCard card : cards(rules, engine)) {
                Explanation shared = explainer.explain(card);
                agreesWithTheCardAndTheSheet(rules, card, shared);
                agreesWithTheCardAndTheSheet(rules, card, Explanation.of(rules, card));
                assertThat(shared.card()).isSameAs(card);
                assertThat(shared.sheet()).isSameAs(rules.sheet(card.sheetId()).orElseThrow());
                unmet += card.unmetMinimums().size();
                blocking += card.blockingMinimums().size();
                explained++;
            }
        }
        assertThat(explained).as("cards explained").isGreaterThan(500);
        assertThat(unmet).as("unmet minima seen").isGreaterThan(100);
        assertThat(blocking).as("blocking minima seen").isGreaterThan(20);
    }

    /** An oracle independent of how lines are built: the card's own figures and the sheet's printed text. */
    private static void agreesWithTheCardAndTheSheet(RuleSet rules, ScoreCard card, Explanation e) {
        ScoringSheet sheet = rules.sheet(card.sheetId()).orElseThrow();
        for (int i = 0; i < card.criteria().size(); i++) {
            var score = card.criteria().get(i);
            var line = e.criteria().get(i);
            Criterion c = sheet.criteria().get(i);
            assertThat(line.code()).isEqualTo(score.code()).isEqualTo(c.code());
            assertThat(line.points()).isEqualTo(score.points());
            assertThat(line.answer()).isEqualTo(score.answer());
            assertThat(line.applicable()).isEqualTo(score.applicable());
            assertThat(line.maxPoints()).isEqualTo(c.maxPoints());
            assertThat(line.optionText()).isEqualTo(score.answer() == null ? null
                    : c.option(score.answer()).map(io.github.ocop.core.model.Option::text).orElse(null));
            assertThat(line.condition()).isEqualTo(c.applicability().map(x -> x.text()).orElse(null));
            assertThat(line.citation()).isEqualTo(c.citation());
        }
        for (var part : e.parts()) {
            assertThat(part.points()).isEqualTo(card.part(part.code()));
        }
        assertThat(e.minima()).hasSameSizeAs(card.minima());
        for (int m = 0; m < card.minima().size(); m++) {
            var r = card.minima().get(m);
            var line = e.minima().get(m);
            boolean unmet = card.unmetMinimums().stream().anyMatch(u -> u.requirement().equals(r));
            boolean blocking = card.blockingMinimums().stream().anyMatch(u -> u.requirement().equals(r));
            assertThat(line.criterion()).isEqualTo(r.criterion());
            assertThat(line.requiredFor()).isEqualTo(r.requiredFor());
            assertThat(line.option()).isEqualTo(r.option());
            assertThat(line.requiredPoints()).isEqualTo(r.requiredPoints());
            assertThat(line.met()).as("met: %s", r).isEqualTo(!unmet);
            assertThat(line.blocking()).as("blocking: %s", r).isEqualTo(blocking);
            assertThat(line.points()).isEqualTo(card.criterion(r.criterion()).orElseThrow().points());
        }
        assertThat(e.total()).isEqualTo(card.total());
        assertThat(e.criteria()).hasSize(sheet.criteria().size());
        assertThat(e.parts()).extracting(p -> p.maxPoints())
                .isEqualTo(sheet.parts().stream().map(p -> p.maxPoints()).toList());
        assertThat(e.rank().knockOuts()).isEqualTo(card.knockOuts());
        assertThat(e.rank().bandStars()).isEqualTo(card.bandStars());
        assertThat(e.rank().stars()).isEqualTo(card.ranked() ? card.stars().getAsInt() : null);
        assertThat(e.rank().bandMinPoints()).isEqualTo(rules.starRanking().band(card.bandStars()).minPoints());
        assertThat(e.unmetMinima()).hasSize(card.unmetMinimums().size());
    }

    @Test
    void sharesItsLinesBetweenExplanations() {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        ScoringEngine engine = ScoringEngine.of(rules);
        Explainer explainer = Explainer.of(rules);
        Assessment a = GeneratedAssessments.valid(rules, rules.sheet("1").orElseThrow(), 3);
        Explanation first = explainer.explain(engine.score(a));
        Explanation second = explainer.explain(engine.score(a));
        for (int i = 0; i < first.criteria().size(); i++) {
            assertThat(second.criteria().get(i)).isSameAs(first.criteria().get(i));
        }
        // a card from another engine of the same rule set is explained too (its minima are equal)
        Explanation other = explainer.explain(ScoringEngine.of(rules).score(a));
        assertThat(other.criteria()).isEqualTo(first.criteria());
        assertThat(explainer.toString()).contains("qd-26-2026", "1 sheets built");
    }

    @Test
    void refusesCardsOfAnotherRuleSet() {
        RuleSet rules1048 = RuleSets.standard().get("qd-1048-2019");
        ScoreCard card = ScoringEngine.of(rules1048).score(
                GeneratedAssessments.valid(rules1048, rules1048.sheets().get(0), 1));
        Explainer explainer = Explainer.of(RuleSets.standard().get("qd-26-2026"));
        assertThatThrownBy(() -> explainer.explain(card)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qd-1048-2019").hasMessageContaining("qd-26-2026");
        assertThatThrownBy(() -> explainer.explain(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Explainer.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void oneExplainerServesManyThreads() {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        ScoringEngine engine = ScoringEngine.of(rules);
        Explainer explainer = Explainer.of(rules);
        List<ScoreCard> cards = cards(rules, engine);
        List<Explanation> parallel = cards.parallelStream().map(explainer::explain).toList();
        for (int i = 0; i < cards.size(); i++) {
            assertThat(parallel.get(i).card()).isSameAs(cards.get(i));
            agreesWithTheCardAndTheSheet(rules, cards.get(i), parallel.get(i));
        }
    }
}
