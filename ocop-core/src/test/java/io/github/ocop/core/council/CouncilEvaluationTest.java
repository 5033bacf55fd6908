package io.github.ocop.core.council;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.process.OutcomeKind;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
                .hasMessage("council $: có 3 thành viên chấm điểm nhưng Hội đồng chỉ có 2 thành viên; hãy bỏ các phiếu"
                        + " thừa hoặc sửa số thành viên của Hội đồng");
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
                .hasMessageStartingWith("council $: Hội đồng cần phiếu chấm của ít nhất 2 thành viên; chỉ có 1 phiếu"
                        + " (của 'm1')");
        OcopInputException one = catchInput(() -> CouncilEvaluation.of(ENGINE, List.of(three().get(0))));
        assertThat(one.problems().get(0).code()).isEqualTo("council.single");
        assertThat(one.problems().get(0).text(Locale.ENGLISH)).startsWith("a council evaluation needs the assessments"
                + " of at least 2 members; found 1 (a council of one, by 'm1')");
        OcopInputException none = catchInput(() -> CouncilEvaluation.of(ENGINE, List.of()));
        assertThat(none.problems().get(0).code()).isEqualTo("council.tooFew");
        assertThat(none.problems().get(0).text(Locale.ENGLISH)).contains("found 0");
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
        assertThat(e.problems().get(0).text(Locale.ENGLISH)).isEqualTo("sheet 'U' differs from sheet 'T' of"
                + " assessment $[0] ('m1'): a council scores one product on one sheet");
        assertThat(e.problems().get(0).message()).isEqualTo("phiếu 'U' khác với phiếu 'T' của phiếu chấm $[0] ('m1'):"
                + " Hội đồng chấm một sản phẩm theo một phiếu");
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
        assertThat(e.problems().get(1).code()).isEqualTo("council.repeatedAssessor");
        assertThat(e.problems().get(1).text(Locale.ENGLISH)).isEqualTo("assessor 'm1' already scored this product in"
                + " assessment $[0]; each member scores once");
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
        assertThat(forward.vietnamese()).contains("90,00 điểm");
        assertThat(forward.english()).contains("mean total 90.00");
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

    /** Sheet U with totals 70 (1.1 at 20) or 69 (1.1 at 19); 3.1 at 25 meets the 3- and 4-star marks. */
    private static List<Assessment> thousand(String ruleSet, int at70, int at69) {
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < at70 + at69; i++) {
            out.add(u(ruleSet, "m" + i, i < at70 ? 20 : 19, 25, 25, false));
        }
        return out;
    }

    /**
     * Issue 13 item 6; source.txt line 40-41: 4 stars "từ 70 đến dưới 90 điểm", 3 stars "từ 50 đến dưới 70 điểm".
     * 996 members at 70 and 4 at 69: exact mean (996*70 + 4*69) / 1000 = 69996 / 1000 = 69.996, below 70, so 3 stars'
     * band; shown rounded to 2 decimals it is 70.00, and a warning says the rounding crosses the band.
     */
    @Test
    void theBandFollowsTheExactMeanWhenRoundingWouldCrossIt_line40() {
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, thousand("test", 996, 4));
        assertThat(c.totalSum()).isEqualTo(69996);
        assertThat(c.exactTotal()).isEqualByComparingTo("69.996");
        assertThat(c.total()).isEqualByComparingTo("70.00");
        assertThat(c.total().scale()).isEqualTo(2);
        assertThat(c.roundedBandStars()).isEqualTo(4);
        assertThat(c.bandStars()).isEqualTo(3);
        assertThat(c.stars()).hasValue(3);
        assertThat(c.warnings()).filteredOn(w -> w.kind() == CouncilWarning.Kind.ROUNDING_CROSSES_BAND)
                .singleElement().satisfies(w -> {
                    assertThat(w.vietnamese()).contains("70,00").contains("69,996").contains("69996/1000")
                            .contains("4 sao").contains("3 sao");
                    assertThat(w.english()).contains("70.00").contains("69.996").contains("the exact mean")
                            .doesNotContain("council-band-on-exact-mean");
                });
        assertThat(c.interpretations()).extracting(i -> i.id()).contains("council-band-on-exact-mean");
        // the reading before: band and minima on the rounded mean, still with the warning
        CouncilEvaluation rounded = CouncilEvaluation.of(ENGINE, thousand("test", 996, 4),
                CouncilPolicy.provincialPractice().withRankMean(RankMean.ROUNDED));
        assertThat(rounded.bandStars()).isEqualTo(4);
        assertThat(rounded.stars()).hasValue(4);
        assertThat(rounded.warnings()).extracting(CouncilWarning::kind).contains(CouncilWarning.Kind.ROUNDING_CROSSES_BAND);
    }

    /** Where the rounded and the exact mean agree on the band there is no rounding warning (line 40: 70 is 4 stars). */
    @Test
    void noRoundingWarningWhenTheBandIsTheSame_line40() {
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, thousand("test", 1000, 0));
        assertThat(c.exactTotal()).isEqualByComparingTo("70");
        assertThat(c.stars()).hasValue(4);
        assertThat(c.warnings()).extracting(CouncilWarning::kind).doesNotContain(CouncilWarning.Kind.ROUNDING_CROSSES_BAND);
        // totals 66, 67, 67: 200/3 = 66.666...: no terminating decimal, the exact mean is still below 70 and above 50
        CouncilEvaluation third = CouncilEvaluation.of(ENGINE, uCouncil(1, 2, 2));
        assertThat(third.totalSum()).isEqualTo(200);
        assertThat(third.exactTotal()).isGreaterThan(new BigDecimal("66.6666")).isLessThan(new BigDecimal("66.6667"));
        assertThat(third.total()).isEqualByComparingTo("66.67");
    }

    /**
     * Star minima follow the exact criterion mean too: 999 members at 15 points on 3.1 (the 3-star mark) and one at
     * 14 give 14999/1000 = 14.999 < 15, shown as 15.00; the 3-star minimum is unmet, so the rank is 2 stars (totals
     * 80 and 79: band 4).
     */
    @Test
    void aStarMinimumFollowsTheExactCriterionMean() {
        List<Assessment> members = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            members.add(u("test", "m" + i, 40, 25, i < 999 ? 15 : 14, false));
        }
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, members);
        assertThat(c.criterion("3.1").orElseThrow().mean()).isEqualByComparingTo("15.00");
        // 3.1 also misses the 4-star mark (25) either way; the 3-star mark (15) is what the rounding hides
        assertThat(c.unmetMinimums()).extracting(CouncilUnmetMinimum::requiredFor).containsExactly(3, 4);
        assertThat(c.stars()).hasValue(2);
        assertThat(c.warnings()).filteredOn(w -> w.kind() == CouncilWarning.Kind.ROUNDING_CROSSES_BAND)
                .singleElement().satisfies(w -> assertThat(w.vietnamese()).contains("Tiêu chí 3.1")
                        .contains("14,999").contains("15,00"));
        CouncilEvaluation rounded = CouncilEvaluation.of(ENGINE, members,
                CouncilPolicy.provincialPractice().withRankMean(RankMean.ROUNDED));
        assertThat(rounded.unmetMinimums()).extracting(CouncilUnmetMinimum::requiredFor).containsExactly(4);
        assertThat(rounded.stars()).hasValue(3);
    }

    /** The next step reads the exact mean: 69.996 is certified 3 stars, not 4 (line 40). */
    @Test
    void theNextStepUsesTheExactMean_line40() {
        ScoringEngine qd26 = ScoringEngine.of(CouncilFixtures.ruleSetWithProcess("qd-26-2026"));
        EvaluationOutcome o = CouncilEvaluation.of(qd26, thousand("qd-26-2026", 996, 4)).nextStep(EvaluationLevel.PROVINCE);
        assertThat(o.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(o.certifiedStars()).hasValue(3);
    }

    /**
     * Issue 13 item 3, source.txt line 85 ("tiềm năng đạt 5 sao (đạt từ 90 trở lên)"): under a file whose province
     * forwards on the score alone, a council at 90.00 whose 5-star mark is unmet (rank 4) is forwarded.
     */
    @Test
    void aCouncilAtNinetyWithAFiveStarMarkUnmetIsForwardedWhenTheFileForwardsOnTheScore_line85() {
        ScoringEngine scoreOnly = ScoringEngine.of(CouncilFixtures.ruleSetWithProcess("qd-26-2026",
                io.github.ocop.core.model.ReferralBasis.SCORE_ONLY));
        List<Assessment> members = three().stream().map(a -> new Assessment("qd-26-2026", a.sheet(), a.product(),
                a.assessor(), a.answers(), a.knockOuts())).toList();
        CouncilEvaluation c = CouncilEvaluation.of(scoreOnly, members);
        assertThat(c.stars()).hasValue(4);
        EvaluationOutcome o = c.nextStep(EvaluationLevel.PROVINCE);
        assertThat(o.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(o.nextLevel()).hasValue(EvaluationLevel.CENTRAL);
        assertThat(o.vietnamese()).contains("chưa đạt mức tối thiểu của hạng 5 sao");
    }

    /** Issue 13 item 6: "CHU-TICH", "chu-tich " and "chu-tich" are one member, so the second and third are duplicates. */
    @Test
    void assessorIdsCompareAfterTrimmingNfcAndCaseFolding() {
        List<Assessment> members = List.of(t("CHU-TICH", "c", "b", "c", "b", "c"), t("chu-tich ", "c", "b", "c", "b", "c"),
                t("chu-tich", "c", "b", "c", "b", "c"), t("m2", "c", "b", "c", "b", "c"));
        OcopInputException e = catchInput(() -> CouncilEvaluation.of(ENGINE, members));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$[1].assessor", "$[2].assessor");
        assertThat(e.problems().get(0).message()).contains("'chu-tich '").contains("$[0]").contains("'CHU-TICH'")
                .contains("mỗi thành viên chỉ chấm một lần");
        // decomposed "Thành" (a + combining grave) and precomposed "Thành" are one member too
        List<Assessment> accents = List.of(t("Th\u00e0nh", "c", "b", "c", "b", "c"),
                t("Tha\u0300nh", "c", "b", "c", "b", "c"));
        assertThat(catchInput(() -> CouncilEvaluation.of(ENGINE, accents)).problems()).extracting(Problem::path)
                .containsExactly("$[1].assessor");
        assertThat(CouncilEvaluation.memberKey(" CHU-TICH ")).isEqualTo(CouncilEvaluation.memberKey("chu-tich"));
    }

    /** The chair named in the policy is found among the members by the same comparison. */
    @Test
    void theChairIsMatchedIgnoringCaseAndSpaces() {
        List<Assessment> members = List.of(t("chu-tich", "c", "b", "c", "b", "c"), t("m2", "c", "b", "c", "b", "c"),
                t("m3", "c", "b", "c", "b", "c"));
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, members,
                CouncilPolicy.provincialPractice().withCouncil(3, " CHU-TICH"));
        assertThat(c.valid()).isTrue();
        assertThat(c.warnings()).extracting(CouncilWarning::kind).doesNotContain(CouncilWarning.Kind.QUORUM_NOT_MET);
    }

    /** Product names compare after NFC: "Bưởi" typed decomposed and precomposed is one product. */
    @Test
    void productNamesCompareAfterNfc() {
        Product composed = Product.named("B\u01b0\u1edfi da xanh");
        Product decomposed = Product.named("B\u01b0\u01a1\u0309i da xanh");
        assertThat(decomposed.name()).isNotEqualTo(composed.name());
        assertThat(java.text.Normalizer.normalize(decomposed.name(), java.text.Normalizer.Form.NFC))
                .isEqualTo(composed.name());
        Assessment a = three().get(0);
        List<Assessment> members = List.of(
                new Assessment("test", "T", composed, "m1", a.answers(), List.of()),
                new Assessment("test", "T", decomposed, "m2", a.answers(), List.of()));
        assertThat(CouncilEvaluation.of(ENGINE, members).size()).isEqualTo(2);
        List<Assessment> other = List.of(members.get(0),
                new Assessment("test", "T", Product.named("B\u01b0\u1edfi n\u0103m roi"), "m2", a.answers(), List.of()));
        assertThat(catchInput(() -> CouncilEvaluation.of(ENGINE, other)).problems()).extracting(Problem::path)
                .containsExactly("$[1].product.name");
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
