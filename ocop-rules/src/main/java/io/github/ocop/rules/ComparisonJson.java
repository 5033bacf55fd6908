package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.whatif.CriterionChange;
import io.github.ocop.core.whatif.ScoreComparison;

import java.util.Objects;

/**
 * Writes comparisons as stable, indented JSON (field names documented in {@code docs/output-format.md}): what-if
 * score comparisons ({@value #WHAT_IF_FORMAT}). Thread-safe.
 */
public final class ComparisonJson {
    /** The {@code format} value of what-if JSON. */
    public static final String WHAT_IF_FORMAT = "ocop-what-if/1";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ComparisonJson() {
    }

    /**
     * @param c a what-if comparison
     * @return it as indented JSON
     */
    public static String whatIf(ScoreComparison c) {
        Objects.requireNonNull(c, "comparison");
        ObjectNode o = F.objectNode();
        o.put("format", WHAT_IF_FORMAT);
        o.put("ruleSet", c.before().ruleSetId());
        o.put("sheet", c.before().sheetId());
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
        return ExplanationJson.pretty(o);
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
