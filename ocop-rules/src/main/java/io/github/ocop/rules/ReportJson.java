package io.github.ocop.rules;

import io.github.ocop.rules.internal.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.report.EvaluatedProduct;
import io.github.ocop.core.report.NextStep;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.report.StarCounts;
import io.github.ocop.core.report.TargetProgress;

import java.util.Map;
import java.util.Objects;

/**
 * Writes programme reports as JSON with stable field names (format {@value #FORMAT}, see
 * {@code docs/council-and-reports.md}). Stateless and thread-safe.
 */
public final class ReportJson {
    /** The format name and version of report JSON. */
    public static final String FORMAT = "ocop-report/1";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ReportJson() {
    }

    /**
     * {@return a programme report as indented JSON}
     *
     * @param report a programme report
     */
    public static String report(ProgrammeReport report) {
        return report(report, RuleSets.standard());
    }

    /**
     * The report as JSON, with re-evaluation windows from the registry's rule sets.
     *
     * @param report the report
     * @param registry the rule sets whose certificate rules give re-evaluation windows
     * @return the JSON text
     */
    public static String report(ProgrammeReport report, RuleSets registry) {
        Objects.requireNonNull(report, "report");
        ObjectNode o = F.objectNode();
        o.put("format", FORMAT);
        o.put("title", report.round().title());
        if (report.round().products().stream().anyMatch(p -> !RuleSets.isOfficial(p.ruleSet()))) {
            o.put("officialRuleSet", false);
        }
        o.put("plan", report.round().plan().title());
        o.put("products", report.round().products().size());
        o.set("byStars", counts(report.byStars()));
        o.set("byGroup", grouped(report.byGroup()));
        o.set("byCommune", grouped(report.byCommune()));
        ArrayNode forwarded = o.putArray("forwarded");
        for (NextStep s : report.forwarded()) {
            ObjectNode n = forwarded.addObject();
            n.put("product", s.product().name());
            n.put("commune", s.product().commune());
            n.put("total", s.product().total());
            n.put("stars", s.product().stars().getAsInt());
            n.put("to", s.outcome().nextLevel().orElseThrow().name());
            n.put("decider", s.outcome().decider().vietnamese());
        }
        ObjectNode period = o.putObject("expiryPeriod");
        period.put("from", report.round().expiryPeriod().first().toString());
        period.put("to", report.round().expiryPeriod().last().toString());
        ArrayNode expiring = o.putArray("expiringCertificates");
        for (EvaluatedProduct p : report.expiringCertificates()) {
            Certificate c = p.certificate().orElseThrow();
            ObjectNode n = expiring.addObject().put("product", p.name()).put("stars", c.stars())
                    .put("issuedOn", c.issuedOn().toString()).put("validUntil", c.validUntil().toString());
            // the filing window of the rules in force when it opens (26/2026 sets one; 1048 and 148 do not)
            c.reEvaluationFilingWindow(registry.all()).ifPresent(w -> {
                n.put("filingFrom", w.first().toString());
                n.put("filingTo", w.last().toString());
            });
        }
        ArrayNode progress = o.putArray("progress");
        for (TargetProgress t : report.progress()) {
            ObjectNode n = progress.addObject();
            n.put("target", t.target().vietnamese());
            n.put("kind", t.target().kind().name());
            if (t.target().minStars() > 0) {
                n.put("minStars", t.target().minStars());
            }
            n.put("count", t.target().count());
            n.put("countedFromProducts", t.target().kind().countedFromProducts());
            if (t.known()) {
                n.put("achieved", t.achieved());
            } else {
                n.putNull("achieved");
            }
            n.put("met", t.met());
            t.target().source().ifPresent(x -> n.put("source", x));
        }
        o.put("planMet", report.planMet());
        return Json.pretty(o);
    }

    private static ObjectNode counts(StarCounts c) {
        ObjectNode n = F.objectNode();
        for (int s = 1; s <= 5; s++) {
            n.put(String.valueOf(s), c.count(s));
        }
        n.put("notRanked", c.notRanked());
        n.put("total", c.total());
        return n;
    }

    private static ObjectNode grouped(Map<String, StarCounts> m) {
        ObjectNode n = F.objectNode();
        m.forEach((k, v) -> n.set(k, counts(v)));
        return n;
    }
}
