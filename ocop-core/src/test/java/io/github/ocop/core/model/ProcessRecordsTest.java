package io.github.ocop.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The process records' own rules, with the facts of QĐ 26/2026 (../shared/reference/qd-26-2026/source.txt): the
 * commune checks a dossier within 15 working days (line 73) and sends it on; the province certifies 3 and 4 stars
 * (line 40: 4 stars "cấp tỉnh") and forwards from 90 points (line 85); the centre certifies 5 stars; a certificate
 * of 3 stars and up is valid 36 months (line 49). Limits are tested on both sides, by construction.
 */
class ProcessRecordsTest {
    private static final Decider COMMUNE = new Decider("commune", "UBND cấp xã", "commune People's Committee");
    private static final Decider PROVINCE = new Decider("province", "Chủ tịch UBND cấp tỉnh",
            "provincial People's Committee chair");
    private static final Decider MINISTER = new Decider("minister", "Bộ trưởng", "minister");

    private static LevelAuthority level(EvaluationLevel level, Set<Integer> certifies, Optional<EvaluationLevel> to,
            OptionalDouble threshold, OptionalInt due, Optional<EvaluationLevel> back) {
        return new LevelAuthority(level, PROVINCE, PROVINCE, certifies, to, threshold,
                threshold.isPresent() ? Optional.of(ReferralBasis.SCORE_AND_RANK) : Optional.empty(), Optional.empty(),
                due, back, List.of("c"), List.of("f"), List.of("r"), "evidence");
    }

    private static LevelAuthority province() {
        return level(EvaluationLevel.PROVINCE, Set.of(3, 4), Optional.of(EvaluationLevel.CENTRAL),
                OptionalDouble.of(90), OptionalInt.empty(), Optional.empty());
    }

    private static LevelAuthority central() {
        return new LevelAuthority(EvaluationLevel.CENTRAL, MINISTER, MINISTER, Set.of(5), Optional.empty(),
                OptionalDouble.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.of(EvaluationLevel.PROVINCE), List.of(), List.of(), List.of(), "e");
    }

    private static LevelAuthority commune() {
        return new LevelAuthority(EvaluationLevel.COMMUNE, COMMUNE, COMMUNE, Set.of(), Optional.of(
                EvaluationLevel.PROVINCE), OptionalDouble.empty(), Optional.empty(), Optional.of("Mẫu số 03"),
                OptionalInt.of(15), Optional.empty(), List.of(), List.of("line 73"), List.of(), "e");
    }

    private static ProcessVersion version(String id, LocalDate first, Optional<LocalDate> last,
            List<LevelAuthority> levels) {
        return new ProcessVersion(id, "QĐ 26/2026/QĐ-TTg", first, last, levels, List.of(), Optional.empty(),
                List.of(), List.of(), Optional.empty(), List.of(), ReEntryPolicy.ANY_LATER_DATE, "");
    }

    @Test
    void theCommuneChecksDossiersWithin15WorkingDaysLine73() {
        LevelAuthority c = commune();
        assertThat(c.role()).isEqualTo(LevelRole.CHECKS_DOSSIERS);
        assertThat(c.scores()).isFalse();
        assertThat(c.dueWorkingDays()).hasValue(15);
        assertThat(LevelAuthority.derivedRole(Set.of(), OptionalDouble.empty())).isEqualTo(LevelRole.CHECKS_DOSSIERS);
        assertThat(LevelAuthority.derivedRole(Set.of(3), OptionalDouble.empty())).isEqualTo(LevelRole.EVALUATES);
        assertThat(LevelAuthority.derivedRole(Set.of(), OptionalDouble.of(90))).isEqualTo(LevelRole.EVALUATES);
    }

    @Test
    void theProvinceCertifiesThreeAndFourStarsAndForwardsFrom90() {
        LevelAuthority p = province();
        assertThat(p.scores()).isTrue();
        assertThat(p.certifies(3)).isTrue();
        assertThat(p.certifies(4)).isTrue();
        assertThat(p.certifies(5)).isFalse();
        assertThat(p.certifies(2)).isFalse();
        assertThat(p.forwardThreshold()).hasValue(90);
    }

