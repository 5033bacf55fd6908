package io.github.ocop.core.history;

import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.process.ProcessInterpretations;
import io.github.ocop.core.process.ProcessRuleSets;
import io.github.ocop.core.process.ProcessVariant;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static io.github.ocop.core.model.EvaluationKind.FIRST;
import static io.github.ocop.core.model.EvaluationKind.RE_EVALUATION;
import static io.github.ocop.core.model.EvaluationKind.UPGRADE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every boundary date of the three decisions and of the QĐ 26/2026 Điều 12 khoản 2 transition
 * (source.txt line 158-164): each decision's first day, 1489's date, 21/05-22/05/2026, and the days around
 * 22/05/2026 + 30 (21/06/2026) and + 60 (21/07/2026).
 */
class RuleSetResolverTest {
    private static final RuleSetResolver RESOLVER = RuleSetResolver.standard();
    private static final RuleSetResolver STRICT = RuleSetResolver.of(LateTransitionPolicy.REJECT);

    @ParameterizedTest(name = "{0} filed {1}, evaluated {2} -> {3} ({4}, {5})")
    @CsvSource({
            // QĐ 1048 first day (21/08/2019)
            "FIRST,         2019-08-21, 2019-08-21, qd-1048-2019, IN_FORCE_ON_EVALUATION_DATE, QD_1048_2019",
            // 781's signing day changes no rule set
            "UPGRADE,       2020-06-01, 2020-06-08, qd-1048-2019, IN_FORCE_ON_EVALUATION_DATE, QD_1048_2019",
            // last day of 1048 / first day of 148 (24/02/2023); no transitional clause: the evaluation date decides
            "FIRST,         2023-01-10, 2023-02-23, qd-1048-2019, IN_FORCE_ON_EVALUATION_DATE, QD_1048_2019",
            "FIRST,         2023-01-10, 2023-02-24, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, QD_148_2023_ORIGINAL",
            "RE_EVALUATION, 2023-02-24, 2023-02-24, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, QD_148_2023_ORIGINAL",
            // 1489 (06/07/2025) changes the process, not the rule set
            "FIRST,         2025-06-01, 2025-07-05, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, QD_148_2023_ORIGINAL",
            "FIRST,         2025-06-01, 2025-07-06, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, QD_148_2023_AMENDED_1489",
            // the day before 26/2026
            "FIRST,         2026-05-21, 2026-05-21, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, QD_148_2023_AMENDED_1489",
            // filed before 22/05/2026, evaluated from it: Điều 12 khoản 2
            "FIRST,         2026-05-21, 2026-05-22, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            "RE_EVALUATION, 2026-05-21, 2026-05-22, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            // filed on 22/05/2026: 26/2026 (Điều 11 khoản 1), although 148 is in force until 21/07/2026
            "FIRST,         2026-05-22, 2026-05-22, qd-26-2026,   FILED_UNDER_NEW_RULES,       QD_26_2026",
            "RE_EVALUATION, 2026-05-22, 2026-06-01, qd-26-2026,   FILED_UNDER_NEW_RULES,       QD_26_2026",
            // re-evaluation: 30 days, last day 21/06/2026
            "RE_EVALUATION, 2026-05-10, 2026-06-20, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            "RE_EVALUATION, 2026-05-10, 2026-06-21, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            "RE_EVALUATION, 2026-05-10, 2026-06-22, qd-26-2026,   TRANSITIONAL_DEADLINE_MISSED, QD_26_2026",
            // a first evaluation on 22/06/2026 is still within its 60 days
            "FIRST,         2026-05-10, 2026-06-22, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            // first / upgrade: 60 days, last day 21/07/2026 (also 148's last day)
            "FIRST,         2026-05-10, 2026-07-20, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            "FIRST,         2026-05-10, 2026-07-21, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            "UPGRADE,       2026-05-10, 2026-07-21, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            "FIRST,         2026-05-10, 2026-07-22, qd-26-2026,   TRANSITIONAL_DEADLINE_MISSED, QD_26_2026",
            "UPGRADE,       2026-05-10, 2026-07-22, qd-26-2026,   TRANSITIONAL_DEADLINE_MISSED, QD_26_2026",
            // a dossier filed under 1048 and still pending on 22/05/2026 is a transitional one too
            "FIRST,         2022-12-01, 2026-06-01, qd-148-2023,  TRANSITIONAL_PROVISION,      QD_148_2023_AMENDED_1489",
            // after the transition
            "UPGRADE,       2026-07-22, 2026-07-22, qd-26-2026,   FILED_UNDER_NEW_RULES,       QD_26_2026",
            "FIRST,         2030-01-01, 2030-02-01, qd-26-2026,   FILED_UNDER_NEW_RULES,       QD_26_2026",
    })
    void boundaryDates(EvaluationKind kind, LocalDate submitted, LocalDate evaluated, String ruleSet,
                       ResolutionBasis basis, ProcessVariant variant) {
        Resolution r = RESOLVER.resolve(kind, submitted, evaluated);
        assertThat(r.ruleSetId()).isEqualTo(ruleSet);
        assertThat(r.basis()).isEqualTo(basis);
        assertThat(r.processVariant()).isEqualTo(variant);
        assertThat(r.citations()).isNotEmpty();
        assertThat(ProcessRuleSets.isInForce(r.ruleSetId(), evaluated))
                .as("the governing rule set is in force on the evaluation date").isTrue();
    }

