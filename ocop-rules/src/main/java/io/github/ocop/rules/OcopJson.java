package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.UnmetMinimum;
import io.github.ocop.rules.internal.Json;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Writes score cards and sheets as JSON with stable, documented field names ({@code docs/output-format.md}); the
 * same input always gives byte-identical output. Stateless and thread-safe.
 */
public final class OcopJson {
    /** The format name and version of score card JSON. */
    public static final String SCORE_CARD_FORMAT = "ocop-scorecard/1";
    /** The format name and version of sheet JSON. */
    public static final String SHEET_FORMAT = "ocop-sheet/1";

    /** Jackson's tree classes are loaded only when a tree is written (the score card writer needs none). */
    private static final class Trees {
        static final JsonNodeFactory F = JsonNodeFactory.instance;
    }

    private OcopJson() {
    }

    /**
     * {@return a score card as JSON on one line}
     *
     * @param card a score card
     */
    public static String scoreCard(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        String fast = ScoreCardWriter.string(card);
        return fast != null ? fast : Json.compact(scoreCardNode(card));
    }

    /**
     * The bytes of {@link #scoreCard(ScoreCard)} in UTF-8, written without building a tree or a {@code String}.
     *
     * @param card a score card
     * @return its JSON on one line, UTF-8 encoded
     */
    public static byte[] scoreCardUtf8(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        byte[] fast = ScoreCardWriter.utf8(card);
        return fast != null ? fast : Json.compact(scoreCardNode(card)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@return a score card as indented JSON}
     *
     * @param card a score card
     */
    public static String scoreCardPretty(ScoreCard card) {
        return Json.pretty(scoreCardNode(card));
    }

    static ObjectNode scoreCardNode(ScoreCard card) {
        Objects.requireNonNull(card, "card");
        ObjectNode o = Trees.F.objectNode();
        o.put("format", SCORE_CARD_FORMAT);
        o.put("ruleSet", card.ruleSetId());
        o.put("ruleSetDigest", card.ruleSetDigest().orElse(null));
        if (!BundledRuleSets.isOfficial(card.ruleSetId(), card.ruleSetDigest())) {
            o.put("officialRuleSet", false);
        }
        SheetProvenance.put(o, SheetProvenance.unofficial(card.ruleSetId(), card.ruleSetDigest(), card.sheetId()));
        o.put("sheet", card.sheetId());
        o.put("product", card.assessment().product().name());
        o.put("assessor", card.assessment().assessor());
        o.put("total", card.total());
        ObjectNode parts = o.putObject("parts");
        for (PartCode p : PartCode.values()) {
            parts.put(p.name(), card.part(p));
        }
        ObjectNode sections = o.putObject("sections");
        card.sections().forEach(sections::put);
        o.put("bandStars", card.bandStars());
        if (card.ranked()) {
            o.put("stars", card.stars().getAsInt());
        } else {
            o.putNull("stars");
        }
        o.put("ranked", card.ranked());
        ArrayNode criteria = o.putArray("criteria");
        for (CriterionScore c : card.criteria()) {
            ObjectNode n = criteria.addObject();
            n.put("code", c.code());
            n.put("part", c.part().name());
            n.put("option", c.answer());
            n.put("points", c.points());
            n.put("maxPoints", c.maxPoints());
            n.put("applicable", c.applicable());
        }
        ArrayNode unmet = o.putArray("unmetMinimums");
        for (UnmetMinimum u : card.unmetMinimums()) {
            ObjectNode n = unmet.addObject();
            n.put("criterion", u.criterion());
            n.put("requiredFor", u.requiredFor());
            n.put("requiredOption", u.requirement().option());
            n.put("requiredPoints", u.requirement().requiredPoints());
            n.put("option", u.answer());
            n.put("points", u.points());
            n.put("blocking", u.requiredFor() <= card.bandStars());
        }
        ArrayNode kos = o.putArray("knockOuts");
        for (KnockOut k : card.knockOuts()) {
            ObjectNode n = kos.addObject();
            n.put("id", k.id());
            n.put("effect", k.effect().name());
            n.put("text", k.text());
            for (var d : card.derivedKnockOuts()) {
                if (d.knockOut().equals(k)) {
                    n.putObject("derivedFrom").put("criterion", d.criterion()).put("option", d.option());
                    break;
                }
            }
        }
        ArrayNode warnings = o.putArray("warnings");
        card.warnings().forEach(warnings::add);
        return o;
    }

    /**
     * {@return the sheet as indented JSON: parts, criteria with their options, points and star marks}
     *
     * @param rules the rule set
     * @param sheet one of its sheets
     */
    public static String sheet(RuleSet rules, ScoringSheet sheet) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sheet, "sheet");
        ObjectNode o = Trees.F.objectNode();
        o.put("format", SHEET_FORMAT);
        o.put("ruleSet", rules.id());
        if (!RuleSets.isOfficial(rules)) {
            o.put("officialRuleSet", false);
        }
        SheetProvenance.put(o, SheetProvenance.unofficial(rules, sheet.id()));
        o.put("sheet", sheet.id());
        o.put("title", sheet.title());
        o.put("classification", sheet.classification().orElse(null));
        o.put("maxPoints", sheet.maxPoints());
        ArrayNode parts = o.putArray("parts");
        for (Part p : sheet.parts()) {
            ObjectNode n = parts.addObject();
            n.put("code", p.code().name());
            n.put("title", p.title());
            n.put("maxPoints", p.maxPoints());
        }
        ArrayNode criteria = o.putArray("criteria");
        for (Criterion c : sheet.criteria()) {
            ObjectNode n = criteria.addObject();
            n.put("code", c.code());
            n.put("part", sheet.partOf(c.code()).name());
            n.put("title", c.title());
            n.put("maxPoints", c.maxPoints());
            n.put("acceptsNone", c.acceptsNone());
            if (c.applicability().isPresent()) {
                ObjectNode a = n.putObject("applicability");
                a.put("criterion", c.applicability().get().criterion());
                ArrayNode any = a.putArray("anyOf");
                c.applicability().get().anyOf().forEach(any::add);
                a.put("text", c.applicability().get().text());
            } else {
                n.putNull("applicability");
            }
            n.put("citation", c.citation().toString());
            ArrayNode options = n.putArray("options");
            for (Option op : c.options()) {
                ObjectNode x = options.addObject();
                x.put("key", op.key());
                x.put("text", op.text());
                x.put("points", op.points());
                if (op.minimumFor() == null) {
                    x.putNull("minimumFor");
                } else {
                    x.put("minimumFor", op.minimumFor());
                }
                x.put("case", op.caseLabel());
                x.put("interpretation", op.interpretation());
            }
        }
        ArrayNode kos = o.putArray("knockOuts");
        for (KnockOut k : sheet.knockOuts()) {
            ObjectNode n = kos.addObject();
            n.put("id", k.id());
            n.put("criterion", k.criterion());
            n.put("effect", k.effect().name());
            n.put("text", k.text());
            k.trigger().ifPresent(t -> {
                ArrayNode any = n.putObject("trigger").putArray("anyOf");
                t.anyOf().forEach(c -> {
                    ObjectNode co = any.addObject().put("criterion", c.criterion());
                    ArrayNode opts = co.putArray("options");
                    c.options().stream().sorted().forEach(opts::add);
                });
            });
        }
        return Json.pretty(o);
    }

    /**
     * {@return a flat map of names to strings or numbers as compact JSON}
     *
     * @param values a flat map of names to strings or numbers
     */
    public static String object(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        return Json.compact(Json.mapper().valueToTree(values));
    }
}
