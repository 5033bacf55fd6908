package io.github.ocop.rules.process;

import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.history.Resolution;
import io.github.ocop.core.history.ResolutionBasis;
import io.github.ocop.core.history.RuleSetResolver;
import io.github.ocop.core.model.DocumentKind;
import io.github.ocop.core.model.DocumentRequirement;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.process.CycleStage;
import io.github.ocop.core.process.DateWindow;
import io.github.ocop.core.process.DossierRequirements;
import io.github.ocop.core.process.EvaluationAuthorities;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.process.EvaluationRound;
import io.github.ocop.core.process.OutcomeKind;
import io.github.ocop.core.process.ProductJourney;
import io.github.ocop.core.process.Revocation;
import io.github.ocop.core.process.RoundCalendar;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.RuleSetLoader;
import io.github.ocop.rules.RuleSetProvider;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12: a user-supplied rule set file gets every feature, each engine answering from the file's numbers. The
 * fixture {@code fixtures/imaginary-decision.json} is an imaginary "QĐ 99/2031/QĐ-TTg" whose every number differs
 * from QĐ 26/2026 on purpose: bands 0/25/45/65/85, three levels (the commune certifies 3 stars and forwards from 65,
 * the province certifies 4 and forwards from 85, the ministry certifies 5), certificates valid 24 months with a
 * 90-30-day filing window and 20 days to decide, transition from qd-26-2026 of 45/45/20 days, one provincial round
 * (before 31/08 for dossiers proposed before 30/06), revocation within 10 days, re-entry at any later date, and a
 * knock-out that follows from the answer "a" to criterion 3. Expected values below are worked out by hand from
 * those numbers.
 */
class ImaginaryDecisionTest {
    static final Path FILE = Path.of("src/test/resources/fixtures/imaginary-decision.json");
    static final RuleSet FIXTURE = RuleSetLoader.load(FILE);

    /** The fixture through the provider SPI, next to the bundled rule sets (the providers a ServiceLoader finds). */
    static final RuleSets REGISTRY = RuleSets.of(List.of(new RuleSetProvider() {
        @Override
        public Set<String> ids() {
            return Set.of("qd-99-2031");
        }

        @Override
        public Optional<RuleSet> load(String id) {
            return id.equals("qd-99-2031") ? Optional.of(FIXTURE) : Optional.empty();
        }
    }, new io.github.ocop.rules.BundledRuleSets()));

    static final RuleSet RULES = REGISTRY.get("qd-99-2031");

    static Assessment assessment(String... answers) {
        return member("m1", answers);
    }

