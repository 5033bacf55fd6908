package io.github.ocop.rules;

import io.github.ocop.rules.internal.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.compare.CriterionDiff;
import io.github.ocop.core.compare.NumberChange;
import io.github.ocop.core.compare.RuleSetDiff;
import io.github.ocop.core.compare.SheetDiff;
import io.github.ocop.core.compare.TitleMatch;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.whatif.CriterionChange;
import io.github.ocop.core.whatif.ScoreComparison;

import java.util.Objects;

/**
 * Writes comparisons as stable, indented JSON (field names documented in {@code docs/output-format.md}): what-if
 * score comparisons ({@value #WHAT_IF_FORMAT}) and rule set differences ({@value #DIFF_FORMAT}). Thread-safe.
 */
public final class ComparisonJson {
    /** The {@code format} value of what-if JSON. */
    public static final String WHAT_IF_FORMAT = "ocop-what-if/1";
    /** The {@code format} value of rule set diff JSON. */
    public static final String DIFF_FORMAT = "ocop-rule-set-diff/1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ComparisonJson() {
    }

    /**
     * {@return a what-if comparison as indented JSON}
     *
     * @param c a what-if comparison
     */
    public static String whatIf(ScoreComparison c) {
        Objects.requireNonNull(c, "comparison");
        ObjectNode o = F.objectNode();
        o.put("format", WHAT_IF_FORMAT);
        o.put("ruleSet", c.before().ruleSetId());
        o.put("sheet", c.before().sheetId());
        if (!RuleSets.isOfficial(c.before().ruleSetId(), c.before().ruleSetDigest())) {
            o.put("officialRuleSet", false);
        }
        o.put("product", c.before().assessment().product().name());
        ArrayNode changes = o.putArray("changes");
        for (CriterionChange ch : c.changes()) {
            ObjectNode n = changes.addObject();
            n.put("criterion", ch.criterion());
            n.put("part", ch.part().name());
            n.put("from", ch.from());
            n.put("to", ch.to());
            n.put("fromPoints", ch.fromPoints());
            n.put("toPoints", ch.toPoints());
            n.put("difference", ch.difference());
        }
        ObjectNode parts = o.putObject("parts");
        for (PartCode p : c.before().parts().keySet()) {
            triple(parts.putObject(p.name()), c.before().part(p), c.after().part(p));
        }
        triple(o.putObject("total"), c.before().total(), c.after().total());
        triple(o.putObject("bandStars"), c.before().bandStars(), c.after().bandStars());
        ObjectNode stars = o.putObject("stars");
        stars(stars, "before", c.before());
        stars(stars, "after", c.after());
        if (c.starsDifference().isPresent()) {
            stars.put("difference", c.starsDifference().getAsInt());
        } else {
            stars.putNull("difference");
        }
        triple(o.putObject("unmetMinimums"), c.before().unmetMinimums().size(), c.after().unmetMinimums().size());
        return Json.pretty(o);
    }

    /**
     * {@return the differences between two rule sets as indented JSON}
     *
     * @param d the differences between two rule sets
     */
    public static String diff(RuleSetDiff d) {
        Objects.requireNonNull(d, "diff");
        ObjectNode o = F.objectNode();
        o.put("format", DIFF_FORMAT);
        o.put("from", d.from());
        o.put("to", d.to());
        o.put("group", d.group().orElse(null));
        numbers(o.putArray("parts"), d.parts());
        numbers(o.putArray("bands"), d.bands());
        titles(o.putArray("groups"), d.groups());
        titles(o.putArray("subgroups"), d.subgroups());
        ArrayNode sheets = o.putArray("sheets");
        for (SheetDiff s : d.sheets()) {
            ObjectNode n = sheets.addObject();
            n.put("fromSheet", s.fromSheet());
            n.put("fromTitle", s.fromTitle());
            n.put("toSheet", s.toSheet());
            n.put("toTitle", s.toTitle());
            criteria(n.putArray("added"), s.added());
            criteria(n.putArray("removed"), s.removed());
            criteria(n.putArray("maximaChanged"), s.maximaChanged());
            ObjectNode minima = n.putObject("minima");
            for (Integer level : s.toMinima().keySet()) {
                triple(minima.putObject(String.valueOf(level)), s.fromMinima().getOrDefault(level, 0),
                        s.toMinima().get(level));
            }
        }
        d.unmatchedFromSheets().forEach(o.putArray("unmatchedFromSheets")::add);
        d.unmatchedToSheets().forEach(o.putArray("unmatchedToSheets")::add);
        return Json.pretty(o);
    }

    private static void numbers(ArrayNode a, java.util.List<NumberChange> l) {
        for (NumberChange c : l) {
            ObjectNode n = a.addObject();
            n.put("item", c.item());
            n.put("from", c.from());
            n.put("to", c.to());
            n.put("changed", c.changed());
        }
    }

    private static void titles(ArrayNode a, java.util.List<TitleMatch> l) {
        for (TitleMatch m : l) {
            ObjectNode n = a.addObject();
            n.put("change", m.change().name());
            n.put("fromCode", m.fromCode());
            n.put("fromTitle", m.fromTitle());
            n.put("toCode", m.toCode());
            n.put("toTitle", m.toTitle());
            n.put("similarity", Math.round(m.similarity() * 100) / 100.0);
        }
    }

    private static void criteria(ArrayNode a, java.util.List<CriterionDiff> l) {
        for (CriterionDiff c : l) {
            ObjectNode n = a.addObject();
            n.put("title", c.title());
            n.put("fromCode", c.fromCode());
            n.put("toCode", c.toCode());
            n.put("fromMaxPoints", c.fromMaxPoints());
            n.put("toMaxPoints", c.toMaxPoints());
        }
    }

    private static void triple(ObjectNode n, int before, int after) {
        n.put("before", before);
        n.put("after", after);
        n.put("difference", after - before);
    }

    private static void stars(ObjectNode n, String field, ScoreCard card) {
        if (card.ranked()) {
            n.put(field, card.stars().getAsInt());
        } else {
            n.putNull(field);
        }
    }
}
