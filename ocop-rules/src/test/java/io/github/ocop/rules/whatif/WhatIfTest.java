package io.github.ocop.rules.whatif;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.whatif.CriterionChange;
import io.github.ocop.core.whatif.ScoreComparison;
import io.github.ocop.core.whatif.WhatIf;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What-if on sheet 1 of QĐ 26/2026 (fresh produce). */
class WhatIfTest {
    private static final RuleSet RULES = RuleSets.standard().get("qd-26-2026");
    private static final ScoringSheet SHEET1 = RULES.sheet("1").orElseThrow();

    /** Every criterion answered with its first option. */
    private static Assessment firstOptions() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : SHEET1.criteria()) {
            answers.put(c.code(), c.options().get(0).key());
        }
        return Assessment.of("qd-26-2026", "1", Product.named("Bưởi"), answers);
    }

    @Test
    void changedAnswersGiveThePerCriterionPartTotalAndStarDifferences() {
        Assessment a = firstOptions();
        ScoreComparison c = WhatIf.of(RULES).apply(a, Map.of("1.1", "c", "4.1", "d"));
        // 1.1: a (1 point) -> c (3 points); 4.1 Khu vực phân phối chính: a (1) -> d (5)
        assertThat(c.changes()).containsExactly(
                new CriterionChange("1.1", PartCode.A, "a", "c", 1, 3),
                new CriterionChange("4.1", PartCode.B, "a", "d", 1, 5));
        assertThat(c.partDifference(PartCode.A)).isEqualTo(2);
        assertThat(c.partDifference(PartCode.B)).isEqualTo(4);
        assertThat(c.partDifference(PartCode.C)).isZero();
        assertThat(c.totalDifference()).isEqualTo(6);
        assertThat(c.after().total()).isEqualTo(c.before().total() + 6);
        assertThat(c.before()).isEqualTo(ScoringEngine.of(RULES).score(a));
        assertThat(c.after()).isEqualTo(ScoringEngine.of(RULES).score(a.withAnswer("1.1", "c").withAnswer("4.1", "d")));
        assertThat(c.starsDifference().getAsInt())
                .isEqualTo(c.after().stars().getAsInt() - c.before().stars().getAsInt());
    }

    @Test
    void noChangeIsAnEmptyComparison() {
        ScoreComparison c = WhatIf.of(RULES).apply(firstOptions(), Map.of("1.1", "a"));
        assertThat(c.changes()).isEmpty();
        assertThat(c.totalDifference()).isZero();
        assertThat(c.starsDifference()).hasValue(0);
    }

    @Test
    void unknownCriteriaAndOptionsAreLocatedErrors() {
        assertThatThrownBy(() -> WhatIf.of(RULES).apply(firstOptions(), new LinkedHashMap<>(Map.of("9.9", "a"))))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("what-if 9.9: phiếu 1 của qd-26-2026 không có tiêu chí '9.9'");
        assertThatThrownBy(() -> WhatIf.of(RULES).apply(firstOptions(), Map.of("1.1", "z")))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("what-if 1.1: tiêu chí 1.1 không có phương án 'z' (cần một trong: a, b, c, none)");
    }
}
