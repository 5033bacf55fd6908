package io.github.ocop.rules.compare;

import io.github.ocop.core.compare.CriterionDiff;
import io.github.ocop.core.compare.NumberChange;
import io.github.ocop.core.compare.RuleSetDiff;
import io.github.ocop.core.compare.SheetDiff;
import io.github.ocop.core.internal.TitleKey;
import io.github.ocop.core.compare.TitleMatch;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The differences between QĐ 1048/2019 (platform data) and QĐ 26/2026, on the real bundled rule sets. */
class RuleSetDiffTest {
    private static final RuleSet QD1048 = RuleSets.standard().get("qd-1048-2019");
    private static final RuleSet QD26 = RuleSets.standard().get("qd-26-2026");

    @Test
    void partMaximaMovedFiveStepsFromQualityToProduct() {
        RuleSetDiff d = RuleSetDiff.of(QD1048, QD26, null);
        assertThat(d.parts()).containsExactly(new NumberChange("A", 35, 40), new NumberChange("B", 25, 25),
                new NumberChange("C", 40, 35));
        assertThat(d.bands()).extracting(NumberChange::item).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void theFreshProduceSheetsAreMatchedAndIntellectualPropertyIsNew() {
        RuleSetDiff d = RuleSetDiff.of(QD1048, QD26, "I");
        assertThat(d.sheetsFor("1")).extracting(SheetDiff::fromSheet).containsExactly("I.1.1");
        SheetDiff fresh = d.sheetsFor("1").get(0);
        // 1048 sheet I.1.1 has no "Sở hữu trí tuệ"; 26/2026 sheet 1 has it as 3.5
        assertThat(QD1048.sheet("I.1.1").orElseThrow().criteria()).noneMatch(c -> c.title().equals("Sở hữu trí tuệ"));
        assertThat(fresh.added()).extracting(CriterionDiff::title).contains("Sở hữu trí tuệ");
        assertThat(fresh.added()).filteredOn(c -> c.title().equals("Sở hữu trí tuệ"))
                .extracting(CriterionDiff::toCode).containsExactly("3.5");
        // "Nguồn nguyên liệu" (1048: 1.1) is not a criterion title of 26/2026 sheet 1 ("Nguồn gốc sản phẩm")
        assertThat(fresh.removed()).extracting(CriterionDiff::title).contains("Nguồn nguyên liệu");
        // "Khu vực phân phối chính" is on both, 5 points in each
        assertThat(fresh.criteria()).filteredOn(c -> c.title().equals("Khu vực phân phối chính"))
                .singleElement().satisfies(c -> {
                    assertThat(c.change()).isEqualTo(TitleMatch.Change.SAME);
                    assertThat(c.fromMaxPoints()).isEqualTo(QD1048.sheet("I.1.1").orElseThrow().criterion("4.1")
                            .orElseThrow().maxPoints());
                    assertThat(c.toMaxPoints()).isEqualTo(QD26.sheet("1").orElseThrow().criterion("4.1")
                            .orElseThrow().maxPoints());
                });
        assertThat(fresh.toMinima().keySet()).containsExactly(3, 4, 5);
        assertThat(fresh.toMinima().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo((int) QD26.sheet("1").orElseThrow().criteria().stream()
                        .flatMap(c -> c.options().stream()).filter(o -> o.minimumFor() != null).count());
        assertThat(d.groups()).singleElement().satisfies(g -> {
            assertThat(g.change()).isEqualTo(TitleMatch.Change.RENAMED); // "Thực phẩm" -> "SẢN PHẨM THỰC PHẨM"
            assertThat(g.toTitle()).isEqualTo("SẢN PHẨM THỰC PHẨM");
        });
        assertThat(d.subgroups()).allMatch(s -> s.toCode() == null || s.toCode().startsWith("I.")
                || s.fromCode().startsWith("I."));
    }

    @Test
    void everySheetOfEitherRuleSetIsMatchedOrListedUnmatched() {
        RuleSetDiff d = RuleSetDiff.of(QD1048, QD26, null);
        long to = d.sheets().stream().map(SheetDiff::toSheet).distinct().count() + d.unmatchedToSheets().size();
        long from = d.sheets().stream().map(SheetDiff::fromSheet).distinct().count() + d.unmatchedFromSheets().size();
        assertThat(to).isEqualTo(QD26.sheets().size());
        assertThat(from).isEqualTo(QD1048.sheets().size());
        System.out.println("matched pairs " + d.sheets().size() + ", unmatched 1048 " + d.unmatchedFromSheets()
                + ", unmatched 26/2026 " + d.unmatchedToSheets());
    }

    @Test
    void titleKeysIgnoreCaseDiacriticsAndPunctuation() {
        assertThat(TitleKey.of("SẢN PHẨM  Đồ uống,")).isEqualTo("san pham do uong");
        assertThat(TitleKey.of("Mùi,vị")).isEqualTo(TitleKey.of("Mùi, vị"));
        assertThat(TitleKey.similarity("Thực phẩm", "SẢN PHẨM THỰC PHẨM")).isEqualTo(0.8);
        assertThat(TitleKey.similarity("Hoa", "Cây cảnh")).isZero();
    }

    @Test
    void anUnknownGroupIsRefused() {
        assertThatThrownBy(() -> RuleSetDiff.of(QD1048, QD26, "IX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IX");
    }
}
