package io.github.ocop.core.explain;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Explains score cards of one rule set (giải trình kết quả), building each sheet's possible lines once and sharing
 * them between explanations (they are immutable values): the way to explain many cards, as a
 * {@link io.github.ocop.core.scoring.ScoringEngine} is the way to score many assessments. Gives the same
 * explanation as {@link Explanation#of(RuleSet, ScoreCard)}. Immutable in behaviour and thread-safe; build one per
 * rule set and reuse it.
 */
public final class Explainer {
    private final RuleSet ruleSet;
    private final ConcurrentHashMap<String, SheetLines> sheets = new ConcurrentHashMap<>();

    private Explainer(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /**
     * {@return an explainer for it}
     *
     * @param ruleSet the rule set whose score cards will be explained
     */
    public static Explainer of(RuleSet ruleSet) {
        return new Explainer(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** {@return the rule set explained against} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * Explains a score card.
     *
     * @param card a score card of this rule set
     * @return its explanation
     * @throws IllegalArgumentException when the card is of another rule set or of a sheet the rule set lacks
     */
    public Explanation explain(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        if (!ruleSet.id().equals(card.ruleSetId())) {
            throw new IllegalArgumentException("score card of rule set " + card.ruleSetId() + " cannot be explained by "
                    + ruleSet.id());
        }
        SheetLines lines = sheets.get(card.sheetId());
        if (lines == null) {
            ScoringSheet sheet = ruleSet.sheet(card.sheetId()).orElseThrow(() -> new IllegalArgumentException(
                    "rule set " + ruleSet.id() + " has no sheet " + card.sheetId()));
            lines = sheets.computeIfAbsent(sheet.id(), id -> new SheetLines(ruleSet, sheet, card.minima()));
        }
        if (!lines.fits(card.minima())) {
            // a card whose minima differ from the cached ones (not one of an engine of this rule set): no sharing
            return Explanation.of(ruleSet, card);
        }
        return lines.explain(card);
    }

    @Override
    public String toString() {
        return "Explainer[" + ruleSet.id() + ", " + sheets.size() + " sheets built]";
    }
}
