package io.github.ocop.core.scoring;

import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A score card names what it scored (rule set, digest, sheet, assessment) so a result can be traced. */
class ScoreCardTest {
    private final ScoringEngine engine = ScoringEngine.of(Fixtures.ruleSet());

    private static Assessment answers(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Assessment.of("test", "T", Product.named("p"), m);
    }

    @Test
    void aCardNamesTheRuleSetSheetAndAssessmentItScored() {
        Assessment a = answers("1.1", "c", "1.2", "b", "2.1", "c", "2.2", "b", "3", "d");
        ScoreCard card = engine.score(a);
        assertThat(engine.ruleSet()).isEqualTo(Fixtures.ruleSet());
        assertThat(card.assessment()).isEqualTo(a);
        assertThat(card.ruleSetId()).isEqualTo("test");
        assertThat(card.sheetId()).isEqualTo("T");
        assertThat(card.ruleSetDigest()).isEmpty();
        assertThat(card).hasToString("ScoreCard[test sheet T, total 100, 5★]");
    }

    @Test
    void aCardOfARuleSetWithADigestCarriesIt() {
        var rules = Fixtures.ruleSet();
        var withDigest = io.github.ocop.core.model.RuleSet.builder().id(rules.id()).title(rules.title())
                .instrument(rules.instrument()).provenance(rules.provenance()).parts(rules.parts())
                .starRanking(rules.starRanking()).taxonomy(rules.taxonomy()).sheets(rules.sheets())
                .digest("ab".repeat(32)).build();
        ScoreCard card = ScoringEngine.of(withDigest).score(answers("1.1", "c", "1.2", "b", "2.1", "a", "3", "d"));
        assertThat(card.ruleSetDigest()).hasValue("ab".repeat(32));
        assertThat(withDigest.digest()).hasValue("ab".repeat(32));
        assertThat(card).isNotEqualTo(engine.score(answers("1.1", "c", "1.2", "b", "2.1", "a", "3", "d")));
    }

    @Test
    void aKnockedOutCardSaysNotRanked() {
        Assessment a = new Assessment("test", "T", Product.named("p"), "m",
                Map.of("1.1", "c", "1.2", "b", "2.1", "a", "3", "d"), List.of("KO1"));
        assertThat(engine.score(a).toString()).endsWith("not ranked]");
    }

    @Test
    void scoringTheSameAssessmentTwiceGivesEqualCardsAndAnotherAnswerAnotherCard() {
        Assessment a = answers("1.1", "c", "1.2", "b", "2.1", "a", "3", "d");
        assertThat(engine.score(a)).isEqualTo(engine.score(a)).hasSameHashCodeAs(engine.score(a));
        assertThat(engine.score(a)).isNotEqualTo(engine.score(a.withAnswer("1.1", "b"))).isNotEqualTo(a);
    }

    @Test
    void theAnswerToACriterionThatDoesNotApplyIsNotCountedAsChosen() {
        ScoreCard card = engine.score(answers("1.1", "c", "1.2", "b", "2.1", "a", "2.2", "b", "3", "d"));
        CriterionScore s = card.criterion("2.2").orElseThrow();
        assertThat(s.applicable()).isFalse();
        assertThat(s.chosen()).isEmpty();
        assertThat(s.points()).isZero();
        assertThat(card.criterion("2.1").orElseThrow().chosen()).hasValue("a");
    }

    @Test
    void anErrorCanBeAttributedToTheFileTheAssessmentCameFrom() {
        OcopInputException e = assertThrows(OcopInputException.class,
                () -> engine.score(answers("1.1", "z", "1.2", "b", "2.1", "a", "3", "d")));
        assertThat(e.source()).isEqualTo("assessment");
        OcopInputException named = e.withSource("a.json");
        assertThat(named.source()).isEqualTo("a.json");
        assertThat(named.problems()).isEqualTo(e.problems());
        assertThat(named.getMessage(Locale.ENGLISH)).startsWith("a.json $.answers['1.1']: criterion 1.1 has no option 'z'");
        assertThat(named.getMessage()).startsWith("a.json $.answers['1.1']: tiêu chí 1.1 không có phương án 'z'");
        assertThat(e.problems().get(0).code()).isEqualTo("scoring.unknownOption");
        assertThat(e.problems().get(0).args()).containsExactly("1.1", "z", List.of("a", "b", "c"));
        assertThat(e.problems().get(0)).hasToString("$.answers['1.1']: " + e.problems().get(0).message());
    }

    @Test
    void aSubgroupWithoutASheetIsNamedAsScoredOnNone() {
        Assessment a = new Assessment("test", "T", new Product("p", new Subject("HTX", SubjectType.COOPERATIVE),
                "I.1.z"), "m", Map.of("1.1", "c", "1.2", "b", "2.1", "a", "3", "d"), List.of());
        assertThat(a.product().subject()).isEqualTo(new Subject("HTX", SubjectType.COOPERATIVE));
        OcopInputException e = assertThrows(OcopInputException.class, () -> engine.score(a));
        assertThat(e.getMessage(Locale.ENGLISH)).contains("not scored on any sheet of this rule set");
    }
}
