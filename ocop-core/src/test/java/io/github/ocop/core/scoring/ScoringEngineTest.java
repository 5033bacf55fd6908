package io.github.ocop.core.scoring;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringEngineTest {
    private final RuleSet rules = Fixtures.ruleSet();
    private final ScoringEngine engine = ScoringEngine.of(rules);

    private static Assessment answers(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Assessment.of("test", "T", Product.named("p"), m);
    }

    @Test
    void sumsChosenPointsPerCriterionSectionAndPart() {
        ScoreCard card = engine.score(answers("1.1", "c", "1.2", "b", "2.1", "c", "2.2", "b", "3", "d"));
        assertThat(card.total()).isEqualTo(100);
        assertThat(card.parts()).containsEntry(PartCode.A, 40).containsEntry(PartCode.B, 25).containsEntry(PartCode.C, 35);
        assertThat(card.sections()).containsExactly(Map.entry("1", 40), Map.entry("2", 25), Map.entry("3", 35));
        assertThat(card.stars()).hasValue(5);
        assertThat(card.unmetMinimums()).isEmpty();
    }

    @Test
    void bandsAreHalfOpenAtTheirLowerBound() {
        // 1.1 b(10) + 1.2 a(5) + 2.1 c(15) + 2.2 a(0) + 3 b(20) = 50 -> 3 stars exactly at 50
        ScoreCard fifty = engine.score(answers("1.1", "b", "1.2", "a", "2.1", "c", "2.2", "a", "3", "b"));
        assertThat(fifty.total()).isEqualTo(50);
        assertThat(fifty.bandStars()).isEqualTo(3);
        assertThat(fifty.stars()).hasValue(3);
        // 45 is the highest total below 50 these ladders reach (49 is not reachable): 20 + 20 + 5 + 0 + 0 -> 2 stars
        ScoreCard fortyFive = engine.score(answers("1.1", "c", "1.2", "b", "2.1", "b", "2.2", "a", "3", "a"));
        assertThat(fortyFive.total()).isEqualTo(45);
        assertThat(fortyFive.bandStars()).isEqualTo(2);
        assertThat(fortyFive.stars()).hasValue(2);
        // 10 + 5 + 15 + 0 + 0 = 30 -> 2 stars exactly at the 2-star lower bound
        ScoreCard thirty = engine.score(answers("1.1", "b", "1.2", "a", "2.1", "c", "2.2", "a", "3", "a"));
        assertThat(thirty.total()).isEqualTo(30);
        assertThat(thirty.bandStars()).isEqualTo(2);
        assertThat(thirty.stars()).hasValue(2);
    }

    @Test
    void anUnmetThreeStarMinimumCapsTheRankAtTwoAndIsReportedAsBlocking() {
        // 1.1 a (0) misses the *** mark on option b; total 0+20+15+10+35 = 80 is in the 4-star band
        ScoreCard card = engine.score(answers("1.1", "a", "1.2", "b", "2.1", "c", "2.2", "b", "3", "d"));
        assertThat(card.total()).isEqualTo(80);
        assertThat(card.bandStars()).isEqualTo(4);
        assertThat(card.stars()).hasValue(2);
        assertThat(card.blockingMinimums()).singleElement().satisfies(u -> {
            assertThat(u.criterion()).isEqualTo("1.1");
            assertThat(u.requiredFor()).isEqualTo(3);
            assertThat(u.requirement().option()).isEqualTo("b");
            assertThat(u.requirement().requiredPoints()).isEqualTo(10);
        });
    }

    @Test
    void aMinimumForAHigherLevelThanTheBandIsReportedButDoesNotBlock() {
        // 3 b (20) misses **** and *****; total 10+20+15+10+20 = 75 -> band 4, blocked by the **** mark -> 3
        ScoreCard card = engine.score(answers("1.1", "b", "1.2", "b", "2.1", "c", "2.2", "b", "3", "b"));
        assertThat(card.total()).isEqualTo(75);
        assertThat(card.stars()).hasValue(3);
        assertThat(card.unmetMinimums()).extracting(UnmetMinimum::requiredFor).containsExactly(4, 5);
        assertThat(card.blockingMinimums()).extracting(UnmetMinimum::requiredFor).containsExactly(4);
    }

    @Test
    void aConditionalCriterionDoesNotApplyWhenItsConditionFailsAndScoresZero() {
        ScoreCard card = engine.score(answers("1.1", "c", "1.2", "b", "2.1", "a", "3", "d"));
        assertThat(card.criterion("2.2")).hasValueSatisfying(c -> {
            assertThat(c.applicable()).isFalse();
            assertThat(c.points()).isZero();
            assertThat(c.chosen()).isEmpty();
        });
        assertThat(card.total()).isEqualTo(75);
    }

    @Test
    void anAnswerToANonApplicableCriterionIsIgnoredWithAWarning() {
        ScoreCard card = engine.score(answers("1.1", "c", "1.2", "b", "2.1", "a", "2.2", "b", "3", "d"));
        assertThat(card.total()).isEqualTo(75);
        assertThat(card.warnings()).singleElement().asString().contains("2.2").contains("câu chuyện");
    }

    @Test
    void noneIsAcceptedOnlyWhereTheOptionsDoNotStartAtZero() {
        ScoreCard card = engine.score(answers("1.1", "c", "1.2", "none", "2.1", "a", "3", "d"));
        assertThat(card.criterion("1.2")).hasValueSatisfying(c -> assertThat(c.points()).isZero());
        assertThatThrownBy(() -> engine.score(answers("1.1", "none", "1.2", "a", "2.1", "a", "3", "d")))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.answers['1.1']")
                .hasMessageContaining("tiêu chí 1.1 không thể để trống phương án");
    }

    @Test
    void everyProblemIsReportedWithItsPathAndWhatWasExpected() {
        OcopInputException e = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> engine.score(answers("1.1", "z", "9.9", "a", "2.1", "b", "3", "d")));
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactlyInAnyOrder("$.answers['9.9']", "$.answers['1.1']", "$.answers", "$.answers");
        assertThat(e.getMessage(java.util.Locale.ENGLISH))
                .contains("has no criterion '9.9' (expected one of 1.1, 1.2, 2.1, 2.2, 3)")
                .contains("criterion 1.1 has no option 'z' (expected one of a, b, c)")
                .contains("missing answer for criterion 1.2")
                .contains("missing answer for criterion 2.2");
    }

    @Test
    void unknownRuleSetAndSheetAreNamed() {
        Assessment wrongRules = new Assessment("qd-x", "T", Product.named("p"), "", Map.of(), List.of());
        assertThatThrownBy(() -> engine.score(wrongRules)).hasMessageContaining("$.ruleSet").hasMessageContaining("qd-x");
        Assessment wrongSheet = new Assessment("test", "99", Product.named("p"), "", Map.of(), List.of());
        assertThatThrownBy(() -> engine.score(wrongSheet)).hasMessageContaining("$.sheet")
                .hasMessageContaining("không có phiếu '99'").hasMessageContaining("cần một trong: T");
    }

    @Test
    void aProductOfAnotherSubgroupIsRejected() {
        Assessment a = new Assessment("test", "T", new Product("p", null, "I.1.z"), "",
                Map.of("1.1", "c", "1.2", "b", "2.1", "a", "3", "d"), List.of());
        assertThatThrownBy(() -> engine.score(a)).hasMessageContaining("$.product.subgroup")
                .hasMessageContaining("không được chấm theo phiếu nào");
        Assessment unknown = new Assessment("test", "T", new Product("p", null, "X.9"), "",
                Map.of("1.1", "c", "1.2", "b", "2.1", "a", "3", "d"), List.of());
        assertThatThrownBy(() -> engine.score(unknown)).hasMessageContaining("không có phân nhóm 'X.9'");
    }

    @Test
    void aKnockOutListedTwiceIsAnErrorAtItsIndexAndKnockOutProblemsBeyondTheListedOnesAreCounted() {
        Map<String, String> ok = Map.of("1.1", "c", "1.2", "b", "2.1", "c", "2.2", "b", "3", "d");
        Assessment twice = new Assessment("test", "T", Product.named("p"), "m1", ok, List.of("KO1", "KO1"));
        assertThatThrownBy(() -> engine.score(twice)).isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.knockOuts[1]: điều kiện loại KO1 được ghi hai lần (lần đầu ở $.knockOuts[0])");
        // 50 unknown answer codes fill the listed problems; the repeated and the unknown knock-out are counted
        Map<String, String> many = new LinkedHashMap<>(ok);
        for (int i = 0; i < OcopInputException.MAX_LISTED; i++) {
            many.put("9." + i, "a");
        }
        OcopInputException e = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class, () ->
                engine.score(new Assessment("test", "T", Product.named("p"), "m1", many, List.of("KO1", "KO1", "KO9"))));
        assertThat(e.problems()).hasSize(OcopInputException.MAX_LISTED)
                .allSatisfy(pr -> assertThat(pr.path()).startsWith("$.answers['9."));
        assertThat(e.unlisted()).isEqualTo(2);
    }

    @Test
    void aRecordedKnockOutLeavesTheProductUnrankedWithTheReason() {
        Assessment a = new Assessment("test", "T", Product.named("p"), "m1",
                Map.of("1.1", "c", "1.2", "b", "2.1", "c", "2.2", "b", "3", "d"), List.of("KO1"));
        ScoreCard card = engine.score(a);
        assertThat(card.ranked()).isFalse();
        assertThat(card.stars()).isEmpty();
        assertThat(card.starsBeforeKnockOuts()).isEqualTo(5);
        assertThat(card.knockOuts()).singleElement().satisfies(k -> assertThat(k.text()).startsWith("Hồ sơ bị loại"));
        Assessment bad = new Assessment("test", "T", Product.named("p"), "m1", a.answers(), List.of("KO9"));
        assertThatThrownBy(() -> engine.score(bad)).hasMessageContaining("$.knockOuts[0]").hasMessageContaining("KO1");
    }

    @Test
    void minimaListsTheMarksOfTheSheet() {
        assertThat(engine.minima("T")).extracting(m -> m.criterion() + "≥" + m.requiredPoints() + "@" + m.requiredFor())
                .containsExactly("1.1≥10@3", "3≥30@4", "3≥35@5");
        assertThatThrownBy(() -> engine.minima("nope")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPreparedAssessmentScoresQuicklyToTheSameRankAndOnlyWithItsOwnEngine() {
        Assessment a = answers("1.1", "a", "1.2", "b", "2.1", "c", "2.2", "b", "3", "d");
        PreparedAssessment p = engine.prepare(a);
        assertThat(p.assessment()).isSameAs(a);
        assertThat(p.sheetId()).isEqualTo("T");
        assertThat(engine.quickScore(p)).isEqualTo(new QuickScore(80, 4, 2, true));
        assertThat(engine.score(p)).isEqualTo(engine.score(a));
        ScoringEngine other = ScoringEngine.of(Fixtures.ruleSet());
        assertThatThrownBy(() -> other.quickScore(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prepared by another engine");
        assertThatThrownBy(() -> engine.prepare(answers("1.1", "q"))).isInstanceOf(OcopInputException.class)
                .hasMessageContaining("tiêu chí 1.1 không có phương án 'q'");
        Assessment knocked = new Assessment("test", "T", Product.named("p"), "", a.answers(), List.of("KO1"));
        assertThat(engine.quickScore(engine.prepare(knocked))).isEqualTo(new QuickScore(80, 4, 2, false));
    }

    @Test
    void aCriterionWhoseConditionIsUnansweredIsNotReportedAsMissingToo() {
        // 2.2 applies only when 2.1 is b or c: with 2.1 unanswered its applicability is unknown, so only 2.1 is named
        OcopInputException e = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> engine.score(answers("1.1", "c", "1.2", "b", "3", "d")));
        assertThat(e.problems()).extracting(Problem::code).containsExactly("scoring.missingAnswer");
        assertThat(e.problems()).extracting(Problem::message).singleElement()
                .satisfies(m -> assertThat(m).startsWith("chưa trả lời tiêu chí 2.1"));
        OcopInputException invalid = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> engine.score(answers("1.1", "c", "1.2", "b", "2.1", "z", "3", "d")));
        assertThat(invalid.problems()).extracting(Problem::path).containsExactly("$.answers['2.1']");
    }
}
