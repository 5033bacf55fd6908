package io.github.ocop.core.council;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoringEngine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Laws of council evaluation over the fine-grained fixture sheet "U" (every total 0..100 reachable). */
class CouncilProperties {
    private static final ScoringEngine ENGINE = ScoringEngine.of(CouncilFixtures.ruleSet());
    private static final int[] MAX = {40, 25, 35};
    private static final String[] CODES = {"1.1", "2.1", "3.1"};

    /** Members as {points on 1.1, 2.1, 3.1, knock-out 0/1}. */
    @Provide
    Arbitrary<List<int[]>> members() {
        return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 25),
                        Arbitraries.integers().between(0, 35), Arbitraries.integers().between(0, 9))
                .as((a, b, c, k) -> new int[] {a, b, c, k == 0 ? 1 : 0})
                .list().ofMinSize(2).ofMaxSize(9);
    }

    private static List<Assessment> assessments(List<int[]> members) {
        List<Assessment> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            int[] m = members.get(i);
            out.add(CouncilFixtures.u("test", "m" + i, m[0], m[1], m[2], m[3] == 1));
        }
        return out;
    }

    @Property
    void theMeanLiesBetweenTheLowestAndHighestMember(@ForAll("members") List<int[]> members) {
        CouncilEvaluation c = CouncilEvaluation.of(ENGINE, assessments(members));
        assertThat(c.total()).isBetween(BigDecimal.valueOf(c.minTotal()), BigDecimal.valueOf(c.maxTotal()));
        for (CriterionMean m : c.criteria()) {
            assertThat(m.mean()).isBetween(BigDecimal.valueOf(m.min()), BigDecimal.valueOf(m.max()));
        }
        for (PartCode p : PartCode.values()) {
            int lo = c.members().stream().mapToInt(s -> s.part(p)).min().orElseThrow();
            int hi = c.members().stream().mapToInt(s -> s.part(p)).max().orElseThrow();
            assertThat(c.parts().get(p)).isBetween(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
        }
        assertThat(c.spread()).isEqualTo(c.maxTotal() - c.minTotal()).isNotNegative();
        assertThat(c.stars().orElse(c.starsBeforeKnockOuts())).isBetween(1, c.bandStars());
    }

    /**
     * Exact statement: the last member is adjusted so that every criterion's sum is divisible by the number of
     * members; every mean is then an integer (no rounding), and a new member scoring exactly those means on each
     * criterion (so the mean total) leaves every mean unchanged.
     */
    @Property
    void addingAMemberAtTheMeanLeavesTheMeansUnchanged(@ForAll("members") List<int[]> generated) {
        List<int[]> members = new ArrayList<>();
        generated.forEach(m -> members.add(m.clone()));
        int n = members.size();
        int[] last = members.get(n - 1);
        int[] mean = new int[3];
        for (int k = 0; k < 3; k++) {
            int sum = 0;
            for (int[] m : members) {
                sum += m[k];
            }
            int r = sum % n;
            if (r != 0) {
                if (last[k] >= r) {
                    last[k] -= r;
                    sum -= r;
                } else {
                    last[k] += n - r;
                    sum += n - r;
                }
            }
            assertThat(last[k]).isBetween(0, MAX[k]);
            mean[k] = sum / n;
        }
        CouncilEvaluation before = CouncilEvaluation.of(ENGINE, assessments(members));
        List<Assessment> more = new ArrayList<>(assessments(members));
        more.add(CouncilFixtures.u("test", "at-the-mean", mean[0], mean[1], mean[2], false));
        CouncilEvaluation after = CouncilEvaluation.of(ENGINE, more);

        assertThat(after.memberTotals().get("at-the-mean")).isEqualTo(mean[0] + mean[1] + mean[2]);
        assertThat(after.total()).isEqualTo(before.total());
        assertThat(after.parts()).isEqualTo(before.parts());
        for (int k = 0; k < 3; k++) {
            assertThat(after.criterion(CODES[k]).orElseThrow().mean())
                    .isEqualTo(before.criterion(CODES[k]).orElseThrow().mean())
                    .isEqualByComparingTo(BigDecimal.valueOf(mean[k]));
        }
        assertThat(after.starsBeforeKnockOuts()).isEqualTo(before.starsBeforeKnockOuts());
    }

    @Property
    void theResultDoesNotDependOnMemberOrder(@ForAll("members") List<int[]> members, @ForAll Random random) {
        List<Assessment> given = assessments(members);
        List<Assessment> shuffled = new ArrayList<>(given);
        Collections.shuffle(shuffled, random);
        CouncilPolicy policy = CouncilPolicy.provincialPractice().withCouncil(12, "m0");
        CouncilEvaluation a = CouncilEvaluation.of(ENGINE, given, policy);
        CouncilEvaluation b = CouncilEvaluation.of(ENGINE, shuffled, policy);
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.criteria()).isEqualTo(a.criteria());
        assertThat(b.parts()).isEqualTo(a.parts());
        assertThat(b.stars()).isEqualTo(a.stars());
        assertThat(b.bandStars()).isEqualTo(a.bandStars());
        assertThat(b.unmetMinimums()).isEqualTo(a.unmetMinimums());
        assertThat(b.spread()).isEqualTo(a.spread());
        assertThat(b.knockOuts()).isEqualTo(a.knockOuts());
        assertThat(b.warnings()).isEqualTo(a.warnings());
        assertThat(b.interpretations()).isEqualTo(a.interpretations());
    }
}