    static Assessment member(String assessor, String... answers) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < answers.length; i += 2) {
            m.put(answers[i], answers[i + 1]);
        }
        return new Assessment("qd-99-2031", "1", new Product("Sản phẩm thử", new Subject("HTX thử",
                SubjectType.COOPERATIVE), "I.1.a"), assessor, m, List.of());
    }

    @Test
    void theProviderSpiServesTheFileAsLoaded() {
        assertThat(RULES).isEqualTo(FIXTURE);
        assertThat(REGISTRY.ids()).contains("qd-99-2031", "qd-26-2026");
        assertThat(RuleSets.isOfficial(RULES)).isFalse();
    }

    @Test
    void scoringUsesTheFilesBands() {
        // 1.1 c 20 + 1.2 a 5 + 2.1 c 15 + 2.2 b 10 + 3 d 35 = 85: the 5-star band of this file starts at 85
        // (under QĐ 26/2026's bands 85 would be 4 stars); 3 = d meets the 5-star mark, 1.1 = c beats the 3-star mark
        ScoreCard card = ScoringEngine.of(RULES).score(assessment("1.1", "c", "1.2", "a", "2.1", "c", "2.2", "b", "3", "d"));
        assertThat(card.total()).isEqualTo(85);
        assertThat(card.bandStars()).isEqualTo(5);
        assertThat(card.stars()).hasValue(5);
    }

    @Test
    void aKnockOutThatFollowsFromTheAnswersAppliesWithoutBeingRecorded() {
        // 3 = a is the file's trigger of KO2 ("Nếu được 0 điểm tại chỉ tiêu 3 ...")
        ScoreCard card = ScoringEngine.of(RULES).score(assessment("1.1", "c", "1.2", "b", "2.1", "c", "2.2", "b", "3", "a"));
        assertThat(card.total()).isEqualTo(20 + 20 + 15 + 10);
        assertThat(card.ranked()).isFalse();
        assertThat(card.stars()).isEmpty();
        assertThat(card.knockOuts()).extracting(k -> k.id()).containsExactly("KO2");
        assertThat(card.derivedKnockOuts()).singleElement().satisfies(d -> {
            assertThat(d.knockOut().id()).isEqualTo("KO2");
            assertThat(d.criterion()).isEqualTo("3");
            assertThat(d.option()).isEqualTo("a");
        });
        // the same answers with 3 = b trigger nothing
        ScoreCard ok = ScoringEngine.of(RULES).score(assessment("1.1", "c", "1.2", "b", "2.1", "c", "2.2", "b", "3", "b"));
        assertThat(ok.knockOuts()).isEmpty();
        assertThat(ok.derivedKnockOuts()).isEmpty();
    }

    @Test
    void threeLevelsCertifyAndForwardFromTheFilesThresholds() {
        EvaluationAuthorities a = EvaluationAuthorities.forRuleSet(RULES);
        assertThat(a.levels()).containsExactly(EvaluationLevel.COMMUNE, EvaluationLevel.PROVINCE,
                EvaluationLevel.CENTRAL);
        // 50 is in [45, 65): 3 stars, certified by the commune itself, valid 24 months
        EvaluationOutcome commune3 = a.nextStep(EvaluationLevel.COMMUNE, 50, 3);
        assertThat(commune3.kind()).isEqualTo(OutcomeKind.CERTIFY);
        assertThat(commune3.certifiedStars()).hasValue(3);
        assertThat(commune3.decider().vietnamese()).isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(commune3.vietnamese()).contains("24 tháng");
        assertThat(commune3.citations()).containsExactly("QĐ 99/2031/QĐ-TTg Điều 4 khoản 1 điểm a");
        // 70 >= 65 with 4 stars: forwarded to the province
        EvaluationOutcome commune4 = a.nextStep(EvaluationLevel.COMMUNE, 70, 4);
        assertThat(commune4.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(commune4.nextLevel()).hasValue(EvaluationLevel.PROVINCE);
        // the province certifies 4 stars below 85 and forwards from 85
        assertThat(a.nextStep(EvaluationLevel.PROVINCE, 80, 4).kind()).isEqualTo(OutcomeKind.CERTIFY);
        EvaluationOutcome province5 = a.nextStep(EvaluationLevel.PROVINCE, 86, 5);
        assertThat(province5.kind()).isEqualTo(OutcomeKind.FORWARD);
        assertThat(province5.nextLevel()).hasValue(EvaluationLevel.CENTRAL);
        assertThat(province5.vietnamese()).contains("Bộ Tưởng tượng").contains("từ 85 điểm trở lên");
        assertThat(a.nextStep(EvaluationLevel.CENTRAL, 86, 5).decider().vietnamese()).isEqualTo("Bộ Tưởng tượng");
        // 30 is in [25, 45): 2 stars, which no level certifies
        EvaluationOutcome two = a.nextStep(EvaluationLevel.COMMUNE, 30, 2);
        assertThat(two.kind()).isEqualTo(OutcomeKind.NO_CERTIFICATE);
        assertThat(two.citations()).containsExactly("QĐ 99/2031/QĐ-TTg Điều 4 khoản 2");
        // a 4-star result at the ministry: the file states no return rule, so the gap is shown, never guessed
        EvaluationOutcome gap = a.nextStep(EvaluationLevel.CENTRAL, 80, 4);
        assertThat(gap.kind()).isEqualTo(OutcomeKind.NOT_PROVIDED_FOR);
        assertThat(gap.citations()).containsExactly("QĐ 99/2031/QĐ-TTg");
        assertThat(gap.evidence()).contains("gapCitations: the imaginary decision says nothing of the case [GAP]");
    }

    @Test
    void aCouncilUsesTheFilesProcess() {
        ScoringEngine engine = ScoringEngine.of(RULES);
        // two members: 85 (3 = d) and 80 (3 = c) -> mean 82.50, in [65, 85): 4 stars; the mean of 3 (32.5) meets
        // the 4-star mark (c, 30 points); the province certifies 4 stars
        CouncilEvaluation c = CouncilEvaluation.of(engine, List.of(
                member("m1", "1.1", "c", "1.2", "a", "2.1", "c", "2.2", "b", "3", "d"),
                member("m2", "1.1", "c", "1.2", "a", "2.1", "c", "2.2", "b", "3", "c")));
        assertThat(c.total()).isEqualByComparingTo("82.50");
        assertThat(c.stars()).hasValue(4);
        assertThat(c.nextStep(EvaluationLevel.PROVINCE).kind()).isEqualTo(OutcomeKind.CERTIFY);
    }

    @Test
    void certificatesLast24MonthsWithA90To30DayWindow() {
        Certificate c = Certificate.issue(RULES, "Sản phẩm thử", 3, LocalDate.of(2031, 3, 15));
        assertThat(c.validUntil()).isEqualTo(LocalDate.of(2033, 3, 15));
        // 2033-03-15 minus 90 days = 2032-12-15; minus 30 days = 2033-02-13
        assertThat(c.reEvaluationFilingWindow()).hasValue(new DateWindow(LocalDate.of(2032, 12, 15),
                LocalDate.of(2033, 2, 13)));
        assertThat(Certificate.reEvaluationDecisionDue(RULES, LocalDate.of(2032, 1, 10)))
                .isEqualTo(LocalDate.of(2032, 1, 30));
        assertThatThrownBy(() -> Certificate.issue(RULES, "x", 3, LocalDate.of(2030, 12, 31)))
                .hasMessageContaining("2031-01-01");
    }

    @Test
    void dossierDocumentsFollowTheFileAndTheGroup() {
        DossierRequirements g1 = DossierRequirements.of(RULES, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "I");
        assertThat(g1.requirements()).extracting(DocumentRequirement::anyOf)
                .extracting(l -> l.get(0)).extracting(DocumentKind::id).containsExactly("don-dang-ky", "mau-san-pham");
        // the samples line applies to group I only; the fixture's taxonomy has no other group
        assertThatThrownBy(() -> DossierRequirements.of(RULES, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "II"))
                .hasMessageContaining("no product group 'II'");
        assertThatThrownBy(() -> DossierRequirements.of(RULES, EvaluationKind.UPGRADE, EvaluationLevel.PROVINCE, "I"))
                .hasMessageContaining("no dossier");
    }

    @Test
    void roundsFollowTheFilesCalendar() {
        EvaluationRound r = RoundCalendar.roundFor(RULES, LocalDate.of(2031, 6, 29), EvaluationLevel.PROVINCE);
        assertThat(r.heldBefore()).isEqualTo(LocalDate.of(2031, 8, 31));
        assertThat(r.citation()).isEqualTo("QĐ 99/2031/QĐ-TTg Điều 5 khoản 1");
        // "trước ngày 30/6": a dossier proposed on 30/6 waits for next year's round
        assertThat(RoundCalendar.roundFor(RULES, LocalDate.of(2031, 6, 30), EvaluationLevel.PROVINCE).heldBefore())
                .isEqualTo(LocalDate.of(2032, 8, 31));
        assertThatThrownBy(() -> RoundCalendar.roundFor(RULES, LocalDate.of(2031, 6, 1), EvaluationLevel.COMMUNE))
                .hasMessageContaining("no statutory rounds");
    }

    @Test
    void theResolverAppliesTheFilesTransition() {
        RuleSetResolver resolver = REGISTRY.resolver();
        // filed before 01/01/2031; a first evaluation has 45 days: up to 2031-02-15
        Resolution in = resolver.resolve(EvaluationKind.FIRST, LocalDate.of(2030, 12, 20), LocalDate.of(2031, 2, 15));
        assertThat(in.ruleSetId()).isEqualTo("qd-26-2026");
        assertThat(in.basis()).isEqualTo(ResolutionBasis.TRANSITIONAL_PROVISION);
        assertThat(in.deadline()).hasValue(LocalDate.of(2031, 2, 15));
        Resolution late = resolver.resolve(EvaluationKind.FIRST, LocalDate.of(2030, 12, 20), LocalDate.of(2031, 2, 16));
        assertThat(late.ruleSetId()).isEqualTo("qd-99-2031");
        assertThat(late.basis()).isEqualTo(ResolutionBasis.TRANSITIONAL_DEADLINE_MISSED);
        // a re-evaluation has 20 days: up to 2031-01-21
        assertThat(resolver.resolve(EvaluationKind.RE_EVALUATION, LocalDate.of(2030, 12, 20),
                LocalDate.of(2031, 1, 21)).ruleSetId()).isEqualTo("qd-26-2026");
        assertThat(resolver.resolve(EvaluationKind.RE_EVALUATION, LocalDate.of(2030, 12, 20),
                LocalDate.of(2031, 1, 22)).ruleSetId()).isEqualTo("qd-99-2031");
        Resolution filed = resolver.resolve(EvaluationKind.FIRST, LocalDate.of(2031, 1, 5), LocalDate.of(2031, 3, 1));
        assertThat(filed.ruleSetId()).isEqualTo("qd-99-2031");
        assertThat(filed.basis()).isEqualTo(ResolutionBasis.FILED_UNDER_NEW_RULES);
        assertThat(filed.citations()).contains("QĐ 99/2031/QĐ-TTg, Điều 11 khoản 1");
        assertThat(filed.process()).map(v -> v.id()).hasValue("qd-99-2031");
    }

    @Test
    void revocationFollowsTheFilesAuthoritiesAndTimeLimit() {
        Certificate c = Certificate.issue(RULES, "Sản phẩm thử", 4, LocalDate.of(2031, 3, 15));
        Revocation r = Revocation.of(RULES, c, "a", LocalDate.of(2031, 6, 1));
        assertThat(r.authority().vietnamese()).isEqualTo("Ủy ban nhân dân cấp tỉnh");
        assertThat(r.deadline()).isEqualTo(LocalDate.of(2031, 6, 11));
        assertThat(r.citations()).containsExactly("QĐ 99/2031/QĐ-TTg Điều 8 khoản 1 điểm a",
                "QĐ 99/2031/QĐ-TTg Điều 8 khoản 2 điểm b", "QĐ 99/2031/QĐ-TTg Điều 8 khoản 4");
    }

    @Test
    void aFailedProductMayReEnterTheSameYearUnderThisFile() {
        ProductJourney j = ProductJourney.start("Sản phẩm thử", CycleStage.EVALUATION, LocalDate.of(2031, 3, 1),
                        RULES.process().versions().get(0))
                .moveTo(CycleStage.PLAN_IMPLEMENTATION, LocalDate.of(2031, 3, 2))
                .moveTo(CycleStage.EVALUATION, LocalDate.of(2031, 9, 1));
        assertThat(j.current().stage()).isEqualTo(CycleStage.EVALUATION);
        // under QĐ 1048's file (next calendar year) the same move is refused
        assertThatThrownBy(() -> ProductJourney.start("Sản phẩm thử", CycleStage.EVALUATION, LocalDate.of(2019, 9, 1),
                        Bundled.QD1048.process().versions().get(0))
                .moveTo(CycleStage.PLAN_IMPLEMENTATION, LocalDate.of(2019, 9, 2))
                .moveTo(CycleStage.EVALUATION, LocalDate.of(2019, 11, 1)))
                .hasMessageContaining("2020");
    }

    @Test
    void theFileRoundTripsThroughEveryForm() throws Exception {
        // JSON -> model -> file writer -> model; model -> compiled form -> model
        String written = RuleSetLoader.write(FIXTURE);
        RuleSet again = RuleSetLoader.parse(written.getBytes(java.nio.charset.StandardCharsets.UTF_8), "written");
        assertThat(again).isEqualTo(FIXTURE);
        assertThat(RuleSetLoader.write(again)).isEqualTo(written);
    }

    @Test
    void processDatesMayNotDriftFromTheInstrument() throws Exception {
        String text = java.nio.file.Files.readString(FILE);
        String early = text.replace("\"firstDay\": \"2031-01-01\"", "\"firstDay\": \"2030-12-01\"");
        assertThat(early).isNotEqualTo(text);
        assertThatThrownBy(() -> RuleSetLoader.parse(early.getBytes(java.nio.charset.StandardCharsets.UTF_8), "early"))
                .hasMessageContaining("$.process.versions[0].firstDay")
                .hasMessageContaining("before the decision takes effect");
        String unknown = text.replace("\"interpretations\": []\n          }\n        ],\n        \"dossierGap\"",
                "\"interpretations\": [\"no-such\"]\n          }\n        ],\n        \"dossierGap\"");
        assertThat(unknown).isNotEqualTo(text);
        assertThatThrownBy(() -> RuleSetLoader.parse(unknown.getBytes(java.nio.charset.StandardCharsets.UTF_8), "unknown"))
                .hasMessageContaining("there is no interpretation \"no-such\"");
    }

    @Test
    void aProgrammeReportUsesTheFilesLevelsAndCertificateMonths() {
        // commune round under QĐ 99/2031: 50 points (3 stars) is certified by the commune itself; 70 (4 stars) is
        // forwarded to the province (from 65); a certificate issued 2031-03-15 lasts 24 months, to 2033-03-15
        String round = """
                {"title": "Đợt thử", "ruleSet": "qd-99-2031", "level": "COMMUNE",
                 "plan": {"title": "Kế hoạch thử", "source": "fixture", "targets": [{"kind": "FORWARDED", "count": 1}]},
                 "expiryPeriod": {"from": "2033-03-01", "to": "2033-03-31"},
                 "products": [
                  {"name": "A", "commune": "X", "group": "I", "evaluatedOn": "2031-03-01", "total": 50, "stars": 3,
                   "certificate": {"stars": 3, "issuedOn": "2031-03-15"}},
                  {"name": "B", "commune": "X", "group": "I", "evaluatedOn": "2031-03-01", "total": 70, "stars": 4}]}
                """;
        var report = io.github.ocop.core.report.ProgrammeReport.of(io.github.ocop.rules.ProgrammeRoundReader.parse(
                round.getBytes(java.nio.charset.StandardCharsets.UTF_8), "round.json", REGISTRY));
        assertThat(report.nextSteps()).extracting(n -> n.outcome().kind())
                .containsExactly(OutcomeKind.CERTIFY, OutcomeKind.FORWARD);
        assertThat(report.forwarded()).extracting(n -> n.product().name()).containsExactly("B");
        assertThat(report.expiringCertificates()).extracting(p -> p.certificate().orElseThrow().validUntil())
                .containsExactly(LocalDate.of(2033, 3, 15));
    }
}
