package io.github.ocop.core.advice;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.StarRanking;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.text.Message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
        if (target < 1 || target > StarRanking.MAX_STARS) {
            throw CoreMessages.refusal("advice.targetRange", target);
        }
        if (!card.ruleSetId().equals(ruleSet.id())) {
            throw new IllegalArgumentException("score card of rule set " + card.ruleSetId() + " cannot be planned with "
                    + ruleSet.id());
        }
        // a knock-out the assessor recorded stays whatever the answers; one that follows from the answers (a trigger)
        // is lifted by answering otherwise, so the plan only avoids every trigger answer
        List<KnockOut> recorded = card.knockOuts().stream()
                .filter(k -> card.assessment().knockOuts().contains(k.id())).toList();
        if (!recorded.isEmpty()) {
            return ImprovementPlan.unreachable(target, card, AdviceTexts.knockOutRecorded(recorded));
        }
        ScoringSheet sheet = ruleSet.sheet(card.sheetId()).orElseThrow();
        Setup setup = Setup.of(sheet, card, target, engine.minima(sheet.id()));
        List<int[]> groups = groups(setup.parent());
        List<Map<Long, int[]>> choices = new ArrayList<>();
        for (int[] g : groups) {
            Map<Long, int[]> m = enumerate(g, setup);
            if (m.isEmpty()) {
                return ImprovementPlan.unreachable(target, card, noChoice(g, setup, card));
            }
            choices.add(m);
        }
        int bandMin = ruleSet.starRanking().band(target).minPoints();
        int deficit = bandMin - card.total();
        GainTable table = GainTable.of(choices);
        if (table.maxGain() < deficit) {
            return ImprovementPlan.unreachable(target, card, AdviceTexts.totalUnreachable(sheet.id(), target,
                    card.total() + table.maxGain(), bandMin));
        }
        int bestG = table.best(deficit);
        if (bestG < 0) {
            return ImprovementPlan.unreachable(target, card, AdviceTexts.noCombination(target, bandMin));
        }
        String[] finalAnswer = table.answers(bestG, groups, choices, setup.crit());
        return reachable(card, target, setup, finalAnswer, card.total() + bestG + table.lo(), sheet);
    }

    /** Why a group of criteria has no feasible raise: a minimum it cannot meet, or a knock-out it cannot lift. */
    private static Message noChoice(int[] group, Setup setup, ScoreCard card) {
        List<Message> needs = new ArrayList<>();
        for (int i : group) {
            if (setup.required()[i] > 0) {
                needs.add(setup.need()[i]);
            }
        }
        return needs.isEmpty() ? AdviceTexts.derivedKnockOut(card.derivedKnockOuts())
                : AdviceTexts.minimaUnreachable(needs);
    }

    /** The plan of the answers found, checked by scoring the changed assessment. */
    private ImprovementPlan reachable(ScoreCard card, int target, Setup setup, String[] finalAnswer, int expected,
            ScoringSheet sheet) {
        Criterion[] crit = setup.crit();
        State[] now = setup.now();
        List<PlannedChange> changes = new ArrayList<>();
        Assessment a = card.assessment();
        for (int i = 0; i < crit.length; i++) {
            if (finalAnswer[i] != null) {
                int to = optionPoints(crit[i], finalAnswer[i]);
                changes.add(new PlannedChange(crit[i].code(), now[i].applicable ? now[i].answer : null, finalAnswer[i],
                        now[i].points, to));
                a = a.withAnswer(crit[i].code(), finalAnswer[i]);
            }
        }
        ScoreCard result = engine.score(a);
        if (result.total() != expected || result.stars().orElse(0) < target) {
            throw new IllegalStateException("improvement plan check failed on sheet " + sheet.id() + ": expected total "
                    + expected + " and at least " + target + " stars, rescoring gave " + result);
        }
        return ImprovementPlan.reachable(target, card, changes, result);
    }

    /**
     * What the search needs of a sheet and a card, one slot per criterion in printed order: the criteria, the index
     * of each one's condition criterion (-1 for none), the current answers, the points each must reach for the
     * target's minima, the words of that need, and the options it may not be raised to (knock-out triggers, an
     * organisation type other than the subject's).
     */
    private record Setup(Criterion[] crit, int[] parent, State[] now, int[] required, Message[] need,
                         List<Set<String>> forbidden) {
        static Setup of(ScoringSheet sheet, ScoreCard card, int target, List<MinimumRequirement> minima) {
            Criterion[] crit = sheet.criteria().toArray(new Criterion[0]);
            int n = crit.length;
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                index.put(crit[i].code(), i);
            }
            List<Set<String>> forbidden = forbidden(sheet, card, crit, index);
            State[] now = new State[n];
            for (int i = 0; i < n; i++) {
                CriterionScore cs = card.criterion(crit[i].code()).orElseThrow();
                now[i] = new State(cs.applicable(), cs.answer(), cs.points());
            }
            int[] required = new int[n];
            Message[] need = new Message[n];
            for (MinimumRequirement r : minima) {
                int i = index.get(r.criterion());
                if (r.requiredFor() <= target && r.requiredPoints() > required[i]) {
                    required[i] = r.requiredPoints();
                    need[i] = AdviceTexts.minimumNeed(r);
                }
            }
            int[] parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = crit[i].applicability().map(a -> index.get(a.criterion())).orElse(-1);
            }
            return new Setup(crit, parent, now, required, need, forbidden);
        }

        private static List<Set<String>> forbidden(ScoringSheet sheet, ScoreCard card, Criterion[] crit,
                Map<String, Integer> index) {
            List<Set<String>> forbidden = new ArrayList<>();
            for (int i = 0; i < crit.length; i++) {
                forbidden.add(new HashSet<>());
            }
            for (KnockOut ko : sheet.knockOuts()) {
                ko.trigger().ifPresent(t -> t.anyOf().forEach(c -> {
                    Integer i = index.get(c.criterion());
                    if (i != null) {
                        forbidden.get(i).addAll(c.options());
                    }
                }));
            }
            // never propose an organisation type other than the subject's (criteria[].subjectTypes, e.g. 3.1 a for a
            // cooperative): the engine refuses an answer that disagrees with the declared subject type
            Subject subject = card.assessment().product().subject();
            if (subject != null && subject.type() != null) {
                String type = subject.type().name();
                for (int i = 0; i < crit.length; i++) {
                    Set<String> no = forbidden.get(i);
                    Criterion c = crit[i];
                    c.subjectTypes().filter(m -> m.maps(type)).ifPresent(m -> c.options().forEach(o -> {
                        if (m.typesOf(o.key()).map(t -> !t.contains(type)).orElse(false)) {
                            no.add(o.key());
                        }
                    }));
                }
            }
            return forbidden;
        }
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
    private static Map<Long, int[]> enumerate(int[] members, Setup setup) {
        Walk w = new Walk(members, setup, new int[members.length], new String[setup.crit().length],
                new LinkedHashMap<>(), new long[] {MAX_GROUP_COMBINATIONS});
        walk(w, 0, 0, 0);
        return w.out();
    }

    /**
     * The state of the search over one group: its members, the setup, the option chosen for each member so far, the
     * answer each criterion ends with (null when it does not apply), the combinations found and the budget left.
     */
    private record Walk(int[] members, Setup setup, int[] assignment, String[] finalAnswer, Map<Long, int[]> out,
                        long[] budget) {
        /** Records member {@code m}'s choice and goes on to the next member. */
        void choose(int m, int i, String answer, int option, int changes, int gain) {
            finalAnswer[i] = answer;
            assignment[m] = option;
            walk(this, m + 1, changes, gain);
        }
    }

    private static void walk(Walk w, int m, int changes, int gain) {
        if (m == w.members().length) {
            if (--w.budget()[0] < 0) {
                throw new IllegalStateException("too many raise combinations in one group of dependent criteria");
            }
            w.out().putIfAbsent(key(changes, gain), w.assignment().clone());
            return;
        }
        Setup setup = w.setup();
        int i = w.members()[m];
        Criterion c = setup.crit()[i];
        int required = setup.required()[i];
        Set<String> forbidden = setup.forbidden().get(i);
        State s = setup.now()[i];
        int parent = setup.parent()[i];
        boolean applies = parent < 0 || applies(c, w.finalAnswer()[parent]);
        if (!applies) {
            if (required == 0) {
                w.choose(m, i, null, -1, changes, gain - (s.applicable ? s.points : 0));
            }
            return;
        }
        List<Option> options = c.options();
        boolean answered = s.applicable && s.answer != null;
        if (answered && s.points >= required && !forbidden.contains(s.answer)) {
            w.choose(m, i, s.answer, -1, changes, gain);
        }
        int from = answered ? s.points : 0;
        for (int o = 0; o < options.size(); o++) {
            int p = options.get(o).points();
            if ((!answered || p > s.points) && p >= required && !forbidden.contains(options.get(o).key())) {
                w.choose(m, i, options.get(o).key(), o, changes + 1, gain + p - from);
            }
        }
        if (!answered && c.acceptsNone() && required == 0 && !forbidden.contains(Assessment.NONE)) {
            w.choose(m, i, Assessment.NONE, options.size(), changes + 1, gain);
        }
        w.finalAnswer()[i] = null;
    }

    private static boolean applies(Criterion c, String conditionAnswer) {
        Applicability cond = c.applicability().orElseThrow();
        return conditionAnswer != null && cond.anyOf().contains(conditionAnswer);
    }

    /**
     * The dynamic programme over groups: for every exact total gain (offset by {@link #lo()}, the lowest partial sum)
     * the fewest changes reaching it, and the group choice that reached it.
     */
    private record GainTable(int lo, int maxGain, int[] best, long[][] pick) {
        private static final int UNREACHED = Integer.MAX_VALUE;

        static GainTable of(List<Map<Long, int[]>> choices) {
            int lo = 0; // the range holds every partial sum of gains
            int hi = 0;
            int maxGain = 0;
            for (Map<Long, int[]> m : choices) {
                int groupMin = m.keySet().stream().mapToInt(ImprovementPlanner::gainOf).min().orElseThrow();
                int groupMax = m.keySet().stream().mapToInt(ImprovementPlanner::gainOf).max().orElseThrow();
                lo += Math.min(0, groupMin);
                hi += Math.max(0, groupMax);
                maxGain += groupMax;
            }
            int width = hi - lo + 1;
            int[] best = new int[width];
            Arrays.fill(best, UNREACHED);
            best[-lo] = 0;
            long[][] pick = new long[choices.size()][];
            for (int gi = 0; gi < choices.size(); gi++) {
                int[] next = new int[width];
                Arrays.fill(next, UNREACHED);
                long[] p = new long[width];
                for (int g = 0; g < width; g++) {
                    if (best[g] == UNREACHED) {
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
            return new GainTable(lo, maxGain, best, pick);
        }

        /** The offset gain of fewest changes among gains of at least {@code deficit}, the smallest such; -1 if none. */
        int best(int deficit) {
            int bestG = -1;
            for (int g = Math.max(0, deficit - lo); g < best.length; g++) {
                if (best[g] != UNREACHED && (bestG < 0 || best[g] < best[bestG])) {
                    bestG = g;
                }
            }
            return bestG;
        }

        /** The answer of every changed criterion on the way to {@code bestG}; null where unchanged. */
        String[] answers(int bestG, List<int[]> groups, List<Map<Long, int[]>> choices, Criterion[] crit) {
            String[] finalAnswer = new String[crit.length];
            int g = bestG;
            for (int gi = groups.size() - 1; gi >= 0; gi--) {
                long key = pick[gi][g];
                int[] assignment = choices.get(gi).get(key);
                int[] members = groups.get(gi);
                for (int m = 0; m < members.length; m++) {
                    int i = members[m];
                    int a = assignment[m];
                    if (a >= 0) {
                        finalAnswer[i] = a < crit[i].options().size() ? crit[i].options().get(a).key()
                                : Assessment.NONE;
                    }
                }
                g -= gainOf(key);
            }
            return finalAnswer;
        }
    }
}
