package io.github.ocop.rules.history;

import io.github.ocop.core.history.Resolution;
import io.github.ocop.core.history.ResolutionBasis;
import io.github.ocop.core.history.RuleSetResolver;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.LateTransitionPolicy;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSets;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Locale;

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
    private static final RuleSets STANDARD = RuleSets.standard();
    private static final RuleSet QD148 = STANDARD.get("qd-148-2023");
    private static final RuleSet QD26 = STANDARD.get("qd-26-2026");
    private static final RuleSetResolver RESOLVER = STANDARD.resolver();
    private static final RuleSetResolver STRICT = RuleSetResolver.of(STANDARD.all())
            .withLatePolicy(LateTransitionPolicy.REJECT);

    private static java.util.List<String> ids(Resolution r) {
        return r.interpretations().stream().map(Interpretation::id).toList();
    }

    @ParameterizedTest(name = "{0} filed {1}, evaluated {2} -> {3} ({4}, {5})")
    @CsvSource({
            // QĐ 1048 first day (21/08/2019)
            "FIRST,         2019-08-21, 2019-08-21, qd-1048-2019, IN_FORCE_ON_EVALUATION_DATE, qd-1048-2019",
            // 781's signing day changes no rule set
            "UPGRADE,       2020-06-01, 2020-06-08, qd-1048-2019, IN_FORCE_ON_EVALUATION_DATE, qd-1048-2019",
            // last day of 1048 / first day of 148 (24/02/2023); no transitional clause: the evaluation date decides
            "FIRST,         2023-01-10, 2023-02-23, qd-1048-2019, IN_FORCE_ON_EVALUATION_DATE, qd-1048-2019",
            "FIRST,         2023-01-10, 2023-02-24, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, qd-148-2023-original",
            "RE_EVALUATION, 2023-02-24, 2023-02-24, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, qd-148-2023-original",
            // 1489 (06/07/2025) changes the process, not the rule set
            "FIRST,         2025-06-01, 2025-07-05, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, qd-148-2023-original",
            "FIRST,         2025-06-01, 2025-07-06, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, qd-148-2023-amended-1489",
            // the day before 26/2026
            "FIRST,         2026-05-21, 2026-05-21, qd-148-2023,  IN_FORCE_ON_EVALUATION_DATE, qd-148-2023-amended-1489",
            // filed before 22/05/2026, evaluated from it: Điều 12 khoản 2
            "FIRST,         2026-05-21, 2026-05-22, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            "RE_EVALUATION, 2026-05-21, 2026-05-22, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            // filed on 22/05/2026: 26/2026 (Điều 11 khoản 1), although 148 is in force until 21/07/2026
            "FIRST,         2026-05-22, 2026-05-22, qd-26-2026,   FILED_UNDER_NEW_RULES,       qd-26-2026",
            "RE_EVALUATION, 2026-05-22, 2026-06-01, qd-26-2026,   FILED_UNDER_NEW_RULES,       qd-26-2026",
            // re-evaluation: 30 days, last day 21/06/2026
            "RE_EVALUATION, 2026-05-10, 2026-06-20, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            "RE_EVALUATION, 2026-05-10, 2026-06-21, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            "RE_EVALUATION, 2026-05-10, 2026-06-22, qd-26-2026,   TRANSITIONAL_DEADLINE_MISSED, qd-26-2026",
            // a first evaluation on 22/06/2026 is still within its 60 days
            "FIRST,         2026-05-10, 2026-06-22, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            // first / upgrade: 60 days, last day 21/07/2026 (also 148's last day)
            "FIRST,         2026-05-10, 2026-07-20, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            "FIRST,         2026-05-10, 2026-07-21, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            "UPGRADE,       2026-05-10, 2026-07-21, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            "FIRST,         2026-05-10, 2026-07-22, qd-26-2026,   TRANSITIONAL_DEADLINE_MISSED, qd-26-2026",
            "UPGRADE,       2026-05-10, 2026-07-22, qd-26-2026,   TRANSITIONAL_DEADLINE_MISSED, qd-26-2026",
            // a dossier filed under 1048 and still pending on 22/05/2026 is a transitional one too
            "FIRST,         2022-12-01, 2026-06-01, qd-148-2023,  TRANSITIONAL_PROVISION,      qd-148-2023-amended-1489",
            // after the transition
            "UPGRADE,       2026-07-22, 2026-07-22, qd-26-2026,   FILED_UNDER_NEW_RULES,       qd-26-2026",
            "FIRST,         2030-01-01, 2030-02-01, qd-26-2026,   FILED_UNDER_NEW_RULES,       qd-26-2026",
    })
    void boundaryDates(EvaluationKind kind, LocalDate submitted, LocalDate evaluated, String ruleSet,
                       ResolutionBasis basis, String process) {
        Resolution r = RESOLVER.resolve(kind, submitted, evaluated);
        assertThat(r.ruleSetId()).isEqualTo(ruleSet);
        assertThat(r.basis()).isEqualTo(basis);
        assertThat(r.process()).map(ProcessVersion::id).contains(process);
        assertThat(r.citations()).isNotEmpty();
        assertThat(STANDARD.get(r.ruleSetId()).instrument().isInForceOn(evaluated))
                .as("the governing rule set is in force on the evaluation date").isTrue();
    }

    @Test
    void theTransitionalDeadlinesAre30And60DaysFrom22May2026AndTheFirstMatches148sLastDay() {
        assertThat(QD26.instrument().effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 22));
        assertThat(RuleSetResolver.transitionalDeadline(QD26, FIRST)).contains(LocalDate.of(2026, 7, 21));
        assertThat(RuleSetResolver.transitionalDeadline(QD26, UPGRADE)).contains(LocalDate.of(2026, 7, 21));
        assertThat(RuleSetResolver.transitionalDeadline(QD26, RE_EVALUATION)).contains(LocalDate.of(2026, 6, 21));
        assertThat(RuleSetResolver.transitionalDeadline(QD26, FIRST))
                .isEqualTo(QD148.instrument().until());
    }

    @Test
    void aTransitionalResolutionCitesPointAForFirstEvaluationsAndPointBForReEvaluations() {
        Resolution first = RESOLVER.resolve(FIRST, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 20));
        assertThat(first.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm a");
        assertThat(first.deadline()).hasValue(LocalDate.of(2026, 7, 21));
        assertThat(first.reason().format(Locale.ENGLISH)).contains("2026-05-10").contains("2026-06-20")
                .contains("60 days").contains("2026-07-21");
        assertThat(first.reason().toString()).contains("10/05/2026").contains("20/06/2026").contains("60 ngày")
                .contains("21/07/2026");
        assertThat(ids(first)).contains("rules-2021-2025-are-148", "transitional-deadline-day");

        Resolution again = RESOLVER.resolve(RE_EVALUATION, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 20));
        assertThat(again.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2 điểm b");
        assertThat(again.deadline()).hasValue(LocalDate.of(2026, 6, 21));
        assertThat(again.reason().format(Locale.ENGLISH)).contains("30 days");
    }

    @Test
    void aLateTransitionalEvaluationFallsTo26ByDefaultAndNamesTheInterpretation() {
        Resolution r = RESOLVER.resolve(RE_EVALUATION, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 6, 22));
        assertThat(r.ruleSetId()).isEqualTo("qd-26-2026");
        assertThat(ids(r)).contains("late-transitional-evaluation");
        assertThat(r.reason().format(Locale.ENGLISH)).contains("after 2026-06-21").contains("Điều 12 khoản 2 điểm b");
        assertThat(r.reason().toString()).contains("sau ngày 21/06/2026").contains("Điều 12 khoản 2 điểm b");
        assertThat(r.deadline()).hasValue(LocalDate.of(2026, 6, 21));
    }

    @Test
    void theStrictPolicyRefusesALateTransitionalEvaluationAndAcceptsTheLastDay() {
        assertThat(STRICT.resolve(FIRST, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 7, 21)).ruleSetId())
                .isEqualTo("qd-148-2023");
        assertThatThrownBy(() -> STRICT.resolve(FIRST, LocalDate.of(2026, 5, 10), LocalDate.of(2026, 7, 22)))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("evaluation $.evaluated")
                .hasMessageContaining("sau ngày 21/07/2026")
                .hasMessageContaining("cách đọc chặt chẽ");
    }

    @Test
    void datesBeforeQd1048AreRefusedNamingEachDate() {
        OcopInputException e = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> RESOLVER.resolve(FIRST, LocalDate.of(2019, 8, 1), LocalDate.of(2019, 8, 20)));
        assertThat(e.problems()).extracting(Problem::path).containsExactly("$.submitted", "$.evaluated");
        assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("2019-08-20 is before 2019-08-21")
                .doesNotContain("nothing-before-first-rule-set");
        assertThat(e.getMessage()).contains("ngày đánh giá 20/08/2019 trước ngày 21/08/2019");
        assertThatThrownBy(() -> RESOLVER.resolve(FIRST, LocalDate.of(2019, 8, 20), LocalDate.of(2019, 9, 1)))
                .hasMessageContaining("$.submitted").hasMessageContaining("20/08/2019");
    }

    @Test
    void anEvaluationBeforeItsSubmissionIsRefused() {
        assertThatThrownBy(() -> RESOLVER.resolve(FIRST, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.evaluated")
                .hasMessageContaining("trước ngày nộp hồ sơ 02/03/2024");
    }

    @Test
    void crossingFrom1048To148NamesTheMissingTransitionalClause() {
        Resolution r = RESOLVER.resolve(FIRST, LocalDate.of(2023, 1, 10), LocalDate.of(2023, 3, 1));
        assertThat(ids(r)).containsExactly("no-transition-between-decisions");
        Resolution same = RESOLVER.resolve(FIRST, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1));
        assertThat(same.interpretations()).isEmpty();
    }

    @Test
    void aDossierFiledOn22May2026IsNotBeforeTheDecisionTookEffect() {
        Resolution r = RESOLVER.resolve(FIRST, LocalDate.of(2026, 5, 22), LocalDate.of(2026, 5, 30));
        assertThat(ids(r)).contains("before-is-strict", "filed-on-or-after-effect-under-new-rules");
        assertThat(r.citations()).contains("QĐ 26/2026/QĐ-TTg, Điều 11 khoản 1");
    }

    @Test
    void interpretationIdsAreUniqueInEveryRuleSet() {
        for (RuleSet r : STANDARD.all()) {
            assertThat(r.interpretations()).extracting(Interpretation::id).doesNotHaveDuplicates();
        }
    }
}
