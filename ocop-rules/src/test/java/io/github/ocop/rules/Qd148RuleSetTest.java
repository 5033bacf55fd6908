package io.github.ocop.rules;

import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
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

    /** The one sheet known (third-party, [3P]) scores subgroup I.1.a; the ten other subgroups stay a gap. */
    @Test
    void oneThirdPartySheetForFreshProduceAndEveryOtherSubgroupHasANullSheet() {
        assertThat(rules.sheets()).extracting(ScoringSheet::id).containsExactly("I.1.a");
        ScoringSheet fresh = rules.sheet("I.1.a").orElseThrow();
        assertThat(fresh.title()).isEqualTo("Rau, củ, quả, hạt tươi");
        assertThat(fresh.provenance()).hasValueSatisfying(p -> {
            assertThat(p.kind()).isEqualTo(ProvenanceKind.THIRD_PARTY);
            assertThat(p.note()).contains("OCOP_SCORE").contains("6513a0aa14e1c5c7945a7d8481f55b64e78b2b4a");
        });
        assertThat(rules.taxonomy().groups()).hasSize(6);
        assertThat(rules.taxonomy().allSubgroups()).extracting(ProductSubgroup::code).containsExactly(
                "I.1.a", "I.1.b", "I.2.a", "I.2.b", "I.3.a", "I.3.b", "I.3.c", "I.3.d", "V.1", "V.2", "V.3");
        assertThat(rules.taxonomy().allSubgroups()).filteredOn(s -> s.sheet().isPresent())
                .extracting(ProductSubgroup::code).containsExactly("I.1.a");
        assertThat(rules.interpretation("I-148-NO-SHEETS")).isPresent();
    }

    /**
     * Section maxima as printed in the header of each section of
     * ../shared/reference/qd-148-2023/third-party/sheet-rau-cu-qua-hat-tuoi.txt ("1. TỔ CHỨC SẢN XUẤT (18 ĐIỂM)" ...)
     * and the parts 40 / 25 / 35 of the rule set.
     */
    @Test
    void theFreshProduceSheetHasThePrintedSectionAndPartMaxima() {
        ScoringSheet fresh = rules.sheet("I.1.a").orElseThrow();
        assertThat(fresh.parts()).extracting(p -> p.code() + "" + p.maxPoints()).containsExactly("A40", "B25", "C35");
        assertThat(fresh.parts().stream().flatMap(p -> p.sections().stream()).map(s -> s.code() + ":" + s.maxPoints()))
                .containsExactly("1:18", "2:10", "3:12", "4:13", "5:12", "6:13", "7:2", "8:5", "9:5", "10:5", "11:2",
                        "12:3");
    }

    /**
     * Star marks as printed: "Có hợp đồng liên kết trên 75% sản lượng tiêu thụ **** 2" (txt line 38), "Có công bố
     * tiêu chuẩn/chất lượng sản phẩm theo quy định *** 2" (9.a), and the two 4-star marks of 6.b "Phù hợp **** 3",
     * "Rất phù hợp **** 5", of which the lower is the requirement. Errata: 5.3 a "Đơn giản" printed without points
     * (0), 3.6 b truncated.
     */
    @Test
    void starMarksAreAsPrintedAndTheRenderingGapsAreErrata() {
        ScoringSheet fresh = rules.sheet("I.1.a").orElseThrow();
        assertThat(fresh.criterion("1.4").orElseThrow().options()).extracting(Option::minimumFor)
                .containsExactly(null, null, 4, 5);
        assertThat(fresh.criterion("9.1").orElseThrow().options()).extracting(Option::minimumFor)
                .containsExactly(null, null, 3);
        assertThat(fresh.criterion("6.2").orElseThrow().options()).extracting(Option::points, Option::minimumFor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, null), org.assertj.core.groups.Tuple.tuple(1, null),
                        org.assertj.core.groups.Tuple.tuple(2, null), org.assertj.core.groups.Tuple.tuple(3, 4),
                        org.assertj.core.groups.Tuple.tuple(5, 4));
        Option simple = fresh.criterion("5.3").orElseThrow().options().get(0);
        assertThat(simple.text()).isEqualTo("Đơn giản");
        assertThat(simple.points()).isZero();
        assertThat(fresh.criterion("3.6").orElseThrow().options().get(1).text()).endsWith("nhãn hiệu tập […]");
        assertThat(rules.errata()).extracting(io.github.ocop.core.model.Erratum::id).containsExactly("E-148-I1a-5.3-A-POINTS",
                "E-148-I1a-3.6-B-TEXT");
    }

    /**
     * The knock-out line at the top of the sheet names the Ministry of Health ("bộ Y Tế"), while the taxonomy gives
     * subgroup I.1.a to the Ministry of Agriculture: kept as printed, recorded only, and flagged as a deviation.
     */
    @Test
    void theTopKnockOutNamesTheMinistryOfHealthAndIsFlagged() {
        ScoringSheet fresh = rules.sheet("I.1.a").orElseThrow();
        assertThat(fresh.knockOuts().get(0).text()).startsWith("Bị loại khi:").contains("bộ Y Tế");
        assertThat(fresh.knockOuts().get(0).trigger()).isEmpty();
        assertThat(rules.taxonomy().subgroup("I.1.a").orElseThrow().ministries())
                .containsExactly("Bộ Nông nghiệp và Phát triển nông thôn");
        assertThat(fresh.deviations()).anySatisfy(d -> assertThat(d).startsWith("KO1_NAMES_BO_Y_TE"));
    }

    @Test
    void theValidatorAcceptsItAndReportsTheMissingSheetsAsKnownDeviations() {
        ValidationReport report = RuleSetValidator.validate(rules);
        assertThat(report.errors()).isEmpty();
        assertThat(report.knownDeviations()).extracting(p -> p.text(java.util.Locale.ENGLISH))
                .anySatisfy(m -> assertThat(m).isEqualTo("subgroup I.1.b \"Thịt, thủy sản, trứng, sữa tươi\" has no"
                        + " scoring sheet (a gap: it cannot be scored under this rule set)"))
                .noneSatisfy(m -> assertThat(m).contains("I.1.a \"Rau"));
    }

    @Test
    void scoringAnotherSheetSaysItIsAGapAndHowToSupplyIt() {
        Assessment a = new Assessment("qd-148-2023", "I.1.b", Product.named("Trứng"), "m1", Map.of("1.1", "a"),
                List.of());
        assertThatThrownBy(() -> ScoringEngine.of(rules).score(a))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("assessment $.sheet: bộ tiêu chí qd-148-2023 không có phiếu 'I.1.b': phân nhóm I.1.b")
                .hasMessageContaining("(cần một trong: I.1.a)")
                .hasMessageContaining("qua --rules-file TỆP");
        Assessment numbered = new Assessment("qd-148-2023", "1", Product.named("Bưởi"), "m1", Map.of(), List.of());
        assertThatThrownBy(() -> ScoringEngine.of(rules).score(numbered))
                .hasMessageContaining("bộ tiêu chí qd-148-2023 không có phiếu '1' (cần một trong: I.1.a)")
                .hasMessageContaining("10 phân nhóm chưa có phiếu")
                .hasMessageContaining("--rules-file TỆP");
    }
}
