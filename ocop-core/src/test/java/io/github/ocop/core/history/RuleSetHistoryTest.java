package io.github.ocop.core.history;

import io.github.ocop.core.model.Amendment;
import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.Provenance;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.StarRanking;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** History over three small rule sets shaped like 1048 (+781), 148 (+1489) and 26/2026 (dates of their instruments). */
class RuleSetHistoryTest {
    static RuleSet rules(String id, String number, LocalDate from, LocalDate until, List<Amendment> amendments,
                         List<String> replaces) {
        return RuleSet.builder().id(id).title("title " + id)
                .instrument(new LegalInstrument(number, "t", from, from, until, amendments, replaces))
                .provenance(new Provenance(ProvenanceKind.SECONDARY, "test", ""))
                .starRanking(bands())
                .build();
    }

    static StarRanking bands() {
        Citation c = new Citation("t", null, null, null, null, null);
        return StarRanking.of(List.of(new StarBand(1, 0, c), new StarBand(2, 30, c), new StarBand(3, 50, c),
                new StarBand(4, 70, c), new StarBand(5, 90, c)));
    }

    static final RuleSet R1048 = rules("qd-1048-2019", "1048/QĐ-TTg", LocalDate.of(2019, 8, 21),
            LocalDate.of(2023, 2, 23), List.of(new Amendment("781/QĐ-TTg", LocalDate.of(2020, 6, 8), "minima")),
            List.of());
    static final RuleSet R148 = rules("qd-148-2023", "148/QĐ-TTg", LocalDate.of(2023, 2, 24),
            LocalDate.of(2026, 7, 21), List.of(new Amendment("1489/QĐ-TTg", LocalDate.of(2025, 7, 6), "process")),
            List.of("1048/QĐ-TTg", "781/QĐ-TTg"));
    static final RuleSet R26 = rules("qd-26-2026", "26/2026/QĐ-TTg", LocalDate.of(2026, 5, 22), null, List.of(),
            List.of("148/QĐ-TTg", "1489/QĐ-TTg"));

    @Test
    void listsDecisionsAndAmendmentsByEffectiveDateWithWhatSupersededWhat() {
        RuleSetHistory h = RuleSetHistory.of(List.of(R26, R1048, R148));
        assertThat(h.versions()).extracting(RuleVersion::number)
                .containsExactly("1048/QĐ-TTg", "781/QĐ-TTg", "148/QĐ-TTg", "1489/QĐ-TTg", "26/2026/QĐ-TTg");
        assertThat(h.versions()).extracting(v -> v.superseded().orElse("-"))
                .containsExactly("148/QĐ-TTg", "148/QĐ-TTg", "26/2026/QĐ-TTg", "26/2026/QĐ-TTg", "-");
        assertThat(h.versions()).extracting(RuleVersion::kind).containsExactly(RuleVersion.Kind.DECISION,
                RuleVersion.Kind.AMENDMENT, RuleVersion.Kind.DECISION, RuleVersion.Kind.AMENDMENT,
                RuleVersion.Kind.DECISION);
    }

    @Test
    void anAmendmentRunsFromItsSigningDayUntilTheDecisionItAmendsEnds() {
        RuleSetHistory h = RuleSetHistory.of(List.of(R1048, R148, R26));
        RuleVersion v781 = h.version("781/QĐ-TTg").orElseThrow();
        assertThat(v781.amends()).isEqualTo("1048/QĐ-TTg");
        assertThat(v781.ruleSetId()).isEqualTo("qd-1048-2019");
        assertThat(v781.effectiveFrom()).isEqualTo(LocalDate.of(2020, 6, 8));
        assertThat(v781.until()).hasValue(LocalDate.of(2023, 2, 23));
        RuleVersion v1489 = h.version("1489/QĐ-TTg").orElseThrow();
        assertThat(v1489.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 6));
        assertThat(v1489.until()).hasValue(LocalDate.of(2026, 7, 21));
    }

    @Test
    void duringThe26TransitionBothDecisionsAreInForce() {
        RuleSetHistory h = RuleSetHistory.of(List.of(R1048, R148, R26));
        assertThat(h.inForceOn(LocalDate.of(2026, 6, 1))).extracting(RuleVersion::number)
                .containsExactly("148/QĐ-TTg", "1489/QĐ-TTg", "26/2026/QĐ-TTg");
        assertThat(h.inForceOn(LocalDate.of(2026, 7, 22))).extracting(RuleVersion::number)
                .containsExactly("26/2026/QĐ-TTg");
        assertThat(h.inForceOn(LocalDate.of(2019, 8, 20))).isEmpty();
    }

    @Test
    void anAmendmentOfADecisionStillInForceEndsWhenItsReplacementTakesEffect() {
        RuleSet base = rules("x", "1/X", LocalDate.of(2020, 1, 1), null,
                List.of(new Amendment("2/X", LocalDate.of(2021, 1, 1), "")), List.of());
        RuleSet next = rules("y", "3/X", LocalDate.of(2022, 1, 1), null, List.of(), List.of("2/X"));
        RuleVersion amendment = RuleSetHistory.of(List.of(base, next)).version("2/X").orElseThrow();
        assertThat(amendment.until()).hasValue(LocalDate.of(2021, 12, 31));
        assertThat(amendment.superseded()).hasValue("3/X");
    }

    @Test
    void twoRuleSetsWithOneIdAreRefused() {
        assertThatThrownBy(() -> RuleSetHistory.of(List.of(R148, R148))).hasMessageContaining("qd-148-2023");
    }
}
