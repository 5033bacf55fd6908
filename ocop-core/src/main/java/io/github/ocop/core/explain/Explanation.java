package io.github.ocop.core.explain;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.List;
import java.util.Objects;

/**
 * Why a product got its stars (giải trình kết quả chấm điểm): for every criterion the chosen option, its points, the
 * maximum and the citation; per part and the total; the points band, every star minimum of the sheet met or unmet
 * with the option that would meet it, and the knock-outs. Built from a rule set and a score card of it; immutable and
 * thread-safe. Renderers (text, JSON, HTML) live in the other modules.
 */
public final class Explanation {
    private final RuleSet ruleSet;
    private final ScoringSheet sheet;
    private final ScoreCard card;
    private final List<CriterionLine> criteria;
    private final List<PartLine> parts;
    private final List<MinimumLine> minima;
    private final RankLine rank;

    Explanation(RuleSet ruleSet, ScoringSheet sheet, ScoreCard card, List<CriterionLine> criteria,
                        List<PartLine> parts, List<MinimumLine> minima, RankLine rank) {
        this.ruleSet = ruleSet;
        this.sheet = sheet;
        this.card = card;
        this.criteria = criteria;
        this.parts = parts;
        this.minima = minima;
        this.rank = rank;
    }

    /**
     * Explains a score card. To explain many cards of one rule set, an {@link Explainer} is faster: it builds each
     * sheet's lines once.
     *
     * @param ruleSet the rule set the card was scored against
     * @param card    the score card
     * @return its explanation
     * @throws IllegalArgumentException when the card is of another rule set or of a sheet the rule set lacks
     */
    public static Explanation of(RuleSet ruleSet, ScoreCard card) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(card, "card");
        if (!ruleSet.id().equals(card.ruleSetId())) {
            throw new IllegalArgumentException("score card of rule set " + card.ruleSetId() + " cannot be explained by "
                    + ruleSet.id());
        }
        ScoringSheet sheet = ruleSet.sheet(card.sheetId()).orElseThrow(() -> new IllegalArgumentException(
                "rule set " + ruleSet.id() + " has no sheet " + card.sheetId()));
        return new SheetLines(ruleSet, sheet, card.minima()).explain(card);
    }

    /** {@return the rule set explained against} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** {@return the sheet of the score card} */
    public ScoringSheet sheet() {
        return sheet;
    }

    /** {@return the score card explained} */
    public ScoreCard card() {
        return card;
    }

    /** {@return one line per criterion, in printed order} */
    public List<CriterionLine> criteria() {
        return criteria;
    }

    /** {@return one line per part, in printed order} */
    public List<PartLine> parts() {
        return parts;
    }

    /** {@return the total points} */
    public int total() {
        return card.total();
    }

    /** {@return the sheet's maximum (sum of its parts' maxima)} */
    public int maxTotal() {
        return sheet.maxPoints();
    }

    /** {@return every star minimum of the sheet (met and unmet), in printed order} */
    public List<MinimumLine> minima() {
        return minima;
    }

    /** {@return the unmet star minima, in printed order} */
    public List<MinimumLine> unmetMinima() {
        return minima.stream().filter(m -> !m.met()).toList();
    }

    /** {@return the band, the final stars and the knock-outs} */
    public RankLine rank() {
        return rank;
    }

    @Override
    public String toString() {
        return "Explanation[" + card + "]";
    }
}
