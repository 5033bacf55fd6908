package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilUnmetMinimum;
import io.github.ocop.core.council.CouncilWarning;
import io.github.ocop.core.council.CriterionMean;
import io.github.ocop.core.council.MemberKnockOut;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.internal.Json;

import java.util.Objects;

/**
 * Writes council results as JSON with stable field names (format {@value #FORMAT}, see
 * {@code docs/council-and-reports.md}): {@code members}, {@code total}, {@code parts}, {@code stars},
 * {@code spread}, {@code warnings} and more. Means are JSON numbers with the policy's decimals, except
 * {@code exactTotal}, the unrounded mean the band follows by default. Stateless and
 * thread-safe.
 */
public final class CouncilJson {
    /** The format name and version of council JSON. */
    public static final String FORMAT = "ocop-council/1";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private CouncilJson() {
    }

    /**
     * {@return a council result as indented JSON}
     *
     * @param council a council result
     * @param next    what happens next (from {@link CouncilEvaluation#nextStep}), or null to leave it out
     */
    public static String council(CouncilEvaluation council, EvaluationOutcome next) {
        Objects.requireNonNull(council, "council");
        ObjectNode o = F.objectNode();
        o.put("format", FORMAT);
        o.put("ruleSet", council.ruleSetId());
        o.put("ruleSetDigest", council.members().get(0).ruleSetDigest().orElse(null));
        o.put("sheet", council.sheetId());
        if (!RuleSets.isOfficial(council.ruleSet())) {
            o.put("officialRuleSet", false);
        }
        SheetProvenance.put(o, SheetProvenance.unofficial(council.ruleSet(), council.sheetId()));
        o.put("product", council.product().name());
        ArrayNode members = o.putArray("members");
        for (ScoreCard c : council.members()) {
            ObjectNode m = members.addObject();
            m.put("assessor", c.assessment().assessor());
            AnswersJson.put(m, c.assessment());
            m.put("total", c.total());
            ObjectNode parts = m.putObject("parts");
            for (PartCode p : PartCode.values()) {
                parts.put(p.name(), c.part(p));
            }
            if (c.ranked()) {
                m.put("stars", c.stars().getAsInt());
            } else {
                m.putNull("stars");
            }
        }
        o.put("total", council.total());
        o.put("exactTotal", council.exactTotal());
        ObjectNode parts = o.putObject("parts");
        council.parts().forEach((p, v) -> parts.put(p.name(), v));
        o.put("bandStars", council.bandStars());
        o.put("roundedBandStars", council.roundedBandStars());
        if (council.ranked()) {
            o.put("stars", council.stars().getAsInt());
        } else {
            o.putNull("stars");
        }
        o.put("ranked", council.ranked());
        o.put("valid", council.valid());
        o.put("spread", council.spread());
        o.put("minTotal", council.minTotal());
        o.put("maxTotal", council.maxTotal());
        ArrayNode criteria = o.putArray("criteria");
        for (CriterionMean c : council.criteria()) {
            ObjectNode n = criteria.addObject();
            n.put("code", c.code());
            n.put("mean", c.mean());
            n.put("min", c.min());
            n.put("max", c.max());
            n.put("maxPoints", c.maxPoints());
        }
        ArrayNode unmet = o.putArray("unmetMinimums");
        for (CouncilUnmetMinimum u : council.unmetMinimums()) {
            ObjectNode n = unmet.addObject();
            n.put("criterion", u.criterion());
            n.put("requiredFor", u.requiredFor());
            n.put("requiredPoints", u.requirement().requiredPoints());
            n.put("mean", u.mean());
        }
        ArrayNode kos = o.putArray("knockOuts");
        for (MemberKnockOut k : council.knockOuts()) {
            kos.addObject().put("assessor", k.assessor()).put("id", k.knockOut().id());
        }
        ArrayNode warnings = o.putArray("warnings");
        for (CouncilWarning w : council.warnings()) {
            warnings.addObject().put("kind", w.kind().name()).put("message", w.vietnamese())
                    .put("english", w.english());
        }
        ArrayNode interpretations = o.putArray("interpretations");
        council.interpretations().forEach(i -> interpretations.add(i.id()));
        if (next != null) {
            ObjectNode n = o.putObject("nextStep");
            n.put("kind", next.kind().name());
            n.put("level", next.level().name());
            n.put("nextLevel", next.nextLevel().map(Enum::name).orElse(null));
            n.put("decider", next.decider().vietnamese());
            n.put("message", next.vietnamese());
            ArrayNode cites = n.putArray("citations");
            next.citations().forEach(cites::add);
            n.put("evidence", next.evidence().orElse(null));
            ArrayNode applied = n.putArray("interpretations");
            next.interpretations().stream().map(Interpretation::id).forEach(applied::add);
        }
        return Json.pretty(o);
    }
}
