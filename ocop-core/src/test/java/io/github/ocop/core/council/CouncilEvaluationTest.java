package io.github.ocop.core.council;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.process.OutcomeKind;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.github.ocop.core.council.CouncilFixtures.t;
import static io.github.ocop.core.council.CouncilFixtures.tIn;
import static io.github.ocop.core.council.CouncilFixtures.u;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CouncilEvaluationTest {
    private static final ScoringEngine ENGINE = ScoringEngine.of(CouncilFixtures.ruleSet());

    /** Totals 95, 85, 90 on sheet T. */
    private static List<Assessment> three() {
        return List.of(t("m1", "c", "b", "c", "b", "c"), t("m2", "c", "b", "c", "a", "c"),
                t("m3", "b", "b", "c", "b", "d"));
    }

    private static List<Assessment> uCouncil(int... totalsOn31) {
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < totalsOn31.length; i++) {
            out.add(u("test", "m" + (i + 1), 40, 25, totalsOn31[i], false));
        }
        return out;
    }

    @Test
    void meansPerCriterionPartAndTotalAreRoundedToTwoDecimalsHalfUp() {
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, three());
        assertThat(c.memberTotals()).containsExactly(java.util.Map.entry("m1", 95), java.util.Map.entry("m2", 85),
                java.util.Map.entry("m3", 90));
        assertThat(c.total()).isEqualByComparingTo("90.00");
        assertThat(c.total().scale()).isEqualTo(2);
        assertThat(c.totalSum()).isEqualTo(270);
        assertThat(c.criterion("1.1").orElseThrow().mean()).isEqualByComparingTo("16.67");
        assertThat(c.criterion("2.2").orElseThrow()).satisfies(m -> {
            assertThat(m.mean()).isEqualByComparingTo("6.67");
            assertThat(m.min()).isZero();
            assertThat(m.max()).isEqualTo(10);
        });
        assertThat(c.criterion("3").orElseThrow().mean()).isEqualByComparingTo("31.67");
        assertThat(c.parts().get(PartCode.A)).isEqualByComparingTo("36.67");
        assertThat(c.parts().get(PartCode.B)).isEqualByComparingTo("21.67");
        assertThat(c.parts().get(PartCode.C)).isEqualByComparingTo("31.67");
        // rounded part means need not add up to the rounded total (council-mean-of-member-totals)
        assertThat(c.parts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("90.01");
    }

    @Test
    void starMinimaAreCheckedOnTheCriterionMeansNotOnEachMember() {
        // m3 alone meets the 5-star mark on criterion 3 (35); the mean 31.67 does not, so the 90.00 band gives 4 stars
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, three());
        assertThat(c.bandStars()).isEqualTo(5);
        assertThat(c.stars()).hasValue(4);
        assertThat(c.unmetMinimums()).singleElement().satisfies(u -> {
            assertThat(u.criterion()).isEqualTo("3");
            assertThat(u.requiredFor()).isEqualTo(5);
            assertThat(u.mean()).isEqualByComparingTo("31.67");
        });
        assertThat(c.blockingMinimums()).hasSize(1);
        assertThat(c.interpretations()).extracting(i -> i.id()).contains("council-minima-on-criterion-means",
                "council-mean-of-member-totals");
    }

    @Test
    void bandsAreHalfOpenOnTheMeanTotal() {
        List<Assessment> members = new ArrayList<>(uCouncil(25, 25, 25));
        members.add(u("test", "m4", 40, 24, 25, false));
        CouncilEvaluation below = CouncilEvaluation.of(ENGINE, members);
        assertThat(below.total()).isEqualByComparingTo("89.75");
        assertThat(below.stars()).hasValue(4);
        CouncilEvaluation at = CouncilEvaluation.of(ENGINE, uCouncil(25, 25, 25, 25));
        assertThat(at.total()).isEqualByComparingTo("90.00");
        assertThat(at.stars()).hasValue(5);
    }

    @Test
    void roundingFollowsThePolicy() {
        // seven members at 70 and one at 71: 561 / 8 = 70.125
        List<Assessment> members = uCouncil(5, 5, 5, 5, 5, 5, 5, 6);
        assertThat(CouncilEvaluation.of(ENGINE, members).total()).isEqualByComparingTo("70.13");
        CouncilPolicy even = CouncilPolicy.provincialPractice().withRounding(2, RoundingMode.HALF_EVEN);
        assertThat(CouncilEvaluation.of(ENGINE, members, even).total()).isEqualByComparingTo("70.12");
        CouncilPolicy whole = CouncilPolicy.provincialPractice().withRounding(0, RoundingMode.HALF_UP);
        assertThat(CouncilEvaluation.of(ENGINE, members, whole).total()).isEqualByComparingTo("70");
    }

    @Test
    void theThreeStarMinimumOnTheMeanCapsTheRankAtTwoStars() {
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, uCouncil(5, 5, 5, 5, 5, 5, 5, 6));
        assertThat(c.criterion("3.1").orElseThrow().mean()).isEqualByComparingTo("5.13");
        assertThat(c.bandStars()).isEqualTo(4);
        assertThat(c.stars()).hasValue(2);
    }

    @Test
    void membersMoreThanTenPointsApartMustDiscussAndRescore() {
        assertThat(CouncilEvaluation.of(ENGINE, three()).spread()).isEqualTo(10);
        assertThat(CouncilEvaluation.of(ENGINE, three()).warnings()).isEmpty();
        // m2 now 75 (2.1 b, 2.2 a): 95 - 75 = 20
        List<Assessment> apart = List.of(three().get(0), t("m2", "c", "b", "b", "a", "c"), three().get(2));
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, apart);
        assertThat(c.spread()).isEqualTo(20);
        assertThat(c.minTotal()).isEqualTo(75);
        assertThat(c.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(CouncilWarning.Kind.SPREAD_EXCEEDED);
            assertThat(w.vietnamese()).contains("chênh lệch 20 điểm").contains("m2").contains("chấm điểm lại");
        });
        assertThat(CouncilEvaluation.of(ENGINE, apart, CouncilPolicy.provincialPractice().withMaxSpread(20))
                .warnings()).isEmpty();
    }

    @Test
    void quorumNeedsThreeQuartersOfTheCouncilIncludingTheChair() {
        CouncilPolicy five = CouncilPolicy.provincialPractice().withCouncil(5, "m1");
        assertThat(five.quorum()).hasValue(4);
        CouncilEvaluation three = CouncilEvaluation.of(ENGINE, three(), five);
        assertThat(three.warnings()).extracting(CouncilWarning::kind).containsExactly(CouncilWarning.Kind.QUORUM_NOT_MET);
        assertThat(three.warnings().get(0).english()).contains("Only 3 of 5 members scored; the quorum is 4");

        List<Assessment> withChair = new ArrayList<>(three());
        withChair.add(t("m4", "c", "b", "c", "b", "c"));
        assertThat(CouncilEvaluation.of(ENGINE, withChair, five).warnings()).isEmpty();

        List<Assessment> noChair = new ArrayList<>(withChair.subList(1, 4));
        noChair.add(t("m5", "c", "b", "c", "b", "c"));
        assertThat(CouncilEvaluation.of(ENGINE, noChair, five).warnings()).singleElement()
                .satisfies(w -> assertThat(w.vietnamese()).isEqualTo("Chủ tịch Hội đồng (m1) không có phiếu chấm điểm."));

        assertThat(CouncilEvaluation.of(ENGINE, three()).interpretations())
                .extracting(i -> i.id()).doesNotContain("council-quorum-rule");
    }

    @Test
    void moreMembersScoringThanTheCouncilHasIsAnError() {
        assertThatThrownBy(() -> CouncilEvaluation.of(ENGINE, three(),
                CouncilPolicy.provincialPractice().withCouncil(2, null)))
                .isInstanceOf(OcopInputException.class)
                .hasMessage("council $: 3 members scored but the council has 2 members (CouncilPolicy.withCouncil)");
    }

    @Test
    void anyMembersKnockOutIsReportedAndStopsTheRankingByDefault() {
        List<Assessment> members = List.of(three().get(0), t("m2", "c", "b", "c", "a", "c", "KO1"), three().get(2));
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, members);
        assertThat(c.ranked()).isFalse();
        assertThat(c.stars()).isEmpty();
        assertThat(c.starsBeforeKnockOuts()).isEqualTo(4);
        assertThat(c.knockOuts()).singleElement().satisfies(k -> assertThat(k.assessor()).isEqualTo("m2"));
        assertThat(c.warnings()).extracting(CouncilWarning::kind).containsExactly(CouncilWarning.Kind.KNOCK_OUT);
        assertThat(c.interpretations()).extracting(i -> i.id()).contains("council-knock-out-by-any-member");
        assertThatThrownBy(() -> c.nextStep(EvaluationLevel.PROVINCE)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[m2]");

        CouncilEvaluation majority = CouncilEvaluation.of(ENGINE, members,
                CouncilPolicy.provincialPractice().withKnockOutRule(KnockOutRule.MAJORITY_OF_MEMBERS));
        assertThat(majority.ranked()).isTrue();
        assertThat(majority.stars()).hasValue(4);
        assertThat(majority.warnings()).extracting(CouncilWarning::kind).containsExactly(CouncilWarning.Kind.KNOCK_OUT);
    }

    @Test
    void membersRemarksAreCarriedOver() {
        List<Assessment> members = List.of(three().get(0), t("m2", "c", "b", "a", "b", "c"));
        assertThat(CouncilEvaluation.of(ENGINE, members).warnings())
                .filteredOn(w -> w.kind() == CouncilWarning.Kind.MEMBER_REMARK).singleElement().satisfies(w -> {
            assertThat(w.english()).startsWith("Assessment by m2: answer 'b' to criterion 2.2 ignored");
        });
    }

    @Test
    void aCouncilOfOneIsAnError() {
        assertThatThrownBy(() -> CouncilEvaluation.of(ENGINE, List.of(three().get(0))))
                .isInstanceOf(OcopInputException.class)
                .hasMessageStartingWith("council $: a council evaluation needs the assessments of at least 2 members;"
                        + " found 1 (a council of one, by 'm1')");
        assertThatThrownBy(() -> CouncilEvaluation.of(ENGINE, List.of()))
                .isInstanceOf(OcopInputException.class).hasMessageContaining("found 0");
    }

    @Test
    void assessmentsOnDifferentSheetsRuleSetsOrProductsAreErrorsNamingTheMember() {
        List<Assessment> members = new ArrayList<>(three());
        members.add(u("test", "m4", 40, 25, 25, false));
        members.add(tIn("qd-26-2026", "m5", "c", "b", "c", "b", "c"));
        members.add(new Assessment("test", "T", Product.named("Sản phẩm khác"), "m6", three().get(0).answers(),
                List.of()));
        OcopInputException e = catchInput(() -> CouncilEvaluation.of(ENGINE, members));
        assertThat(e.source()).isEqualTo("council");
        assertThat(e.problems()).extracting(Problem::path)
                .containsExactly("$[3].sheet", "$[4].ruleSet", "$[5].product.name");
        assertThat(e.problems().get(0).message()).isEqualTo("sheet 'U' differs from sheet 'T' of $[0] ('m1'): a council"
                + " scores one product on one sheet");
    }

    @Test
    void assessmentsOnAnotherRuleSetThanTheEnginesAreAnError() {
        List<Assessment> members = List.of(tIn("qd-26-2026", "m1", "c", "b", "c", "b", "c"),
                tIn("qd-26-2026", "m2", "c", "b", "c", "b", "c"));
        assertThat(catchInput(() -> CouncilEvaluation.of(ENGINE, members)).problems()).extracting(Problem::path)
                .containsExactly("$[0].ruleSet", "$[1].ruleSet");
    }

    @Test
    void duplicateOrBlankAssessorIdsAreErrors() {
        List<Assessment> members = List.of(three().get(0), t("", "c", "b", "c", "b", "c"), three().get(0));
        OcopInputException e = catchInput(() -> CouncilEvaluation.of(ENGINE, members));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$[1].assessor", "$[2].assessor");
        assertThat(e.problems().get(1).message()).isEqualTo("assessor 'm1' already scored this product in $[0];"
                + " each member scores once");
    }

    @Test
    void eachMembersScoringErrorsAreLocatedUnderThatMember() {
        List<Assessment> members = List.of(three().get(0), t("m2", "z", "b", "c", "b", "c"),
                t("m3", "c", "b", "c", "b", "c", "KO9"));
        assertThat(catchInput(() -> CouncilEvaluation.of(ENGINE, members)).problems()).extracting(Problem::path)
                .containsExactly("$[1].answers['1.1']", "$[2].knockOuts[0]");
    }

    @Test
    void theResultSaysWhatHappensNextAndWhoDecides() {
        // the test sheets under a fixture process like 26/2026's: mean 90.00 but 4 stars -> the province certifies 4
        ScoringEngine qd26 = ScoringEngine.of(CouncilFixtures.ruleSetWithProcess("qd-26-2026"));
        List<Assessment> members = three().stream().map(a -> new Assessment("qd-26-2026", a.sheet(), a.product(),
                a.assessor(), a.answers(), a.knockOuts())).toList();
        EvaluationOutcome four = CouncilEvaluation.of(qd26, members).nextStep(EvaluationLevel.PROVINCE);
        assertThat(four.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(four.certifiedStars()).hasValue(4);
        assertThat(four.decider()).isEqualTo(CouncilFixtures.CHAIR);

        List<Assessment> fives = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            fives.add(u("qd-26-2026", "m" + i, 40, 25, 25, false));
        }
        EvaluationOutcome forward = CouncilEvaluation.of(qd26, fives).nextStep(EvaluationLevel.PROVINCE);
        assertThat(forward.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(forward.nextLevel()).hasValue(EvaluationLevel.CENTRAL);
        assertThat(forward.vietnamese()).contains("90.00 điểm");
    }

    @Test
    void aCouncilWithoutQuorumOrWithoutItsChairDecidesNothing() {
        // issue 13 item 4: with the council's size given, 3 of 5 members (quorum 4) or a council whose chair did not
        // score gives no certify or forward step; the result is not valid and the next step is to convene again
        ScoringEngine qd26 = ScoringEngine.of(CouncilFixtures.ruleSetWithProcess("qd-26-2026"));
        List<Assessment> members = three().stream().map(a -> new Assessment("qd-26-2026", a.sheet(), a.product(),
                a.assessor(), a.answers(), a.knockOuts())).toList();
        CouncilPolicy five = CouncilPolicy.provincialPractice().withCouncil(5, "m1");
        CouncilEvaluation short3 = CouncilEvaluation.of(qd26, members, five);
        assertThat(short3.valid()).isFalse();
        EvaluationOutcome again = short3.nextStep(EvaluationLevel.PROVINCE);
        assertThat(again.kind()).isEqualTo(OutcomeKind.CONVENE_AGAIN);
        assertThat(again.certifiedStars()).isEmpty();
        assertThat(again.nextLevel()).isEmpty();
        assertThat(again.vietnamese()).startsWith("Kết quả của Hội đồng không có giá trị: Chỉ có 3/5 thành viên");

        CouncilPolicy three = CouncilPolicy.provincialPractice().withCouncil(3, "m9");
        CouncilEvaluation noChair = CouncilEvaluation.of(qd26, members, three);
        assertThat(noChair.valid()).isFalse();
        assertThat(noChair.nextStep(EvaluationLevel.PROVINCE).vietnamese()).contains("Chủ tịch Hội đồng (m9)");

        // the same members with the chair among them and the quorum met: valid, and the province certifies
        CouncilEvaluation ok = CouncilEvaluation.of(qd26, members, CouncilPolicy.provincialPractice().withCouncil(4, "m1"));
        assertThat(ok.valid()).isTrue();
        assertThat(ok.nextStep(EvaluationLevel.PROVINCE).kind()).isEqualTo(OutcomeKind.CERTIFY);
        // without a council size no quorum is checked (as before)
        assertThat(CouncilEvaluation.of(qd26, members).valid()).isTrue();
    }

    @Test
    void memberOrderDoesNotChangeTheResult() {
        List<Assessment> members = new ArrayList<>(List.of(three().get(0), t("m2", "c", "b", "c", "a", "c", "KO1"),
                t("m3", "b", "b", "a", "b", "d")));
        CouncilEvaluation before = CouncilEvaluation.of(ENGINE, members);
        Collections.reverse(members);
        CouncilEvaluation after = CouncilEvaluation.of(ENGINE, members);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.criteria()).isEqualTo(before.criteria());
        assertThat(after.warnings()).isEqualTo(before.warnings());
        assertThat(after.knockOuts()).isEqualTo(before.knockOuts());
    }

    private static OcopInputException catchInput(Runnable r) {
        try {
            r.run();
        } catch (OcopInputException e) {
            return e;
        }
        throw new AssertionError("expected an OcopInputException");
    }
}
