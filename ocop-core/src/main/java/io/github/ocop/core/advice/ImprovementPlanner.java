package io.github.ocop.core.advice;

import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Computes optimal improvement plans (kế hoạch nâng hạng sao): the fewest answers to raise so that a scored product
 * reaches a target star rank, and among those plans the one adding the fewest points. Immutable and thread-safe.
 *
 * <p>A plan reaches {@code target} stars when every star minimum for {@code target} stars or fewer is met and the
 * total reaches the target band's minimum (then the engine ranks the product at least {@code target}). Answers can
 * only be raised: changed to an option worth more points (never to an option of the criterion on the type of
 * organisation that does not fit the declared subject type). A criterion whose condition fails (e.g. 5.2 when 5.1 says
 * the product has no story) comes to apply when its condition criterion is raised to an option satisfying the
 * condition; it must then be answered, which counts as a change (any of its options may be chosen). Conversely a
 * condition raised to an option outside the condition makes its dependants stop applying: their points are lost, and
 * that is not counted as a change.
 *
 * <p>Algorithm (exact): criteria are grouped with the criteria whose applicability they decide (in the bundled sheets
 * 5.1 with 5.2; every other criterion alone). For each group every raise combination is enumerated, discarding those
 * that leave a needed minimum unmet, and for each number of changes and exact points gained one combination is kept.
 * A dynamic programme over groups then finds, for every exact total gain {@code g}, the fewest changes reaching it;
 * the plan is the pair (changes, g) that is lexicographically smallest among {@code g >= deficit}. Since groups are
 * independent (no minimum or condition crosses a group) and the objective is additive, this is optimal; the tests
 * check it against brute-force enumeration.
 */
public final class ImprovementPlanner {
    /** The most raise combinations enumerated for one group of dependent criteria. */
    private static final int MAX_GROUP_COMBINATIONS = 1_000_000;

    private final RuleSet ruleSet;
    private final ScoringEngine engine;

    private ImprovementPlanner(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.engine = ScoringEngine.of(ruleSet);
    }