    @Test
    void certifiedStarsAre1To5() {
        assertThat(level(EvaluationLevel.PROVINCE, Set.of(1, 5), Optional.empty(), OptionalDouble.empty(),
                OptionalInt.empty(), Optional.empty()).certifies(1)).isTrue();
        for (int bad : new int[] {0, 6}) {
            assertThatThrownBy(() -> level(EvaluationLevel.PROVINCE, Set.of(bad), Optional.empty(),
                    OptionalDouble.empty(), OptionalInt.empty(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 5 stars, not " + bad);
        }
    }

    @Test
    void aForwardingThresholdIs0To100AndNeedsALevelAndABasis() {
        for (double ok : new double[] {0, 100}) {
            assertThat(level(EvaluationLevel.PROVINCE, Set.of(), Optional.of(EvaluationLevel.CENTRAL),
                    OptionalDouble.of(ok), OptionalInt.empty(), Optional.empty()).forwardThreshold()).hasValue(ok);
        }
        for (double bad : new double[] {-0.01, 100.01, Double.NaN}) {
            assertThatThrownBy(() -> level(EvaluationLevel.PROVINCE, Set.of(), Optional.of(EvaluationLevel.CENTRAL),
                    OptionalDouble.of(bad), OptionalInt.empty(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 100");
        }
        assertThatThrownBy(() -> level(EvaluationLevel.PROVINCE, Set.of(), Optional.empty(), OptionalDouble.of(90),
                OptionalInt.empty(), Optional.empty())).hasMessageContaining("needs a level to forward to");
        assertThatThrownBy(() -> new LevelAuthority(EvaluationLevel.PROVINCE, PROVINCE, PROVINCE, Set.of(3),
                Optional.of(EvaluationLevel.CENTRAL), OptionalDouble.of(90), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), Optional.empty(), List.of(), List.of(), List.of(), "e"))
                .hasMessageContaining("needs its basis");
        assertThatThrownBy(() -> new LevelAuthority(EvaluationLevel.PROVINCE, PROVINCE, PROVINCE, Set.of(3),
                Optional.of(EvaluationLevel.CENTRAL), OptionalDouble.empty(), Optional.of(ReferralBasis.SCORE_ONLY),
                Optional.empty(), OptionalInt.empty(), Optional.empty(), List.of(), List.of(), List.of(), "e"))
                .hasMessageContaining("only given with a forwarding threshold");
    }

    @Test
    void aTimeLimitIsAtLeastOneDay() {
        assertThat(level(EvaluationLevel.PROVINCE, Set.of(3), Optional.empty(), OptionalDouble.empty(),
                OptionalInt.of(1), Optional.empty()).dueWorkingDays()).hasValue(1);
        assertThatThrownBy(() -> level(EvaluationLevel.PROVINCE, Set.of(3), Optional.empty(), OptionalDouble.empty(),
                OptionalInt.of(0), Optional.empty())).hasMessageContaining("at least one day, not 0");
    }

    @Test
    void aRoleMustAgreeWithWhatTheLevelDoes() {
        assertThatThrownBy(() -> new LevelAuthority(EvaluationLevel.COMMUNE, COMMUNE, COMMUNE, Set.of(3),
                Optional.of(EvaluationLevel.PROVINCE), OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), Optional.empty(), List.of(), List.of(), List.of(), "e", Optional.empty(),
                LevelRole.CHECKS_DOSSIERS)).hasMessageContaining("checks dossiers");
        assertThatThrownBy(() -> new LevelAuthority(EvaluationLevel.COMMUNE, COMMUNE, COMMUNE, Set.of(),
                Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), "e", Optional.empty(), LevelRole.CHECKS_DOSSIERS))
                .hasMessageContaining("must name the level");
        assertThatThrownBy(() -> new LevelAuthority(EvaluationLevel.COMMUNE, COMMUNE, COMMUNE, Set.of(),
                Optional.of(EvaluationLevel.PROVINCE), OptionalDouble.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), Optional.empty(), List.of(), List.of(), List.of(), "e", Optional.empty(),
                LevelRole.EVALUATES)).hasMessageContaining("certifies no rank");
    }

    @Test
    void aVersionAppliesFromItsFirstToItsLastDayBothIncluded() {
        ProcessVersion v = version("v", LocalDate.of(2026, 5, 22), Optional.of(LocalDate.of(2026, 12, 31)),
                List.of(province(), central()));
        assertThat(v.appliesOn(LocalDate.of(2026, 5, 21))).isFalse();
        assertThat(v.appliesOn(LocalDate.of(2026, 5, 22))).isTrue();
        assertThat(v.appliesOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(v.appliesOn(LocalDate.of(2027, 1, 1))).isFalse();
        ProcessVersion open = version("open", LocalDate.of(2026, 5, 22), Optional.empty(), List.of(province(),
                central()));
        assertThat(open.appliesOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(v.level(EvaluationLevel.CENTRAL)).hasValue(central());
        assertThat(v.level(EvaluationLevel.COMMUNE)).isEmpty();
        assertThat(v).hasToString("v");
        assertThat(version("one-day", LocalDate.of(2026, 5, 22), Optional.of(LocalDate.of(2026, 5, 22)),
                List.of(province(), central())).appliesOn(LocalDate.of(2026, 5, 22))).isTrue();
    }

    @Test
    void aVersionIsRefusedWhenItsLevelsOrDaysDisagree() {
        List<LevelAuthority> ok = List.of(province(), central());
        assertThatThrownBy(() -> version("v", LocalDate.of(2026, 5, 22), Optional.of(LocalDate.of(2026, 5, 21)), ok))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> version("v", LocalDate.of(2026, 5, 22), Optional.empty(), List.of()))
                .hasMessageContaining("at least one level");
        assertThatThrownBy(() -> version("v", LocalDate.of(2026, 5, 22), Optional.empty(),
                List.of(province(), central(), province()))).hasMessageContaining("lists a level twice");
        assertThatThrownBy(() -> version("v", LocalDate.of(2026, 5, 22), Optional.empty(), List.of(province())))
                .hasMessageContaining("refers to the central level");
        assertThatThrownBy(() -> version("v", LocalDate.of(2026, 5, 22), Optional.empty(), List.of(central())))
                .hasMessageContaining("refers to the province level");
        assertThatThrownBy(() -> new ProcessVersion("v", "QĐ", LocalDate.of(2026, 5, 22), Optional.empty(), ok,
                List.of(), Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(),
                ReEntryPolicy.NEXT_STATUTORY_ROUND, "")).hasMessageContaining("NEXT_STATUTORY_ROUND");
    }

    @Test
    void versionsFollowEachOtherWithoutOverlapAndAreFoundByDateAndId() {
        ProcessVersion first = version("a", LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 5, 21)),
                List.of(province(), central()));
        ProcessVersion second = version("b", LocalDate.of(2026, 5, 22), Optional.empty(),
                List.of(commune(), province(), central()));
        DocumentKind form = new DocumentKind("registration-form", "Phiếu đăng ký", "registration form", "c");
        ProcessRules rules = new ProcessRules(List.of(first, second), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(form), List.of(COMMUNE, PROVINCE));
        assertThat(rules.versionOn(LocalDate.of(2026, 5, 21))).hasValue(first);
        assertThat(rules.versionOn(LocalDate.of(2026, 5, 22))).hasValue(second);
        assertThat(rules.versionOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(rules.version("b")).hasValue(second);
        assertThat(rules.version("c")).isEmpty();
        assertThat(rules.document("registration-form")).hasValue(form);
        assertThat(rules.document("x")).isEmpty();
        assertThat(rules.decider("province")).hasValue(PROVINCE);
        assertThat(rules.decider("minister")).isEmpty();
        ProcessVersion touching = version("t", LocalDate.of(2026, 5, 21), Optional.empty(),
                List.of(province(), central()));
        assertThatThrownBy(() -> new ProcessRules(List.of(first, touching), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of())).hasMessageContaining("overlap");
        ProcessVersion openEnded = version("o", LocalDate.of(2026, 1, 1), Optional.empty(),
                List.of(province(), central()));
        assertThatThrownBy(() -> new ProcessRules(List.of(openEnded, second), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of())).hasMessageContaining("overlap");
        assertThat(ProcessRules.NONE.versions()).isEmpty();
    }

    @Test
    void aCertificateOf3StarsAndUpIsValid36MonthsLine49() {
        CertificateRules c = new CertificateRules(Set.of(3, 4, 5), 36, Optional.empty(), OptionalInt.empty(),
                List.of("QĐ 26/2026/QĐ-TTg Điều 4 khoản 3"));
        assertThat(c.validityMonths()).isEqualTo(36);
        assertThat(new CertificateRules(Set.of(1, 5), 1, Optional.empty(), OptionalInt.empty(), List.of())
                .validityMonths()).isEqualTo(1);
        assertThatThrownBy(() -> new CertificateRules(Set.of(3), 0, Optional.empty(), OptionalInt.empty(),
                List.of())).hasMessageContaining("at least 1, not 0");
        for (int bad : new int[] {0, 6}) {
            assertThatThrownBy(() -> new CertificateRules(Set.of(bad), 36, Optional.empty(), OptionalInt.empty(),
                    List.of())).hasMessageContaining("1 to 5, not " + bad);
        }
    }

    @Test
    void aReEvaluationWindowRunsFromMoreDaysBeforeExpiryToFewer() {
        assertThat(new CertificateRules.FilingWindow(90, 0, "c").toDaysBeforeExpiry()).isZero();
        assertThat(new CertificateRules.FilingWindow(30, 30, "c").fromDaysBeforeExpiry()).isEqualTo(30);
        assertThatThrownBy(() -> new CertificateRules.FilingWindow(30, 31, "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateRules.FilingWindow(30, -1, "c"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoundHasANumberFrom1AndAProposalCutOffBeforeItsDay() {
        RoundRule r = new RoundRule(EvaluationLevel.PROVINCE, 1, MonthDay.of(6, 30), MonthDay.of(6, 29), "c");
        assertThat(r.number()).isEqualTo(1);
        assertThatThrownBy(() -> new RoundRule(EvaluationLevel.PROVINCE, 0, MonthDay.of(6, 30), MonthDay.of(6, 1),
                "c")).hasMessageContaining("at least 1, not 0");
        assertThatThrownBy(() -> new RoundRule(EvaluationLevel.PROVINCE, 1, MonthDay.of(6, 30), MonthDay.of(6, 30),
                "c")).hasMessageContaining("must be before");
    }

    @Test
    void textsMustNotBeBlank() {
        assertThatThrownBy(() -> new Decider("id", " ", "x")).hasMessageContaining("vietnamese must not be blank");
        assertThatThrownBy(() -> new CouncilComposition("", "c")).hasMessageContaining("composition");
        assertThat(PROVINCE).hasToString("Chủ tịch UBND cấp tỉnh (provincial People's Committee chair)");
    }
}
