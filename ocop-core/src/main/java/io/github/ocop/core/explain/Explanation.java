package io.github.ocop.core.explain;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.ArrayList;
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

    private Explanation(RuleSet ruleSet, ScoringSheet sheet, ScoreCard card, List<CriterionLine> criteria,
                        List<PartLine> parts, List<MinimumLine> minima, RankLine rank) {
        this.ruleSet = ruleSet;
        this.sheet = sheet;
        this.card = card;
        this.criteria = List.copyOf(criteria);
        this.parts = List.copyOf(parts);
        this.minima = List.copyOf(minima);
        this.rank = rank;
    }

    /**
     * Explains a score card.
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
        List<CriterionLine> criteria = new ArrayList<>(card.criteria().size());
        java.util.Map<String, CriterionScore> byCode = new java.util.HashMap<>(card.criteria().size() * 2);
        for (CriterionScore cs : card.criteria()) {
            byCode.put(cs.code(), cs);
            Criterion c = sheet.criterion(cs.code()).orElseThrow();
            String text = cs.answer() == null ? null : c.option(cs.answer()).map(Option::text).orElse(null);
            criteria.add(new CriterionLine(c.code(), c.title(), cs.part(), cs.applicable(), cs.answer(), text,
                    cs.points(), cs.maxPoints(), c.applicability().map(a -> a.text()).orElse(null), c.citation()));
        }
        List<PartLine> parts = new ArrayList<>();
        for (Part p : sheet.parts()) {
            parts.add(new PartLine(p.code(), p.title(), card.part(p.code()), p.maxPoints(), p.citation()));
        }
        List<MinimumLine> minima = new ArrayList<>();
        for (MinimumRequirement r : card.minima()) {
            Criterion c = sheet.criterion(r.criterion()).orElseThrow();
            CriterionScore cs = byCode.get(r.criterion());
            boolean met = cs.points() >= r.requiredPoints();
            minima.add(new MinimumLine(c.code(), c.title(), r.requiredFor(), r.option(),
                    c.option(r.option()).orElseThrow().text(), r.requiredPoints(), cs.answer(), cs.points(), met,
                    !met && r.requiredFor() <= card.bandStars(), c.citation()));
        }
        StarBand band = ruleSet.starRanking().band(card.bandStars());
        Integer upper = card.bandStars() == 5 ? null : ruleSet.starRanking().band(card.bandStars() + 1).minPoints();
        RankLine rank = new RankLine(card.bandStars(), band.minPoints(), upper, band.citation(),
                card.ranked() ? card.stars().getAsInt() : null, card.knockOuts());
        return new Explanation(ruleSet, sheet, card, criteria, parts, minima, rank);
    }

    /** @return the rule set explained against */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** @return the sheet of the score card */
    public ScoringSheet sheet() {
        return sheet;
    }

    /** @return the score card explained */
    public ScoreCard card() {
        return card;
    }

    /** @return one line per criterion, in printed order */
    public List<CriterionLine> criteria() {
        return criteria;
    }

    /** @return one line per part, in printed order */
    public List<PartLine> parts() {
        return parts;
    }

    /** @return the total points */
    public int total() {
        return card.total();
    }

    /** @return the sheet's maximum (sum of its parts' maxima) */
    public int maxTotal() {
        return sheet.maxPoints();
    }

    /** @return every star minimum of the sheet (met and unmet), in printed order */
    public List<MinimumLine> minima() {
        return minima;
    }

    /** @return the unmet star minima, in printed order */
    public List<MinimumLine> unmetMinima() {
        return minima.stream().filter(m -> !m.met()).toList();
    }

    /** @return the band, the final stars and the knock-outs */
    public RankLine rank() {
        return rank;
    }

    @Override
    public String toString() {
        return "Explanation[" + card + "]";
    }
}
