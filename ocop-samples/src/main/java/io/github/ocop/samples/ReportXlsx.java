package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.report.EvaluatedProduct;
import io.github.ocop.core.report.NextStep;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.report.StarCounts;
import io.github.ocop.core.report.TargetProgress;
import io.github.ocop.rules.RuleSets;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a programme report as a spreadsheet (báo cáo kết quả đánh giá, phân hạng): a summary worksheet (counts by
 * star, progress against the plan), every product evaluated, counts by product group and by commune, the products
 * forwarded to the next level and the certificates expiring in the report's period. Numbers are numeric cells,
 * dates date cells (dd/MM/yyyy); texts are text cells, never formulas.
 */
final class ReportXlsx {
    private ReportXlsx() {
    }

    static void write(OutputStream out, ProgrammeReport r, RuleSets registry, Lang lang) throws IOException {
        List<RuleSet> all = registry.all();
        try (Xlsx x = new Xlsx(out)) {
            x.sheet(t(lang, "print.summary")).width(0, 46).width(1, 14).width(2, 14).width(3, 14);
            x.header(t(lang, "print.reportOnTheEvaluation"), "");
            r.round().products().stream().map(EvaluatedProduct::ruleSet).distinct()
                    .map(rs -> Official.notice(rs).strip()).filter(s -> !s.isEmpty())
                    .forEach(s -> x.row(t(lang, "print.notice"), s));
            x.row(t(lang, "print.round"), r.round().title());
            x.row(t(lang, "print.plan"), r.round().plan().title());
            x.row(t(lang, "print.productsEvaluated"), r.round().products().size());
            for (int s = 5; s >= 1; s--) {
                x.row(s == 1 ? t(lang, "print.reachedOneStar") : t(lang, "print.reachedStars", s), r.byStars().count(s));
            }
            x.row(t(lang, "print.notRanked2"), r.byStars().notRanked());
            x.row(t(lang, "print.forwardedToTheNext"), r.forwarded().size());
            x.row(t(lang, "print.certificatesExpiringInThe"),
                    r.expiringCertificates().size());
            x.skip();
            x.header(t(lang, "print.planTarget"), t(lang, "print.target"),
                    t(lang, "print.achieved"), t(lang, "print.shortfall"), t(lang, "print.result"));
            for (TargetProgress p : r.progress()) {
                x.row(ReportText.target(lang.locale(), p.target()), p.target().count(), p.achieved(), p.shortfall(),
                        p.met() ? t(lang, "print.met") : t(lang, "print.notMet"));
            }
            x.row(t(lang, "print.plan"), r.planMet() ? t(lang, "print.met2")
                    : t(lang, "print.notMet2"));

            x.sheet(t(lang, "print.products")).width(0, 40).width(1, 22).width(2, 16);
            x.header(t(lang, "print.product2"), t(lang, "print.commune"),
                    t(lang, "print.productGroup"), t(lang, "print.ruleSet2"),
                    t(lang, "print.level"), t(lang, "print.evaluatedOn"),
                    t(lang, "print.points"), t(lang, "print.rankStars2"),
                    t(lang, "print.certificateStars"), t(lang, "print.certificateIssued"),
                    t(lang, "print.certificateValidUntil"));
            for (EvaluatedProduct p : r.round().products()) {
                Certificate c = p.certificate().orElse(null);
                x.row(p.name(), p.commune(), p.group(), p.ruleSetId(), level(lang, p), p.evaluatedOn(), p.total(),
                        p.ranked() ? (Object) p.stars().getAsInt() : t(lang, "print.notRanked"),
                        c == null ? null : c.stars(), c == null ? null : c.issuedOn(),
                        c == null ? null : c.validUntil());
            }

            counts(x, t(lang, "print.byGroup"), t(lang, "print.productGroup"), r.byGroup(), lang);
            counts(x, t(lang, "print.byCommune"), t(lang, "print.commune"), r.byCommune(), lang);

            x.sheet(t(lang, "print.forwarded")).width(0, 40).width(1, 22).width(4, 40);
            x.header(t(lang, "print.product2"), t(lang, "print.commune"), t(lang, "print.points"),
                    t(lang, "print.rankStars2"), t(lang, "print.forwardedTo"),
                    t(lang, "print.grounds2"));
            for (NextStep s : r.forwarded()) {
                x.row(s.product().name(), s.product().commune(), s.product().total(), s.product().stars().getAsInt(),
                        s.outcome().nextLevel().map(l -> l.format(lang.locale())).orElse(""),
                        Citations.join(s.outcome().citations()));
            }

            x.sheet(t(lang, "print.expiringCertificates")).width(0, 40);
            x.header(t(lang, "print.product2"), t(lang, "print.stars"), t(lang, "print.issuedOn"),
                    t(lang, "print.validUntil"),
                    t(lang, "print.reEvaluationFilingFrom"), t(lang, "print.to"));
            for (EvaluatedProduct p : r.expiringCertificates()) {
                Certificate c = p.certificate().orElseThrow();
                var w = c.reEvaluationFilingWindow(all);
                x.row(p.name(), c.stars(), c.issuedOn(), c.validUntil(), w.map(d -> d.first()).orElse(null),
                        w.map(d -> d.last()).orElse(null));
            }
        }
    }

    private static String level(Lang lang, EvaluatedProduct p) {
        return p.level().format(lang.locale());
    }

    private static void counts(Xlsx x, String name, String key, Map<String, StarCounts> m, Lang lang) {
        x.sheet(name).width(0, 34);
        x.header(key, t(lang, "print.products2"), t(lang, "print.5Stars"), t(lang, "print.4Stars"),
                t(lang, "print.3Stars"), t(lang, "print.2Stars"), t(lang, "print.1Star"),
                t(lang, "print.notRanked2"));
        m.forEach((k, v) -> x.row(k, v.total(), v.count(5), v.count(4), v.count(3), v.count(2), v.count(1),
                v.notRanked()));
    }

    private static String t(Lang lang, String code, Object... args) {
        return Printout.t(lang, code, args);
    }
}
