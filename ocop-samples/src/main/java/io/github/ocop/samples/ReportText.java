package io.github.ocop.samples;

import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.report.EvaluatedProduct;
import io.github.ocop.core.report.NextStep;
import io.github.ocop.core.report.PlanTarget;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.report.StarCounts;
import io.github.ocop.core.report.TargetProgress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a programme report as readable text (báo cáo kết quả đánh giá, phân hạng), in Vietnamese or English: the
 * fixed wording from the tool's bundle, dates and decimals as the language writes them, citations as the law cites
 * them ({@link Citations}).
 */
final class ReportText {
    private ReportText() {
    }

    static String render(ProgrammeReport r) {
        return render(r, io.github.ocop.rules.RuleSets.standard(), Lang.vi);
    }

    static String render(ProgrammeReport r, io.github.ocop.rules.RuleSets registry, Lang lang) {
        Locale l = lang.locale();
        StringBuilder b = new StringBuilder();
        r.round().products().stream().map(p -> p.ruleSet()).distinct().forEach(x -> b.append(Official.notice(x)));
        b.append(tx(l, "report.title")).append('\n');
        b.append(r.round().title()).append('\n');
        b.append(tx(l, "report.plan", r.round().plan().title())).append('\n');
        b.append('\n');
        b.append(tx(l, "report.evaluated", r.round().products().size())).append('\n');
        b.append(tx(l, "report.byStars", counts(l, r.byStars()))).append('\n');
        b.append('\n').append(tx(l, "report.byGroup")).append('\n');
        grouped(l, b, r.byGroup());
        b.append('\n').append(tx(l, "report.byCommune")).append('\n');
        grouped(l, b, r.byCommune());
        b.append('\n').append(tx(l, "report.forwarded.heading", r.forwarded().size())).append('\n');
        for (NextStep s : r.forwarded()) {
            var level = s.outcome().nextLevel().orElseThrow();
            b.append("  - ").append(tx(l, "report.forwarded", s.product().name(), s.product().commune(),
                    points(s.product().total(), l), s.product().stars().getAsInt(),
                    level.format(l))).append('\n');
        }
        if (!r.forwarded().isEmpty()) {
            b.append("  ").append(tx(l, "report.grounds", Citations.join(r.forwarded().get(0).outcome().citations())))
                    .append('\n');
        }
        b.append('\n').append(tx(l, "report.expiring.heading", r.round().expiryPeriod().first(),
                r.round().expiryPeriod().last(), r.expiringCertificates().size())).append('\n');
        for (EvaluatedProduct p : r.expiringCertificates()) {
            Certificate c = p.certificate().orElseThrow();
            b.append("  - ").append(tx(l, "report.expiring", p.name(), c.stars(), c.issuedOn(), c.validUntil()));
            List<io.github.ocop.core.model.RuleSet> all = registry.all();
            c.reEvaluationFilingWindow(all).ifPresent(w -> {
                String cite = c.filingRules(all).flatMap(x -> x.process().certificate())
                        .flatMap(cr -> cr.reEvaluationWindow()).map(fw -> fw.citation()).orElse("");
                b.append(tx(l, "report.expiring.window", w.first(), w.last()))
                        .append(cite.isEmpty() ? "" : " (" + cite + ")");
            });
            b.append('\n');
        }
        b.append('\n').append(tx(l, "report.progress.heading")).append('\n');
        for (TargetProgress t : r.progress()) {
            b.append("  - ").append(target(l, t.target()));
            if (!t.known()) {
                b.append(tx(l, "report.progress.unknown"));
            } else {
                b.append(tx(l, "report.progress", t.achieved(), t.target().count(),
                        t.target().kind().countedFromProducts() ? "" : tx(l, "report.progress.reported")))
                        .append(t.met() ? tx(l, "report.progress.met") : tx(l, "report.progress.short", t.shortfall()));
            }
            b.append('\n');
        }
        b.append(tx(l, r.planMet() ? "report.plan.done" : "report.plan.notDone")).append('\n');
        List<Interpretation> applied = r.nextSteps().stream().flatMap(s -> s.outcome().interpretations().stream())
                .distinct().toList();
        if (!applied.isEmpty()) {
            // the readings' texts are English data of the rule sets: listed with --lang en; the Vietnamese report
            // counts them (the JSON output names them for programs)
            if (lang == Lang.en) {
                b.append(tx(l, "report.readings")).append('\n');
                applied.forEach(i -> b.append("  - ").append(i.text()).append('\n'));
            } else {
                b.append(tx(l, "report.readings.count", applied.size())).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    /** @return the target in words, e.g. "Ít nhất 5 sản phẩm đạt từ 3 sao trở lên" */
    static String target(Locale l, PlanTarget t) {
        // the key for exactly one (English singular) and for any other count
        String[] keys = switch (t.kind()) {
            case EVALUATED -> new String[] {"report.target.EVALUATED.one", "report.target.EVALUATED"};
            case REACHING_STARS -> new String[] {"report.target.REACHING_STARS.one", "report.target.REACHING_STARS"};
            case FORWARDED -> new String[] {"report.target.FORWARDED.one", "report.target.FORWARDED"};
            case CERTIFIED -> new String[] {"report.target.CERTIFIED.one", "report.target.CERTIFIED"};
            case ROUNDS_HELD -> new String[] {"report.target.ROUNDS_HELD.one", "report.target.ROUNDS_HELD"};
            case STAFF_TRAINED -> new String[] {"report.target.STAFF_TRAINED.one", "report.target.STAFF_TRAINED"};
            case PRODUCERS_TRAINED -> new String[] {"report.target.PRODUCERS_TRAINED.one",
                    "report.target.PRODUCERS_TRAINED"};
            case SALES_POINTS -> new String[] {"report.target.SALES_POINTS.one", "report.target.SALES_POINTS"};
            case TRADE_FAIRS -> new String[] {"report.target.TRADE_FAIRS.one", "report.target.TRADE_FAIRS"};
            case PRODUCTS_INSPECTED -> new String[] {"report.target.PRODUCTS_INSPECTED.one",
                    "report.target.PRODUCTS_INSPECTED"};
            case COUNCIL_SET_UP -> new String[] {"report.target.COUNCIL_SET_UP", "report.target.COUNCIL_SET_UP"};
        };
        return CliMessages.counted(l, t.count(), keys[0], keys[1], t.count(), t.minStars());
    }

    static String points(BigDecimal total, Locale l) {
        return io.github.ocop.core.internal.Formats.decimal((total.scale() < 2 ? total.setScale(2) : total).toPlainString(), l);
    }

    private static void grouped(Locale l, StringBuilder b, Map<String, StarCounts> m) {
        m.forEach((k, v) -> b.append("  ").append(CliMessages.counted(l, v.total(), "report.group.one", "report.group", k,
                v.total(), counts(l, v))).append('\n'));
    }

    private static String counts(Locale l, StarCounts c) {
        StringBuilder b = new StringBuilder();
        for (int s = 5; s >= 1; s--) {
            b.append(tx(l, "report.stars.count", s, c.count(s))).append("; ");
        }
        b.append(tx(l, "report.notRanked", c.notRanked()));
        return b.toString();
    }

    private static String tx(Locale l, String code, Object... args) {
        return CliMessages.text(l, code, args);
    }
}
