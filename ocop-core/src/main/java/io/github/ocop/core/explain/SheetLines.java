package io.github.ocop.core.explain;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.List;

/**
 * Every line an explanation of one sheet can hold, built once: a criterion line per option (and for "none" and "does
 * not apply"), a minimum line per minimum, state of its criterion and blocking flag. Lines are immutable values, so
 * explanations share them; explaining a card then only picks lines. Immutable and thread-safe.
 */
final class SheetLines {
    private final RuleSet ruleSet;
    private final ScoringSheet sheet;
    private final List<MinimumRequirement> minima;
    private final Criterion[] criteria;
    /** Per criterion: one line per option in printed order, then "none", then "does not apply". */
    private final CriterionLine[][] lines;
    /** Per minimum: the index of its criterion. */
    private final int[] minimumCriterion;
    /** Per minimum: for each state of its criterion (as in {@link #lines}), the line not blocking, then blocking. */
    private final MinimumLine[][] minimumLines;

    SheetLines(RuleSet ruleSet, ScoringSheet sheet, List<MinimumRequirement> minima) {
        this.ruleSet = ruleSet;
        this.sheet = sheet;
        this.minima = minima;
        this.criteria = sheet.criteria().toArray(new Criterion[0]);
        this.lines = new CriterionLine[criteria.length][];
        for (int i = 0; i < criteria.length; i++) {
            Criterion c = criteria[i];
            List<Option> options = c.options();
            String condition = c.applicability().isPresent() ? c.applicability().get().text() : null;
            CriterionLine[] l = new CriterionLine[options.size() + 2];
            for (int k = 0; k < options.size(); k++) {
                Option o = options.get(k);
                l[k] = new CriterionLine(c.code(), c.title(), sheet.partOf(c.code()), true, o.key(), o.text(),
                        o.points(), c.maxPoints(), condition, c.citation());
            }
            l[options.size()] = new CriterionLine(c.code(), c.title(), sheet.partOf(c.code()), true, Assessment.NONE,
                    null, 0, c.maxPoints(), condition, c.citation());
            l[options.size() + 1] = new CriterionLine(c.code(), c.title(), sheet.partOf(c.code()), false, null, null,
                    0, c.maxPoints(), condition, c.citation());
            lines[i] = l;
        }
        this.minimumCriterion = new int[minima.size()];
        this.minimumLines = new MinimumLine[minima.size()][];
        for (int m = 0; m < minima.size(); m++) {
            MinimumRequirement r = minima.get(m);
            int i = indexOf(r.criterion());
            minimumCriterion[m] = i;
            Criterion c = criteria[i];
            int requiredIndex = optionIndex(c, r.option());
            if (requiredIndex < 0) {
                throw new IllegalArgumentException("sheet " + sheet.id() + ": the minimum for " + r.requiredFor()
                        + " stars on criterion " + c.code() + " names no option of it ('" + r.option() + "')");
            }
            Option required = c.options().get(requiredIndex);
            CriterionLine[] states = lines[i];
            MinimumLine[] ml = new MinimumLine[states.length * 2];
            for (int st = 0; st < states.length; st++) {
                CriterionLine s = states[st];
                boolean met = s.points() >= r.requiredPoints();
                for (int blocking = 0; blocking < 2; blocking++) {
                    ml[st * 2 + blocking] = new MinimumLine(c.code(), c.title(), r.requiredFor(), r.option(),
                            required.text(), r.requiredPoints(), s.answer(), s.points(), met, !met && blocking == 1,
                            c.citation());
                }
            }
            minimumLines[m] = ml;
        }
    }

    /** {@return whether cards with these minima can be explained by these lines (cards of one engine share them)} */
    boolean fits(List<MinimumRequirement> cardMinima) {
        return cardMinima == minima || cardMinima.equals(minima);
    }

    Explanation explain(ScoreCard card) {
        List<CriterionScore> scores = card.criteria();
        if (scores.size() != criteria.length) {
            throw new IllegalArgumentException("score card of sheet " + card.sheetId() + " has " + scores.size()
                    + " criteria, the sheet of " + ruleSet.id() + " " + criteria.length);
        }
        CriterionLine[] out = new CriterionLine[criteria.length];
        int[] state = new int[criteria.length];
        for (int i = 0; i < out.length; i++) {
            CriterionScore s = scores.get(i);
            Criterion c = criteria[i];
            if (!c.code().equals(s.code())) {
                throw new IllegalArgumentException("score card of sheet " + card.sheetId() + " lists criterion "
                        + s.code() + " where the sheet of " + ruleSet.id() + " has " + c.code());
            }
            int st = state(i, s);
            state[i] = st;
            out[i] = lines[i][st];
        }
        Part[] sheetParts = sheet.parts().toArray(new Part[0]);
        PartLine[] parts = new PartLine[sheetParts.length];
        for (int i = 0; i < parts.length; i++) {
            Part p = sheetParts[i];
            parts[i] = new PartLine(p.code(), p.title(), card.part(p.code()), p.maxPoints(), p.citation());
        }
        MinimumLine[] min = new MinimumLine[minimumLines.length];
        int band = card.bandStars();
        for (int m = 0; m < min.length; m++) {
            int blocking = minima.get(m).requiredFor() <= band ? 1 : 0;
            min[m] = minimumLines[m][state[minimumCriterion[m]] * 2 + blocking];
        }
        StarBand b = ruleSet.starRanking().band(band);
        Integer upper = band == 5 ? null : ruleSet.starRanking().band(band + 1).minPoints();
        RankLine rank = new RankLine(band, b.minPoints(), upper, b.citation(),
                card.ranked() ? card.stars().getAsInt() : null, card.knockOuts());
        return new Explanation(ruleSet, sheet, card, List.of(out), List.of(parts), List.of(min), rank);
    }

    /** The state of a criterion on a card: the option index, then "none", then "does not apply". */
    private int state(int i, CriterionScore s) {
        CriterionLine[] l = lines[i];
        if (!s.applicable()) {
            return l.length - 1;
        }
        if (Assessment.NONE.equals(s.answer())) {
            return l.length - 2;
        }
        int k = s.answer() == null ? -1 : optionIndex(criteria[i], s.answer());
        if (k < 0 || l[k].points() != s.points()) {
            throw new IllegalArgumentException("score card of sheet " + sheet.id() + " answers criterion " + s.code()
                    + " with '" + s.answer() + "' for " + s.points() + " points, which the sheet of " + ruleSet.id()
                    + " does not print");
        }
        return k;
    }

    private int indexOf(String code) {
        for (int i = 0; i < criteria.length; i++) {
            if (criteria[i].code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("sheet " + sheet.id() + " has no criterion " + code);
    }

    /** The index of the option with that key, found by position first (keys a, b, c... in printed order), or -1. */
    private static int optionIndex(Criterion c, String key) {
        List<Option> options = c.options();
        if (key.length() == 1) {
            int k = key.charAt(0) - 'a';
            if (k >= 0 && k < options.size() && options.get(k).key().equals(key)) {
                return k;
            }
        }
        for (int k = 0; k < options.size(); k++) {
            if (options.get(k).key().equals(key)) {
                return k;
            }
        }
        return -1;
    }
}