    @Test
    void theTransitionalDeadlinesAre30And60DaysFrom22May2026AndTheFirstMatches148sLastDay() {
        assertThat(RuleSetResolver.QD26_EFFECTIVE).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(RuleSetResolver.transitionalDeadline(FIRST)).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(RuleSetResolver.transitionalDeadline(UPGRADE)).isEqualTo(LocalDate.of(2026, 7, 21));
        assertThat(RuleSetResolver.transitionalDeadline(RE_EVALUATION)).isEqualTo(LocalDate.of(2026, 6, 21));
        assertThat(RuleSetResolver.transitionalDeadline(FIRST))
                .isEqualTo(ProcessRuleSets.lastDay(ProcessRuleSets.QD_148_2023).orElseThrow());
    }

    @Test
    void aTransitionalResolutionCitesPointAForFirstEvaluationsAndPointBForReEvaluations() {
        Resolution first = RESOLVER.resolve(FIRST, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 20));
        assertThat(first.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a");
        assertThat(first.deadline()).hasValue(LocalDate.of(2026, 7, 21));
        assertThat(first.reason()).contains("2026-05-10").contains("2026-06-20").contains("60 days")
                .contains("2026-07-21");
        assertThat(first.interpretations()).contains(HistoryInterpretations.RULES_2021_2025_ARE_148,
                HistoryInterpretations.TRANSITIONAL_DEADLINE_DAY);

        Resolution again = RESOLVER.resolve(RE_EVALUATION, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 20));
        assertThat(again.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm b");
        assertThat(again.deadline()).hasValue(LocalDate.of(2026, 6, 21));
        assertThat(again.reason()).contains("30 days");
    }

    @Test
    void aLateTransitionalEvaluationFallsTo26ByDefaultAndNamesTheInterpretation() {
        Resolution r = RESOLVER.resolve(RE_EVALUATION, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 22));
        assertThat(r.ruleSetId()).isEqualTo(ProcessRuleSets.QD_26_2026);
        assertThat(r.interpretations()).contains(HistoryInterpretations.LATE_TRANSITIONAL_EVALUATION);
        assertThat(r.reason()).contains("after 2026-06-21").contains("Điều 12 khoản 2 điểm b");
        assertThat(r.deadline()).hasValue(LocalDate.of(2026, 6, 21));
    }

    @Test
    void theStrictPolicyRefusesALateTransitionalEvaluationAndAcceptsTheLastDay() {
        assertThat(STRICT.resolve(FIRST, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 7, 21)).ruleSetId())
                .isEqualTo(ProcessRuleSets.QD_148_2023);
        assertThatThrownBy(() -> STRICT.resolve(FIRST, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 7, 22)))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("evaluation $.evaluated")
                .hasMessageContaining("after 2026-07-21")
                .hasMessageContaining("late-transitional-evaluation");
    }

    @Test
    void datesBeforeQd1048AreRefusedNamingEachDate() {
        OcopInputException e = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> RESOLVER.resolve(FIRST, LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 20)));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.submitted", "$.evaluated");
        assertThat(e.getMessage()).contains("2019-08-20 is before 2019-08-21").contains("nothing-before-1048");
        assertThatThrownBy(() -> RESOLVER.resolve(FIRST, LocalDate.of(2019, 8, 20), LocalDate.of(2019, 9, 1)))
                .hasMessageContaining("$.submitted").hasMessageContaining("2019-08-20");
    }

    @Test
    void anEvaluationBeforeItsSubmissionIsRefused() {
        assertThatThrownBy(() -> RESOLVER.resolve(FIRST, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.evaluated")
                .hasMessageContaining("before the dossier's submission date 2024-03-02");
    }

    @Test
    void crossingFrom1048To148NamesTheMissingTransitionalClause() {
        Resolution r = RESOLVER.resolve(FIRST, LocalDate.of(2023, 1, 10), LocalDate.of(2023, 3, 1));
        assertThat(r.interpretations()).containsExactly(HistoryInterpretations.NO_TRANSITION_1048_TO_148);
        Resolution same = RESOLVER.resolve(FIRST, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1));
        assertThat(same.interpretations()).isEmpty();
    }

    @Test
    void aDossierFiledOn22May2026IsNotBeforeTheDecisionTookEffect() {
        Resolution r = RESOLVER.resolve(FIRST, LocalDate.of(2026, 5, 22), LocalDate.of(2026, 5, 30));
        assertThat(r.interpretations()).contains(ProcessInterpretations.BEFORE_IS_STRICT,
                HistoryInterpretations.FILED_FROM_22_05_2026_UNDER_26_2026);
        assertThat(r.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 11 khoản 1");
    }

    @Test
    void interpretationIdsAreUniqueAndDistinctFromTheProcessOnes() {
        var ids = HistoryInterpretations.all().stream().map(i -> i.id()).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ProcessInterpretations.all()).extracting(i -> i.id()).doesNotContainAnyElementsOf(ids);
    }
}
