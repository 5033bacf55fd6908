package io.github.ocop.rules;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled qd-148-2023 rule set against notes 148 §0-§3 and QĐ 26/2026 Điều 11-12. */
class Qd148RuleSetTest {
    private final RuleSet rules = RuleSets.standard().get("qd-148-2023");

    @Test
    void metadataAndDatesFollowTheNotesAndTheTransition() {
        var in = rules.instrument();
        assertThat(in.number()).isEqualTo("148/QĐ-TTg");
        assertThat(in.signed()).isEqualTo(LocalDate.of(2023, 2, 24));
        assertThat(in.effectiveFrom()).isEqualTo(LocalDate.of(2023, 2, 24));
        assertThat(in.until()).contains(LocalDate.of(2026, 7, 21));
        assertThat(in.amendedBy()).singleElement().satisfies(a -> {
            assertThat(a.number()).isEqualTo("1489/QĐ-TTg");
            assertThat(a.signed()).isEqualTo(LocalDate.of(2025, 7, 6));
            assertThat(rules.process().version("qd-148-2023-amended-1489").orElseThrow().firstDay())
                    .isEqualTo(a.signed());
        });
        assertThat(in.replaces()).containsExactly("1048/QĐ-TTg", "781/QĐ-TTg");
        assertThat(rules.provenance().kind()).isEqualTo(ProvenanceKind.SECONDARY);
    }

    @Test
    void partsAre40_25_35AndBandsAreThoseOfKhoan2Dieu1() {
        assertThat(rules.parts()).extracting(PartDefinition::code, PartDefinition::maxPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PartCode.A, 40),
                        org.assertj.core.groups.Tuple.tuple(PartCode.B, 25),
                        org.assertj.core.groups.Tuple.tuple(PartCode.C, 35));
        assertThat(rules.starRanking().bands()).extracting(StarBand::minPoints).containsExactly(0, 30, 50, 70, 90);
        assertThat(rules.starRanking().starsFor(89)).isEqualTo(4);
        assertThat(rules.starRanking().starsFor(90)).isEqualTo(5);
    }

    @Test
    void noSheetsAndEverySubgroupHasANullSheet() {
        assertThat(rules.sheets()).isEmpty();
        assertThat(rules.taxonomy().groups()).hasSize(6);
        assertThat(rules.taxonomy().allSubgroups()).extracting(ProductSubgroup::code).containsExactly(
                "I.1.a", "I.1.b", "I.2.a", "I.2.b", "I.3.a", "I.3.b", "I.3.c", "I.3.d", "V.1", "V.2", "V.3");
        assertThat(rules.taxonomy().allSubgroups()).allSatisfy(s -> assertThat(s.sheet()).isEmpty());
        assertThat(rules.interpretation("I-148-NO-SHEETS")).isPresent();
    }

    @Test
    void theValidatorAcceptsItAndReportsTheMissingSheetsAsAKnownDeviation() {
        ValidationReport report = RuleSetValidator.validate(rules);
        assertThat(report.errors()).isEmpty();
        assertThat(report.knownDeviations()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.sheets");
            assertThat(p.message()).contains("qd-148-2023 has no scoring sheets").contains("11 subgroups");
        });
    }

    @Test
    void scoringAgainstItSaysTheSheetsAreNotBundledAndHowToSupplyThem() {
        Assessment a = new Assessment("qd-148-2023", "1", Product.named("Bưởi"), "m1", Map.of("1.1", "a"), List.of());
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> ScoringEngine.of(rules).score(a)).getMessage(java.util.Locale.ENGLISH))
                .contains("assessment $.sheet: rule set qd-148-2023 (QĐ 148/QĐ-TTg) has no scoring sheets")
                .contains("not bundled")
                .contains("--rules-file FILE")
                .doesNotContain("RuleSetLoader");
    }
}
