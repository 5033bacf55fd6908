package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.advice.PlannedChange;
import io.github.ocop.core.explain.CriterionLine;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.explain.MinimumLine;
import io.github.ocop.core.explain.PartLine;
import io.github.ocop.core.explain.RankLine;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.text.Messages;
import io.github.ocop.rules.internal.Json;

import java.util.Objects;

/**
 * Writes explanations and improvement plans as indented JSON with stable, documented field names
 * ({@code docs/output-format.md}); the same input always gives byte-identical output. Stateless and thread-safe.
 */
public final class ExplanationJson {
    /** The format name and version of explanation JSON. */
    public static final String EXPLANATION_FORMAT = "ocop-explanation/1";
    /** The format name and version of improvement plan JSON. */
    public static final String PLAN_FORMAT = "ocop-plan/1";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ExplanationJson() {
    }

    /**
     * {@return an explanation as indented JSON}
     *
     * @param e an explanation
     */
    public static String explanation(Explanation e) {
        Objects.requireNonNull(e, "explanation");
        ObjectNode o = F.objectNode();
        o.put("format", EXPLANATION_FORMAT);
        o.put("ruleSet", e.ruleSet().id());
        o.put("instrument", e.ruleSet().instrument().number());
        o.put("ruleSetDigest", e.card().ruleSetDigest().orElse(null));
        o.put("sheet", e.sheet().id());
        o.put("sheetTitle", e.sheet().title());
        if (!RuleSets.isOfficial(e.ruleSet())) {
            o.put("officialRuleSet", false);
        }
        SheetProvenance.put(o, SheetProvenance.unofficial(e.ruleSet(), e.sheet().id()));
        o.put("product", e.card().assessment().product().name());
        o.put("assessor", e.card().assessment().assessor());
        o.put("total", e.total());
        o.put("maxTotal", e.maxTotal());
        ArrayNode parts = o.putArray("parts");
        for (PartLine p : e.parts()) {
            ObjectNode n = parts.addObject();
            n.put("code", p.code().name());
            n.put("title", p.title());
            n.put("points", p.points());
            n.put("maxPoints", p.maxPoints());
            n.put("citation", p.citation().toString());
            sourceLine(n, p.citation());
        }
        ArrayNode criteria = o.putArray("criteria");
        for (CriterionLine c : e.criteria()) {
            ObjectNode n = criteria.addObject();
            n.put("code", c.code());
            n.put("title", c.title());
            n.put("part", c.part().name());
            n.put("applicable", c.applicable());
            n.put("condition", c.condition());
            n.put("option", c.answer());
            n.put("optionText", c.optionText());
            n.put("points", c.points());
            n.put("maxPoints", c.maxPoints());
            n.put("citation", c.citation().toString());
            sourceLine(n, c.citation());
        }
        RankLine r = e.rank();
        ObjectNode rank = o.putObject("rank");
        rank.put("bandStars", r.bandStars());
        rank.put("bandMinPoints", r.bandMinPoints());
        if (r.bandUpper() == null) {
            rank.putNull("bandUpperExclusive");
        } else {
            rank.put("bandUpperExclusive", r.bandUpper());
        }
        rank.put("bandCitation", r.bandCitation().toString());
        if (r.stars() == null) {
            rank.putNull("stars");
        } else {
            rank.put("stars", r.stars());
        }
        rank.put("ranked", r.ranked());
        ArrayNode kos = rank.putArray("knockOuts");
        for (KnockOut k : r.knockOuts()) {
            ObjectNode n = kos.addObject();
            n.put("id", k.id());
            n.put("effect", k.effect().name());
            n.put("text", k.text());
            n.put("citation", k.citation().toString());
            sourceLine(n, k.citation());
        }
        ArrayNode minima = o.putArray("minima");
        for (MinimumLine m : e.minima()) {
            ObjectNode n = minima.addObject();
            n.put("criterion", m.criterion());
            n.put("title", m.title());
            n.put("requiredFor", m.requiredFor());
            n.put("requiredOption", m.option());
            n.put("requiredOptionText", m.optionText());
            n.put("requiredPoints", m.requiredPoints());
            n.put("option", m.answer());
            n.put("points", m.points());
            n.put("met", m.met());
            n.put("blocking", m.blocking());
            n.put("citation", m.citation().toString());
            sourceLine(n, m.citation());
        }
        ArrayNode warnings = o.putArray("warnings");
        e.card().warnings().forEach(warnings::add);
        return Json.pretty(o);
    }

    /**
     * {@return an improvement plan as indented JSON}
     *
     * @param plan an improvement plan
     */
    public static String plan(ImprovementPlan plan) {
        Objects.requireNonNull(plan, "plan");
        ObjectNode o = F.objectNode();
        o.put("format", PLAN_FORMAT);
        o.put("ruleSet", plan.current().ruleSetId());
        o.put("sheet", plan.current().sheetId());
        if (!RuleSets.isOfficial(plan.current().ruleSetId(), plan.current().ruleSetDigest())) {
            o.put("officialRuleSet", false);
        }
        SheetProvenance.put(o, SheetProvenance.unofficial(plan.current().ruleSetId(), plan.current().ruleSetDigest(),
                plan.current().sheetId()));
        o.put("product", plan.current().assessment().product().name());
        io.github.ocop.core.scoring.Subject subject = plan.current().assessment().product().subject();
        if (subject == null) {
            o.putNull("subject");
        } else {
            o.putObject("subject").put("name", subject.name()).put("type", subject.type().name());
        }
        o.put("assessor", plan.current().assessment().assessor());
        AnswersJson.put(o, plan.current().assessment());
        o.put("target", plan.target());
        o.put("reachable", plan.reachable());
        o.put("reason", plan.reason().map(r -> r.format(Messages.VIETNAMESE)).orElse(null));
        o.put("currentTotal", plan.current().total());
        if (plan.current().ranked()) {
            o.put("currentStars", plan.current().stars().getAsInt());
        } else {
            o.putNull("currentStars");
        }
        ArrayNode changes = o.putArray("changes");
        for (PlannedChange c : plan.changes()) {
            ObjectNode n = changes.addObject();
            n.put("criterion", c.criterion());
            n.put("from", c.from());
            n.put("to", c.to());
            n.put("fromPoints", c.fromPoints());
            n.put("toPoints", c.toPoints());
            n.put("pointsGained", c.pointsGained());
        }
        if (plan.result().isPresent()) {
            o.put("newTotal", plan.result().get().total());
            o.put("newStars", plan.result().get().stars().getAsInt());
        } else {
            o.putNull("newTotal");
            o.putNull("newStars");
        }
        return Json.pretty(o);
    }

    /** The line of the transcribed source, for programs only (text and HTML outputs never print it). */
    private static void sourceLine(ObjectNode n, io.github.ocop.core.model.Citation c) {
        if (c.line() == null) {
            n.putNull("sourceLine");
        } else {
            n.put("sourceLine", c.line());
        }
    }
}
