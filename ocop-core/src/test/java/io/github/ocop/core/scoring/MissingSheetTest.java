package io.github.ocop.core.scoring;

import io.github.ocop.core.internal.MissingSheet;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissingSheetTest {
    private final RuleSet rules = Fixtures.ruleSet();

    @Test
    void aSubgroupWithoutASheetIsNamedAsAGapAndNothingIsSubstituted() {
        assertThat(MissingSheet.explanation(rules, "I.1.z").format(Locale.ENGLISH))
                .contains("subgroup I.1.z 'no sheet' has no scoring sheet in this rule set")
                .contains("no other sheet is substituted");
    }

    @Test
    void aSubgroupCodeGivenForASheetNamesTheSheetThatScoresIt() {
        assertThat(MissingSheet.explanation(rules, "I.1.T").format(Locale.ENGLISH))
                .contains("subgroup I.1.T is scored by sheet 'T'");
        // the default language is Vietnamese
        assertThat(MissingSheet.explain(rules, "I.1.T")).contains("phân nhóm I.1.T được chấm theo phiếu 'T'");
    }

    @Test
    void aRuleSetWithoutSheetsSaysTheyAreNotBundledAndHowToSupplyThem() {
        RuleSet empty = Fixtures.ruleSet(List.of());
        String m = MissingSheet.explanation(empty, "1").format(Locale.ENGLISH);
        assertThat(m).contains("rule set test (QĐ TEST/QĐ) has no scoring sheets").contains("not bundled")
                .contains("--rules-file").doesNotContain("RuleSetLoader").doesNotContain("RuleSetProvider");
        Assessment a = new Assessment("test", "1", Product.named("p"), "", Map.of(), List.of());
        assertThatThrownBy(() -> ScoringEngine.of(empty).score(a)).isInstanceOf(OcopInputException.class)
                .hasMessageStartingWith("assessment $.sheet: bộ tiêu chí test").hasMessageContaining("--rules-file");
    }

    @Test
    void requireReturnsTheSheetOrThrowsTheLocatedExplanation() {
        assertThat(MissingSheet.require(rules, "T", "cli", "--sheet").id()).isEqualTo("T");
        assertThatThrownBy(() -> MissingSheet.require(rules, "I.1.z", "cli", "--sheet"))
                .isInstanceOf(OcopInputException.class).hasMessageStartingWith("cli --sheet: bộ tiêu chí test không có phiếu");
    }
}
