package io.github.ocop.samples;

import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilUnmetMinimum;
import io.github.ocop.core.council.CouncilWarning;
import io.github.ocop.core.council.CriterionMean;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.Labels;

import java.math.BigDecimal;
import java.util.List;

/**
 * Renders a council result as a printable HTML sheet for the council's minutes (bảng tổng hợp kết quả đánh giá của
 * Hội đồng): the members' totals, the points of every member on every criterion with the council's mean, the mean
 * total and parts, the spread, the rank, unmet minima, warnings and the next step, and the secretary's and chair's
 * signature block. A4, the sheet, the product and "Trang N/M" on every page (see {@link Printout}); every text is
 * HTML-escaped.
 */
final class CouncilHtml {
    private static final String CSS = "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;font-size:8pt;"
            + "color:#000;margin:0}@media screen{body{padding:8mm}}"
            + "h1{font-size:13pt;text-align:center;margin:0 0 2mm}h2{font-size:10pt;margin:3mm 0 1mm}"
            + ".meta div{margin:0.5mm 0}table{border-collapse:collapse;width:100%;margin:1mm 0}"
            + "td,th{border:1px solid #666;padding:0.5mm 1mm;vertical-align:top}th{background:#eee}"
            + "td.n{text-align:right;white-space:nowrap}td.mean{font-weight:bold}"
            + "tr.part td{font-weight:bold;background:#ddd;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ".rank{font-size:12pt;font-weight:bold;margin:2mm 0}.warn{border:1px solid #000;padding:1mm;margin:1mm 0}"
            + ".cite{font-size:7pt;color:#333}" + Printout.KEEP_CSS;

    private CouncilHtml() {
    }

    static String render(RuleSet rules, CouncilEvaluation c, EvaluationOutcome next, Lang lang) {
        ScoringSheet sheet = rules.sheet(c.sheetId()).orElseThrow();
        Labels labels = lang.labels(rules);
        List<ScoreCard> members = c.members();
        String header = t(lang, "print.sheet") + sheet.id() + ": " + labels.sheet(sheet) + "  ·  "
                + t(lang, "print.product") + c.product().name();
        String ruleSet = t(lang, "print.ruleSet") + rules.id() + " (QĐ " + rules.instrument().number() + ")";
        Html h = new Html();
        h.raw(Printout.htmlStart(lang)).raw("<head><meta charset=\"utf-8\"><title>")
                .text(t(lang, "print.councilResult") + c.product().name())
                .raw("</title><style>").raw(Printout.pageCss(lang, members.size() > 6, header, ruleSet)).raw(CSS)
                .raw("</style></head><body>\n");
        String notice = Official.notice(rules).strip();
        if (!notice.isEmpty()) {
            h.el("p", "warn", notice);
        }
        h.el("h1", null, t(lang, "print.councilResultOfThe"));
        h.raw("<div class=\"meta\">");
        h.el("div", null, t(lang, "print.product") + c.product().name());
        java.util.Optional.ofNullable(c.product().subject()).ifPresent(s -> h.el("div", null, t(lang, "print.producer") + s.name()));
        h.el("div", null, t(lang, "print.sheet") + sheet.id() + ": " + labels.sheet(sheet));
        labels.notice().ifPresent(n -> h.el("div", "cite", n));
        h.el("div", null, ruleSet);
        h.raw("</div>");

        h.el("h2", null, t(lang, "print.membersPoints") + c.size() + ")");
        h.raw("<table><thead><tr><th>").text(t(lang, "print.member")).raw("</th>");
        for (PartCode p : PartCode.values()) {
            h.raw("<th>").text(t(lang, "print.part") + p).raw("</th>");
        }
        h.raw("<th>").text(t(lang, "print.total")).raw("</th><th>").text(t(lang, "print.rank"))
                .raw("</th></tr></thead><tbody>");
        for (ScoreCard m : members) {
            h.raw("<tr>").el("td", null, m.assessment().assessor());
            for (PartCode p : PartCode.values()) {
                h.el("td", "n", String.valueOf(m.part(p)));
            }
            h.el("td", "n", String.valueOf(m.total()));
            h.el("td", "n", m.ranked() ? stars(lang, m.stars().getAsInt()) : t(lang, "print.knockedOut"));
            h.raw("</tr>");
        }
        h.raw("<tr>").el("td", "mean", t(lang, "print.mean"));
        for (PartCode p : PartCode.values()) {
            h.el("td", "n mean", num(lang, c.parts().get(p)));
        }
        h.el("td", "n mean", num(lang, c.total())).el("td", "n mean", c.ranked()
                ? stars(lang, c.stars().getAsInt()) : t(lang, "print.notRanked"));
        h.raw("</tr></tbody></table>");

        h.raw("<div class=\"keep\">");
        h.el("div", null, t(lang, "print.meanTotal") + num(lang, c.total()));
        h.el("div", null, t(lang, "council.spread", c.spread(), c.minTotal(), c.maxTotal()));
        h.el("div", null, t(lang, "print.pointsBand") + stars(lang, c.bandStars()));
        h.raw("<div class=\"rank\">");
        if (c.ranked()) {
            int s = c.stars().getAsInt();
            h.text(t(lang, "print.rank2") + stars(lang, s) + " " + "★".repeat(s) + "☆".repeat(5 - s));
        } else {
            h.text(t(lang, "print.rankNotRankedKnocked"));
        }
        h.raw("</div></div>");
        if (!c.unmetMinimums().isEmpty()) {
            h.raw("<div class=\"keep\">");
            h.el("h2", null, t(lang, "print.starMinimaNotMet"));
            h.raw("<ul>");
            for (CouncilUnmetMinimum u : c.unmetMinimums()) {
                String limits = u.requiredFor() <= c.bandStars() ? t(lang, "print.limitsTheRank")
                        : "";
                h.el("li", null, u.criterion() + " " + labels.criterion(sheet, u.criterion()) + t(lang, "print.needs")
                        + u.requirement().requiredPoints() + t(lang, "print.pointsFor")
                        + stars(lang, u.requiredFor()) + t(lang, "print.mean2") + num(lang, u.mean())
                        + limits);
            }
            h.raw("</ul></div>");
        }
        for (CouncilWarning w : c.warnings()) {
            h.el("div", "warn", t(lang, "print.warning") + (w.text(lang.locale())));
        }
        if (next != null) {
            h.raw("<div class=\"keep\">");
            h.el("h2", null, t(lang, "print.nextStep"));
            h.el("div", null, next.text(lang.locale()));
            h.el("div", "cite", t(lang, "print.grounds") + Citations.join(next.citations()));
            h.raw("</div>");
        }
        // the readings' texts are English data of the rule set: printed with --lang en; the Vietnamese sheet
        // names none (the JSON output lists them for programs)
        if (lang == Lang.en && !c.interpretations().isEmpty()) {
            h.raw("<div class=\"keep\">");
            h.el("h2", null, t(lang, "print.readingsApplied"));
            h.raw("<ul>");
            for (Interpretation i : c.interpretations()) {
                h.el("li", "cite", i.text());
            }
            h.raw("</ul></div>");
        }

        h.el("h2", null, t(lang, "print.pointsPerCriterionAnd"));
        h.raw("<table><thead><tr><th>").text(t(lang, "print.item")).raw("</th><th>")
                .text(t(lang, "print.criterion")).raw("</th>");
        for (ScoreCard m : members) {
            h.raw("<th>").text(m.assessment().assessor()).raw("</th>");
        }
        h.raw("<th>").text(t(lang, "print.mean")).raw("</th><th>").text(t(lang, "print.max"))
                .raw("</th></tr></thead>\n");
        PartCode part = null;
        for (int k = 0; k < c.criteria().size(); k++) {
            CriterionMean cm = c.criteria().get(k);
            h.raw("<tbody class=\"keep\">");
            if (cm.part() != part) {
                part = cm.part();
                h.raw("<tr class=\"part\"><td colspan=\"" + (members.size() + 4) + "\">")
                        .text(t(lang, "print.part") + part + ": " + labels.part(sheet, part)).raw("</td></tr>");
            }
            h.raw("<tr>").el("td", "n", cm.code()).el("td", null, labels.criterion(sheet, cm.code()));
            for (ScoreCard m : members) {
                h.el("td", "n", String.valueOf(m.criteria().get(k).points()));
            }
            h.el("td", "n mean", num(lang, cm.mean())).el("td", "n", String.valueOf(cm.maxPoints()));
            h.raw("</tr></tbody>\n");
        }
        h.raw("</table>");
        Printout.signatures(h, lang, t(lang, "print.secretaryOfTheCouncil"),
                t(lang, "print.chairOfTheCouncil"));
        h.raw("</body></html>\n");
        return h.toString();
    }

    private static String t(Lang lang, String code, Object... args) {
        return Printout.t(lang, code, args);
    }

    private static String stars(Lang lang, int s) {
        return s == 1 ? t(lang, "print.oneStar") : t(lang, "print.nStars", s);
    }

    /** A number as the reader writes it: decimal comma in Vietnamese (72,75), point in English (72.75). */
    static String num(Lang lang, BigDecimal n) {
        String s = n.stripTrailingZeros().scale() < 0 ? n.setScale(0).toPlainString()
                : n.stripTrailingZeros().toPlainString();
        return lang == Lang.en ? s : s.replace('.', ',');
    }
}