    /**
     * {@return a planner for it}
     *
     * @param ruleSet the rule set the score cards were scored against
     */
    public static ImprovementPlanner of(RuleSet ruleSet) {
        return new ImprovementPlanner(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * Plans how a scored product reaches {@code target} stars.
     *
     * @param card   a score card of this planner's rule set
     * @param target 1..5 stars
     * @return the optimal plan, or an unreachable plan with the reason
     * @throws IllegalArgumentException when the target is outside 1..5 or the card is of another rule set
     */
    public ImprovementPlan plan(ScoreCard card, int target) {
        Objects.requireNonNull(card, "card");
        if (target < 1 || target > 5) {
            throw new IllegalArgumentException("target must be within 1..5 stars, was " + target);
        }
        if (!card.ruleSetId().equals(ruleSet.id())) {
            throw new IllegalArgumentException("score card of rule set " + card.ruleSetId() + " cannot be planned with "
                    + ruleSet.id());
        }
        // a knock-out the assessor recorded stays whatever the answers; one that follows from the answers (a trigger)
        // is lifted by answering otherwise, so the plan only avoids every trigger answer
        List<io.github.ocop.core.model.KnockOut> recorded = card.knockOuts().stream()
                .filter(k -> card.assessment().knockOuts().contains(k.id())).toList();
        if (!recorded.isEmpty()) {
            return ImprovementPlan.unreachable(target, card, "a knock-out is recorded ("
                    + recorded.stream().map(k -> k.id() + ": " + k.text()).collect(Collectors.joining("; "))
                    + "); a product with a knock-out is not ranked, whatever its points");
        }
        ScoringSheet sheet = ruleSet.sheet(card.sheetId()).orElseThrow();
        Criterion[] crit = sheet.criteria().toArray(new Criterion[0]);
        int n = crit.length;
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(crit[i].code(), i);
        }
        @SuppressWarnings("unchecked")
        java.util.Set<String>[] forbidden = new java.util.Set[n];
        for (int i = 0; i < n; i++) {
            forbidden[i] = new java.util.HashSet<>();
        }
        for (io.github.ocop.core.model.KnockOut ko : sheet.knockOuts()) {
            ko.trigger().ifPresent(t -> t.anyOf().forEach(c -> {
                Integer i = index.get(c.criterion());
                if (i != null) {
                    forbidden[i].addAll(c.options());
                }
            }));
        }
        // never propose an organisation type other than the subject's (criteria[].subjectTypes, e.g. 3.1 a for a
        // cooperative): the engine refuses an answer that disagrees with the declared subject type
        io.github.ocop.core.scoring.Subject subject = card.assessment().product().subject();
        if (subject != null && subject.type() != null) {
            String type = subject.type().name();
            for (int i = 0; i < n; i++) {
                int at = i;
                crit[i].subjectTypes().filter(m -> m.maps(type)).ifPresent(m -> crit[at].options().forEach(o -> {
                    if (m.typesOf(o.key()).map(t -> !t.contains(type)).orElse(false)) {
                        forbidden[at].add(o.key());
                    }
                }));
            }
        }
        State[] now = new State[n];
        for (int i = 0; i < n; i++) {
            CriterionScore cs = card.criterion(crit[i].code()).orElseThrow();
            now[i] = new State(cs.applicable(), cs.answer(), cs.points());
        }
        int[] required = new int[n];
        String[] requiredText = new String[n];
        for (MinimumRequirement r : engine.minima(sheet.id())) {
            int i = index.get(r.criterion());
            if (r.requiredFor() <= target && r.requiredPoints() > required[i]) {
                required[i] = r.requiredPoints();
                requiredText[i] = "criterion " + r.criterion() + " needs option " + r.option() + " ("
                        + r.requiredPoints() + " points) for " + r.requiredFor() + " stars";
            }
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = crit[i].applicability().map(a -> index.get(a.criterion())).orElse(-1);
        }
        List<int[]> groups = groups(parent);
        List<Map<Long, int[]>> choices = new ArrayList<>();
        for (int[] g : groups) {
            Map<Long, int[]> m = enumerate(g, crit, parent, now, required, forbidden);
            if (m.isEmpty()) {
                StringBuilder why = new StringBuilder();
                for (int i : g) {
                    if (required[i] > 0) {
                        why.append(why.length() == 0 ? "" : "; ").append(requiredText[i]);
                    }
                }
                if (why.length() == 0) {
                    return ImprovementPlan.unreachable(target, card, "no raised answer lifts the knock-out that "
                            + "follows from the answers " + card.derivedKnockOuts().stream()
                            .map(d -> d.knockOut().id() + " (" + d.criterion() + " = " + d.option() + ")")
                            .collect(Collectors.joining(", ")));
                }
                return ImprovementPlan.unreachable(target, card, "the star minima cannot be met by raising answers: "
                        + why + " (it cannot apply or no option reaches it)");
            }
            choices.add(m);
        }
        int lo = 0; // the dp range holds every partial sum of gains
        int hi = 0;
        int maxGain = 0;
        for (Map<Long, int[]> m : choices) {
            int groupMin = m.keySet().stream().mapToInt(ImprovementPlanner::gainOf).min().orElseThrow();
            int groupMax = m.keySet().stream().mapToInt(ImprovementPlanner::gainOf).max().orElseThrow();
            lo += Math.min(0, groupMin);
            hi += Math.max(0, groupMax);
            maxGain += groupMax;
        }
        int bandMin = ruleSet.starRanking().band(target).minPoints();
        int deficit = bandMin - card.total();
        if (maxGain < deficit) {
            return ImprovementPlan.unreachable(target, card, "the highest total reachable on sheet " + sheet.id()
                    + " while meeting the minima for " + target + " stars is " + (card.total() + maxGain)
                    + ", below the " + target + "-star band's minimum of " + bandMin + " points");
        }
        int width = hi - lo + 1;
        int inf = Integer.MAX_VALUE;
        int[] best = new int[width];
        Arrays.fill(best, inf);
        best[-lo] = 0;
        int k = groups.size();
        long[][] pick = new long[k][];
        for (int gi = 0; gi < k; gi++) {
            int[] next = new int[width];
            Arrays.fill(next, inf);
            long[] p = new long[width];
            for (int g = 0; g < width; g++) {
                if (best[g] == inf) {
                    continue;
                }
                for (long key : choices.get(gi).keySet()) {
                    int ng = g + gainOf(key);
                    int nc = best[g] + changesOf(key);
                    if (ng >= 0 && ng < width && nc < next[ng]) {
                        next[ng] = nc;
                        p[ng] = key;
                    }
                }
            }
            pick[gi] = p;
            best = next;
        }
        int bestG = -1;
        for (int g = Math.max(0, deficit - lo); g < width; g++) {
            if (best[g] != inf && (bestG < 0 || best[g] < best[bestG])) {
                bestG = g;
            }
        }
        if (bestG < 0) {
            return ImprovementPlan.unreachable(target, card, "no combination of raised answers meets the minima for "
                    + target + " stars and reaches the band's minimum of " + bandMin + " points");
        }
        String[] finalAnswer = new String[n];
        boolean[] changed = new boolean[n];
        int g = bestG;
        for (int gi = k - 1; gi >= 0; gi--) {
            long key = pick[gi][g];
            int[] assignment = choices.get(gi).get(key);
            int[] members = groups.get(gi);
            for (int m = 0; m < members.length; m++) {
                int i = members[m];
                int a = assignment[m];
                if (a >= 0) {
                    changed[i] = true;
                    finalAnswer[i] = a < crit[i].options().size() ? crit[i].options().get(a).key() : Assessment.NONE;
                }
            }
            g -= gainOf(key);
        }
        List<PlannedChange> changes = new ArrayList<>();
        Assessment a = card.assessment();
        for (int i = 0; i < n; i++) {
            if (changed[i]) {
                int to = optionPoints(crit[i], finalAnswer[i]);
                changes.add(new PlannedChange(crit[i].code(), now[i].applicable ? now[i].answer : null, finalAnswer[i],
                        now[i].points, to));
                a = a.withAnswer(crit[i].code(), finalAnswer[i]);
            }
        }
        ScoreCard result = engine.score(a);
        int expected = card.total() + bestG + lo;
        if (result.total() != expected || result.stars().orElse(0) < target) {
            throw new IllegalStateException("improvement plan check failed on sheet " + sheet.id() + ": expected total "
                    + expected + " and at least " + target + " stars, rescoring gave " + result);
        }
        return ImprovementPlan.reachable(target, card, changes, result);
    }

    private static int optionPoints(Criterion c, String key) {
        return Assessment.NONE.equals(key) ? 0 : c.option(key).orElseThrow().points();
    }

    /** The answer state of one criterion on the current card. */
    private record State(boolean applicable, String answer, int points) {
    }

    private static long key(int changes, int gain) {
        return ((long) changes << 32) | (gain & 0xffffffffL);
    }

    private static int changesOf(long key) {
        return (int) (key >>> 32);
    }

    private static int gainOf(long key) {
        return (int) key;
    }

    /** Connected components of the condition forest, each listed with conditions before their dependants. */
    private static List<int[]> groups(int[] parent) {
        int n = parent.length;
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            int r = i;
            int steps = 0;
            while (parent[r] >= 0) {
                r = parent[r];
                if (++steps > n) {
                    throw new IllegalStateException("criterion conditions form a cycle");
                }
            }
            root[i] = r;
        }
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            for (int r = i; parent[r] >= 0; r = parent[r]) {
                depth[i]++;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (root[r] != r) {
                continue;
            }
            final int rr = r;
            out.add(java.util.stream.IntStream.range(0, n).filter(i -> root[i] == rr).boxed()
                    .sorted((x, y) -> depth[x] != depth[y] ? Integer.compare(depth[x], depth[y]) : Integer.compare(x, y))
                    .mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    /**
     * Every feasible raise combination of a group, one per (changes, gain): member value -1 = unchanged (or not
     * applicable), 0..options-1 = that option, options = "none".
     */
    private static Map<Long, int[]> enumerate(int[] members, Criterion[] crit, int[] parent, State[] now,
                                              int[] required, java.util.Set<String>[] forbidden) {
        Map<Long, int[]> out = new LinkedHashMap<>();
        int[] assignment = new int[members.length];
        String[] finalAnswer = new String[crit.length];
        long[] budget = {MAX_GROUP_COMBINATIONS};
        walk(0, members, crit, parent, now, required, forbidden, assignment, finalAnswer, 0, 0, out, budget);
        return out;
    }

    private static void walk(int m, int[] members, Criterion[] crit, int[] parent, State[] now, int[] required,
                             java.util.Set<String>[] forbidden, int[] assignment, String[] finalAnswer, int changes,
                             int gain, Map<Long, int[]> out, long[] budget) {
        if (m == members.length) {
            if (--budget[0] < 0) {
                throw new IllegalStateException("too many raise combinations in one group of dependent criteria");
            }
            out.putIfAbsent(key(changes, gain), assignment.clone());
            return;
        }
        int i = members[m];
        Criterion c = crit[i];
        boolean applies = true;
        if (parent[i] >= 0) {
            Applicability cond = c.applicability().orElseThrow();
            String condAnswer = finalAnswer[parent[i]];
            applies = condAnswer != null && cond.anyOf().contains(condAnswer);
        }
        if (!applies) {
            if (required[i] > 0) {
                return;
            }
            finalAnswer[i] = null;
            assignment[m] = -1;
            walk(m + 1, members, crit, parent, now, required, forbidden, assignment, finalAnswer, changes,
                    gain - (now[i].applicable ? now[i].points : 0), out, budget);
            return;
        }
        State s = now[i];
        List<Option> options = c.options();
        if (s.applicable && s.answer != null) {
            if (s.points >= required[i] && !forbidden[i].contains(s.answer)) {
                finalAnswer[i] = s.answer;
                assignment[m] = -1;
                walk(m + 1, members, crit, parent, now, required, forbidden, assignment, finalAnswer, changes, gain,
                        out, budget);
            }
            for (int o = 0; o < options.size(); o++) {
                int p = options.get(o).points();
                if (p > s.points && p >= required[i] && !forbidden[i].contains(options.get(o).key())) {
                    finalAnswer[i] = options.get(o).key();
                    assignment[m] = o;
                    walk(m + 1, members, crit, parent, now, required, forbidden, assignment, finalAnswer, changes + 1,
                            gain + p - s.points, out, budget);
                }
            }
        } else {
            for (int o = 0; o < options.size(); o++) {
                int p = options.get(o).points();
                if (p >= required[i] && !forbidden[i].contains(options.get(o).key())) {
                    finalAnswer[i] = options.get(o).key();
                    assignment[m] = o;
                    walk(m + 1, members, crit, parent, now, required, forbidden, assignment, finalAnswer, changes + 1,
                            gain + p,
                            out, budget);
                }
            }
            if (c.acceptsNone() && required[i] == 0 && !forbidden[i].contains(Assessment.NONE)) {
                finalAnswer[i] = Assessment.NONE;
                assignment[m] = options.size();
                walk(m + 1, members, crit, parent, now, required, forbidden, assignment, finalAnswer, changes + 1, gain, out,
                        budget);
            }
        }
        finalAnswer[i] = null;
    }
}
