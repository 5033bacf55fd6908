package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetValidatorTest {
    private final RuleSet qd1048 = RuleSets.standard().get("qd-1048-2019");

    @Test
    void the1048RuleSetIsValidAndReportsEveryKnownDeviationOfItsPlatformData() {
        ValidationReport report = RuleSetValidator.validate(qd1048);
        assertThat(report.valid()).isTrue();
        assertThat(report.knownDeviations()).extracting(Problem::path).containsExactly(
                "$.sheets[1].deviations[0]",                         // I.1.2 section numbering skips 8
                "$.sheets[4].deviations[0]",                         // I.3.2 duplicate 3-point option in 6.2
                "$.sheets[8].parts[2].maxPoints", "$.sheets[8].parts", "$.sheets[8].deviations[0]",    // I.4.1 C = 38
                "$.sheets[13].deviations[0]",                        // II.1.1 item numbering skips 6.4
                "$.sheets[14].parts[2].maxPoints", "$.sheets[14].parts", "$.sheets[14].deviations[0]", // II.1.2 C = 38
                "$.sheets[17].parts[2].maxPoints", "$.sheets[17].parts", "$.sheets[17].deviations[0]", // III.1.1 C = 38
                "$.sheets[19].deviations[0]",                        // III.3.1 no 4-point option in 12
                "$.taxonomy.groups[0].categories[1].subgroups[0].sheet");                             // I.2.1 no sheet
        assertThat(report.knownDeviations()).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).startsWith("sheet I.4.1 declares: PART_C_SUMS_TO_38"))
                .anySatisfy(m -> assertThat(m).isEqualTo("sheet I.4.1: parts sum to 98, expected 100"))
                .anySatisfy(m -> assertThat(m).isEqualTo("subgroup I.2.1 'Gạo, ngũ cốc' has no scoring sheet (a gap:"
                        + " it cannot be scored under this rule set)"));
    }

    @Test
    void the26RuleSetReportsOnlySheet7sCompanyPointAndTheMiniFixtureNothing() {
        assertThat(RuleSetValidator.validate(RuleSets.standard().get("qd-26-2026")).knownDeviations())
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("$.sheets[6].deviations[0]");
                    assertThat(p.message()).startsWith("sheet 7 declares: 3.1");
                });
        assertThat(RuleSetValidator.validate(RuleSetLoader.load(RuleSetLoaderTest.MINI)).knownDeviations()).isEmpty();
    }

    @Test
    void askingForTheMissingRiceSheetNamesTheGapAndSubstitutesNothing() {
        Assessment rice = new Assessment("qd-1048-2019", "I.2.1", Product.named("Gạo"), "m1", Map.of(), List.of());
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> ScoringEngine.of(qd1048).score(rice)).getMessage(java.util.Locale.ENGLISH))
                .contains("assessment $.sheet: rule set qd-1048-2019 has no sheet 'I.2.1': subgroup I.2.1"
                        + " 'Gạo, ngũ cốc' has no scoring sheet in this rule set")
                .contains("no other sheet is substituted");
        assertThat(qd1048.sheet("I.2.1")).isEmpty();
    }
}
