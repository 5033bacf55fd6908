package io.github.ocop.rules.council;

import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CriterionMean;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.testkit.Draws;
import io.github.ocop.rules.RuleSets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Council laws over the real bundled QĐ 26/2026 sheets, with members answering at random. */
class CouncilRealSheetsProperties {
    private static final RuleSet QD26 = RuleSets.standard().get("qd-26-2026");
    private static final ScoringEngine ENGINE = ScoringEngine.of(QD26);

    @Provide
    Arbitrary<Draws> draws() {
        return Draws.of(600);
    }

    /**
     * The band of a mean as the decision words it (qd-26-2026/source.txt lines 38-43, Điều 3 khoản 3: 5 stars from 90
     * to 100, 4 from 70 to below 90, 3 from 50 to below 70, 2 from 30 to below 50, 1 below 30), written here from
     * the text, not from the rule set or its StarRanking.
     */
    private static int bandOf(BigDecimal mean) {
        int[] lowerBounds = {90, 70, 50, 30};
        for (int i = 0; i < lowerBounds.length; i++) {
            if (mean.compareTo(BigDecimal.valueOf(lowerBounds[i])) >= 0) {
                return 5 - i;
            }
        }
        return 1;
    }

    private static List<Assessment> council(int sheetIndex, int size, Draws random) {
        ScoringSheet sheet = QD26.sheets().get(sheetIndex % QD26.sheets().size());
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Criterion c : sheet.criteria()) {
                answers.put(c.code(), c.options().get(random.nextInt(c.options().size())).key());
            }
            out.add(new Assessment(QD26.id(), sheet.id(), Product.named("Sản phẩm minh họa"), "member-" + i, answers,
                    List.of()));
        }
        return out;
    }

    @Property(tries = 200)
    void theMeanLiesBetweenTheLowestAndHighestMemberOnEveryRealSheet(@ForAll @IntRange(min = 0, max = 25) int sheet,
            @ForAll @IntRange(min = 2, max = 9) int size, @ForAll("draws") Draws random) {
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, council(sheet, size, random));
        assertThat(c.total()).isBetween(BigDecimal.valueOf(c.minTotal()), BigDecimal.valueOf(c.maxTotal()));
        for (CriterionMean m : c.criteria()) {
            assertThat(m.mean()).isBetween(BigDecimal.valueOf(m.min()), BigDecimal.valueOf(m.max()));
            assertThat(m.max()).isLessThanOrEqualTo(m.maxPoints());
        }
        // a member's answer can trigger a knock-out that follows from the answers (issue 13): then not ranked
        if (c.ranked()) {
            assertThat(c.stars().getAsInt()).isBetween(1, c.bandStars());
        } else {
            assertThat(c.stars()).isEmpty();
            assertThat(c.knockOuts()).isNotEmpty();
        }
        assertThat(c.bandStars()).isEqualTo(bandOf(c.total()));
    }

    @Property(tries = 100)
    void theResultDoesNotDependOnMemberOrderOnRealSheets(@ForAll @IntRange(min = 0, max = 25) int sheet,
            @ForAll @IntRange(min = 2, max = 9) int size, @ForAll("draws") Draws random) {
        List<Assessment> given = council(sheet, size, random);
        List<Assessment> shuffled = new ArrayList<>(given);
        random.shuffle(shuffled);
        CouncilEvaluation a = CouncilEvaluation.of(ENGINE, given);
        CouncilEvaluation b = CouncilEvaluation.of(ENGINE, shuffled);
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.criteria()).isEqualTo(a.criteria());
        assertThat(b.parts()).isEqualTo(a.parts());
        assertThat(b.stars()).isEqualTo(a.stars());
        assertThat(b.unmetMinimums()).isEqualTo(a.unmetMinimums());
        assertThat(b.warnings()).isEqualTo(a.warnings());
    }

    /**
     * Exact statement: a council whose members are each present twice has the same means as the council of the
     * originals (every mean is the same fraction), and adding a member identical to an existing one in a council of
     * identical members leaves every mean unchanged.
     */
    @Property(tries = 100)
    void duplicatingTheCouncilOrAddingAMemberAtAnIntegerMeanLeavesTheMeansUnchanged(
            @ForAll @IntRange(min = 0, max = 25) int sheet, @ForAll @IntRange(min = 2, max = 5) int size,
            @ForAll("draws") Draws random) {
        List<Assessment> one = council(sheet, 1, random);
        List<Assessment> same = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Assessment a = one.get(0);
            same.add(new Assessment(a.ruleSet(), a.sheet(), a.product(), "member-" + i, a.answers(), List.of()));
        }
        CouncilEvaluation before = CouncilEvaluation.of(ENGINE, same);
        List<Assessment> more = new ArrayList<>(same);
        Assessment a = one.get(0);
        more.add(new Assessment(a.ruleSet(), a.sheet(), a.product(), "at-the-mean", a.answers(), List.of()));
        CouncilEvaluation after = CouncilEvaluation.of(ENGINE, more);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.criteria()).extracting(CriterionMean::mean)
                .isEqualTo(before.criteria().stream().map(CriterionMean::mean).toList());

        List<Assessment> base = council(sheet, size, random);
        List<Assessment> twice = new ArrayList<>(base);
        for (Assessment m : base) {
            twice.add(new Assessment(m.ruleSet(), m.sheet(), m.product(), m.assessor() + "-bis", m.answers(), List.of()));
        }
        CouncilEvaluation b1 = CouncilEvaluation.of(ENGINE, base);
        CouncilEvaluation b2 = CouncilEvaluation.of(ENGINE, twice);
        assertThat(b2.total()).isEqualTo(b1.total());
        assertThat(b2.criteria()).extracting(CriterionMean::mean)
                .isEqualTo(b1.criteria().stream().map(CriterionMean::mean).toList());
        assertThat(b2.stars()).isEqualTo(b1.stars());
    }
}
