package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.text.Messages;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.LevelRole;
import io.github.ocop.core.model.LevelAuthority;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.EvaluationAuthorities;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.process.OutcomeKind;
import io.github.ocop.core.model.ReferralBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvaluationAuthoritiesTest {

    private static final RuleSet QD26 = Bundled.QD26;

    private static EvaluationOutcome nextStep(RuleSet r, EvaluationLevel level, double mean, int stars) {
        return EvaluationAuthorities.forRuleSet(r).nextStep(level, mean, stars);
    }

    private static EvaluationOutcome nextStep(RuleSet r, LocalDate d, EvaluationLevel level, double mean, int stars) {
        return EvaluationAuthorities.forRuleSet(r, d).nextStep(level, mean, stars);
    }

    @Test
    void qd26HasCommuneProvinceCentral_Dieu4Khoan1AndDieu7() {
        assertThat(EvaluationAuthorities.forRuleSet(QD26).levels())
                .containsExactly(EvaluationLevel.COMMUNE, EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL);
    }

    @Test
    void qd26EvaluatesAtTwoLevelsTheCommuneChecksDossiers_Dieu4Khoan1_line45_Dieu7Khoan2_line72_76() {
        // l.45: "gồm 2 cấp: cấp tỉnh và cấp trung ương"; l.72-76: the commune receives and checks the dossier
        EvaluationAuthorities a = EvaluationAuthorities.forRuleSet(QD26);
        assertThat(a.evaluationLevels()).containsExactly(EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL);
        assertThat(a.dossierCheckLevels()).containsExactly(EvaluationLevel.COMMUNE);
        assertThat(a.authorityAt(EvaluationLevel.COMMUNE).role()).isEqualTo(LevelRole.CHECKS_DOSSIERS);
        // a score given for the commune is refused: it ranks nothing
        assertThatThrownBy(() -> nextStep(QD26, EvaluationLevel.COMMUNE, 40, 2))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage(Messages.VIETNAMESE)).contains("không đánh giá, phân hạng")
                            .contains("các cấp đánh giá là: cấp tỉnh, cấp trung ương");
                    assertThat(e.getMessage()).contains("does not evaluate or rank")
                            .contains("the levels of evaluation are: province, central");
                });
        assertThat(a.afterDossierCheck(EvaluationLevel.COMMUNE).interpretations())
                .extracting(i -> i.id()).contains("dossier-check-is-a-step");
        assertThatThrownBy(() -> a.afterDossierCheck(EvaluationLevel.PROVINCE))
                .isInstanceOf(IllegalArgumentException.class);
        // 1048: the district scores and forwards from 50 points, so it is a level of evaluation
        assertThat(EvaluationAuthorities.forRuleSet(Bundled.QD1048).evaluationLevels())
                .containsExactly(EvaluationLevel.DISTRICT, EvaluationLevel.PROVINCE, EvaluationLevel.CENTRAL);
    }

    @Test
    void qd26CommuneChecksTheDossierIn15WorkingDaysAndForwardsToProvince_Dieu7Khoan2() {
        EvaluationOutcome o = EvaluationAuthorities.forRuleSet(QD26).afterDossierCheck(EvaluationLevel.COMMUNE);
        assertThat(o.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(o.nextLevel()).contains(EvaluationLevel.PROVINCE);
        assertThat(o.decider().vietnamese()).isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(o.vietnamese()).contains("15 ngày làm việc").contains("Mẫu số 03");
        assertThat(o.english()).contains("15 working days");
        assertThat(o.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 2");
    }

    @Test
    void qd26ProvinceCertifiesThreeAndFourStars_Dieu4Khoan1DiemA() {
        EvaluationOutcome three = nextStep(QD26, EvaluationLevel.PROVINCE, 65.5, 3);
        assertThat(three.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(three.certifiedStars()).hasValue(3);
        assertThat(three.decider().vietnamese()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp tỉnh");
        assertThat(three.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 4 khoản 1 điểm a");
        EvaluationOutcome four = nextStep(QD26, EvaluationLevel.PROVINCE, 89.99, 4);
        assertThat(four.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(four.certifiedStars()).hasValue(4);
    }

    @Test
    void qd26OneAndTwoStarsGetNoDecisionAndNoCertificate_Dieu4Khoan1DiemA() {
        EvaluationOutcome o = nextStep(QD26, EvaluationLevel.PROVINCE, 49.99, 2);
        assertThat(o.kind()).isEqualTo(OutcomeKind.NO_CERTIFICATE);
        assertThat(o.certifiedStars()).isEmpty();
        assertThat(o.vietnamese()).contains("không cấp giấy chứng nhận");
        assertThat(o.citations()).containsExactly("QĐ 26/2026/QĐ-TTg, Điều 4 khoản 1 điểm a");
        // English counts one star in the singular (issue 14): "ranks 2 stars", "ranks 1 star"
        assertThat(o.english()).startsWith("The product ranks 2 stars (mean total 49.99)");
        EvaluationOutcome one = nextStep(QD26, EvaluationLevel.PROVINCE, 20, 1);
        assertThat(one.english()).startsWith("The product ranks 1 star (mean total 20");
        assertThat(one.vietnamese()).startsWith("Sản phẩm đạt 1 sao (20");
    }

    @Test
    void qd26NinetyOrMoreGoesToTheMinistryAsPotentialFiveStars_Dieu7Khoan3DiemE() {
        EvaluationOutcome o = nextStep(QD26, EvaluationLevel.PROVINCE, 90.0, 5);
        assertThat(o.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(o.nextLevel()).contains(EvaluationLevel.CENTRAL);
        assertThat(o.vietnamese()).contains("Bộ Nông nghiệp và Môi trường").contains("tiềm năng đạt 5 sao");
        assertThat(o.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e đoạn 2",
                "QĐ 26/2026/QĐ-TTg, Điều 6 khoản 3");
    }

    /**
     * source.txt line 85: "Đối với các sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên) ... đề nghị Bộ Nông nghiệp
     * và Môi trường đánh giá, phân hạng sản phẩm OCOP 5 sao": the test is the score; a province result of 93 points
     * whose 5-star minimum is unmet (rank 4) goes to the ministry, which decides.
     */
    @Test
    void qd26NinetyPointsWithAFiveStarMinimumUnmetIsForwardedByDefault_line85() {
        assertThat(EvaluationAuthorities.forRuleSet(QD26).authorityAt(EvaluationLevel.PROVINCE).forwardBasis())
                .contains(ReferralBasis.SCORE_ONLY);
        EvaluationOutcome o = EvaluationAuthorities.forRuleSet(QD26).nextStep(EvaluationLevel.PROVINCE, 93, 4);
        assertThat(o.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(o.nextLevel()).contains(EvaluationLevel.CENTRAL);
        assertThat(o.vietnamese()).contains("93,00 điểm").contains("chưa đạt mức tối thiểu của hạng 5 sao")
                .contains("Bộ Nông nghiệp và Môi trường đánh giá, quyết định");
        assertThat(o.english()).contains("A 5-star minimum is unmet");
        assertThat(o.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e đoạn 2");
        assertThat(o.interpretations()).extracting(i -> i.id()).contains("referral-on-score-alone")
                .doesNotContain("referral-needs-score-and-rank");
        assertThat(QD26.interpretation("referral-on-score-alone").orElseThrow().source()).contains("line 85");
    }

    /** source.txt line 85 and the star marks of Phụ lục II: the stricter reading stays available by name. */
    @Test
    void qd26StricterPolicyKeepsNinetyPointsWithAFiveStarMinimumUnmetAtTheProvince_line85() {
        EvaluationOutcome strict = EvaluationAuthorities.forRuleSet(QD26)
                .nextStep(EvaluationLevel.PROVINCE, 93, 4, ReferralBasis.SCORE_AND_RANK);
        assertThat(strict.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(strict.certifiedStars()).hasValue(4);
        assertThat(strict.interpretations()).extracting(i -> i.id()).contains("referral-needs-score-and-rank");
        // below 90 nothing changes with the policy: 89.99 is 4 stars' band (line 40: "từ 70 đến dưới 90 điểm")
        assertThat(EvaluationAuthorities.forRuleSet(QD26).nextStep(EvaluationLevel.PROVINCE, 89.99, 4).kind())
                .isEqualTo(OutcomeKind.CERTIFY);
        // a 5-star result at 90 without unmet minima is forwarded either way, with no remark on minima
        EvaluationOutcome five = EvaluationAuthorities.forRuleSet(QD26).nextStep(EvaluationLevel.PROVINCE, 90, 5);
        assertThat(five.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(five.vietnamese()).doesNotContain("mức tối thiểu");
    }

    /** The exact mean decides forwarding: 89.996 is below 90 (line 39-40, "từ 90", "dưới 90"). */
    @Test
    void qd26ForwardingComparesTheExactMean_line85() {
        EvaluationOutcome o = EvaluationAuthorities.forRuleSet(QD26)
                .nextStep(EvaluationLevel.PROVINCE, new java.math.BigDecimal("89.996"), 4);
        assertThat(o.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(o.certifiedStars()).hasValue(4);
    }

    /** 1048 and 148 keep the stricter reading as their file's default (no change of result there). */
    @Test
    void qd1048And148KeepForwardingOnScoreAndRank() {
        assertThat(EvaluationAuthorities.forRuleSet(Bundled.QD1048).authorityAt(EvaluationLevel.PROVINCE)
                .forwardBasis()).contains(ReferralBasis.SCORE_AND_RANK);
        assertThat(nextStep(Bundled.QD1048, EvaluationLevel.PROVINCE, 93, 4).kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(nextStep(Bundled.QD148, LocalDate.of(2024, 6, 1), EvaluationLevel.PROVINCE, 93, 4).kind())
                .isEqualTo(OutcomeKind.CERTIFY);
    }

    @Test
    void qd26MinistryCertifiesFiveStars_Dieu4Khoan1DiemB() {
        EvaluationOutcome o = nextStep(QD26, EvaluationLevel.CENTRAL, 91.2, 5);
        assertThat(o.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(o.certifiedStars()).hasValue(5);
        assertThat(o.decider().vietnamese()).isEqualTo("Bộ trưởng Bộ Nông nghiệp và Môi trường");
        assertThat(o.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 4 khoản 1 điểm b");
    }

    @Test
    void qd26MinistryBelow90SendsItBackToTheProvinceWhichMayCertifyThreeOrFour_Dieu7Khoan4() {
        EvaluationOutcome o = nextStep(QD26, EvaluationLevel.CENTRAL, 86, 4);
        assertThat(o.kind()).isEqualTo(OutcomeKind.RETURN_TO_PROVINCE);
        assertThat(o.nextLevel()).contains(EvaluationLevel.PROVINCE);
        assertThat(o.decider().vietnamese()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp tỉnh");
        assertThat(o.vietnamese()).contains("3 sao, 4 sao");
        // the province's decider named in each language alone (its English name is the rule set file's rendering)
        assertThat(o.vietnamese()).contains("Chủ tịch Ủy ban nhân dân cấp tỉnh").doesNotContain(o.decider().english());
        assertThat(o.english()).contains(o.decider().english()).doesNotContain("Chủ tịch");
        assertThat(o.citations()).containsExactly("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 4 điểm g đoạn 2");
    }

    @Test
    void qd26HasNoDistrictLevel() {
        assertThatThrownBy(() -> nextStep(QD26, EvaluationLevel.DISTRICT, 60, 3))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage(Messages.VIETNAMESE)).startsWith("cấp huyện không tham gia quy trình")
                            .endsWith("các cấp của quy trình là: cấp xã, cấp tỉnh, cấp trung ương");
                    assertThat(e.getMessage()).startsWith("the district level takes no part")
                            .endsWith("its levels are: commune, province, central");
                });
    }

    @Test
    void qd1048DistrictForwardsFromFiftyAndProvinceCertifiesThreeFour() {
        EvaluationOutcome district = nextStep(Bundled.QD1048, EvaluationLevel.DISTRICT, 50, 3);
        assertThat(district.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(district.nextLevel()).contains(EvaluationLevel.PROVINCE);
        assertThat(nextStep(Bundled.QD1048, EvaluationLevel.DISTRICT, 49.9, 2).kind())
                .isEqualTo(OutcomeKind.NO_CERTIFICATE);
        EvaluationOutcome province = nextStep(Bundled.QD1048, EvaluationLevel.PROVINCE, 75, 4);
        assertThat(province.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(province.decider().vietnamese()).isEqualTo("Ủy ban nhân dân cấp tỉnh");
        EvaluationOutcome up = nextStep(Bundled.QD1048, EvaluationLevel.PROVINCE, 90, 5);
        assertThat(up.nextLevel()).contains(EvaluationLevel.CENTRAL);
        EvaluationOutcome central = nextStep(Bundled.QD1048, EvaluationLevel.CENTRAL, 95, 5);
        assertThat(central.decider().vietnamese()).isEqualTo("Bộ Nông nghiệp và Phát triển nông thôn");
        assertThat(central.certifiedStars()).hasValue(5);
    }

    @Test
    void qd1048CentralBelowFiveStarsIsAVisibleGap() {
        EvaluationOutcome o = nextStep(Bundled.QD1048, EvaluationLevel.CENTRAL, 85, 4);
        assertThat(o.kind()).isEqualTo(OutcomeKind.NOT_PROVIDED_FOR);
        assertThat(o.step().code()).isEqualTo("process.notProvidedFor");
        assertThat(o.english()).contains("The sources do not say").contains("gap in the sources");
        assertThat(o.vietnamese()).contains("Các nguồn không quy định bước tiếp theo");
    }

    @Test
    void qd148OriginalDistrictCertifiesThreeStarsAndForwardsFromSeventy() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        EvaluationOutcome three = nextStep(Bundled.QD148, d, EvaluationLevel.DISTRICT, 60, 3);
        assertThat(three.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(three.decider().vietnamese()).isEqualTo("Ủy ban nhân dân cấp huyện");
        assertThat(three.process().id()).isEqualTo("qd-148-2023-original");
        EvaluationOutcome up = nextStep(Bundled.QD148, d, EvaluationLevel.DISTRICT, 70, 4);
        assertThat(up.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(up.nextLevel()).contains(EvaluationLevel.PROVINCE);
        EvaluationOutcome four = nextStep(Bundled.QD148, d, EvaluationLevel.PROVINCE, 80, 4);
        assertThat(four.certifiedStars()).hasValue(4);
    }

    @Test
    void qd148After1489HasNoDistrictAndProvinceCertifiesThreeFour() {
        LocalDate d = LocalDate.of(2025, 9, 1);
        assertThatThrownBy(() -> nextStep(Bundled.QD148, d, EvaluationLevel.DISTRICT, 60, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(nextStep(Bundled.QD148, d, EvaluationLevel.PROVINCE, 60, 3).kind())
                .isEqualTo(OutcomeKind.CERTIFY);
        assertThat(EvaluationAuthorities.forRuleSet(Bundled.QD148, d).afterDossierCheck(EvaluationLevel.COMMUNE)
                .nextLevel()).contains(EvaluationLevel.PROVINCE);
    }

    @Test
    void qd148WithoutADateIsRejectedBecauseItHasTwoProcesses() {
        assertThatThrownBy(() -> nextStep(Bundled.QD148, EvaluationLevel.PROVINCE, 60, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 process versions");
    }

    @Test
    void starsAboveThePointsBandAreRejected_Dieu3Khoan3() {
        assertThatThrownBy(() -> nextStep(QD26, EvaluationLevel.PROVINCE, 89.99, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("89.99")
                .hasMessageContaining("4 stars");
        assertThatThrownBy(() -> nextStep(QD26, EvaluationLevel.PROVINCE, 101, 5))
                .hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> nextStep(QD26, EvaluationLevel.PROVINCE, 50, 0))
                .hasMessageContaining("1 to 5");
    }

    @Test
    void bandsAreHalfOpen() {
        // the one set of bands is the rule set's (QĐ 26/2026 Phụ lục I: 30, 50, 70, 90 points open the 2- to 5-star bands)
        assertThat(QD26.starRanking().starsFor(new java.math.BigDecimal("89.99"))).isEqualTo(4);
        assertThat(QD26.starRanking().starsFor(new java.math.BigDecimal("90.0"))).isEqualTo(5);
        assertThat(QD26.starRanking().starsFor(new java.math.BigDecimal("29.99"))).isEqualTo(1);
        assertThat(QD26.starRanking().starsFor(new java.math.BigDecimal("30"))).isEqualTo(2);
        assertThat(QD26.starRanking().starsFor(new java.math.BigDecimal("50"))).isEqualTo(3);
        assertThat(QD26.starRanking().starsFor(new java.math.BigDecimal("70"))).isEqualTo(4);
    }

    @Test
    void certifyingLevelPerStars() {
        EvaluationAuthorities a = EvaluationAuthorities.forRuleSet(QD26);
        assertThat(a.certifyingLevel(5)).map(LevelAuthority::level).contains(EvaluationLevel.CENTRAL);
        assertThat(a.certifyingLevel(3)).map(LevelAuthority::level).contains(EvaluationLevel.PROVINCE);
        assertThat(a.certifyingLevel(2)).isEmpty();
    }
}
