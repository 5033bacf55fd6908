package io.github.ocop.samples;

import io.github.ocop.core.explain.CriterionLine;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.explain.MinimumLine;
import io.github.ocop.core.explain.PartLine;
import io.github.ocop.core.explain.RankLine;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.rules.Labels;

import java.util.List;

/**
 * Renders explanations as a self-contained printable HTML score card (phiếu kết quả): each product starts on a new
 * A4 page whose running header names the sheet, the product and "Trang N/M"; parts as bars, unmet minima
 * highlighted, every criterion with its full title and the full text of the option chosen, a signature and date
 * block; inline CSS and no external resource. Every text is HTML-escaped.
 */
final class ScoreCardHtml {
    static final String CSS = "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;font-size:7.5pt;color:#000;margin:0}"
            + "@media screen{body{padding:8mm}}"
            + ".card{break-after:page;page-break-after:always;max-width:190mm;margin:0 auto}"
            + ".card:last-child{page-break-after:auto;break-after:auto}"
            + "h1{font-size:13pt;text-align:center;margin:0 0 2mm}h2{font-size:10pt;margin:3mm 0 1mm}"
            + ".meta{margin:0 0 2mm}.meta div{margin:0.5mm 0}"
            + ".bar{display:flex;align-items:center;margin:0.5mm 0}.bar .l{width:70mm}"
            + ".bar .t{flex:1;height:4mm;border:1px solid #333;background:#fff}"
            + ".bar .f{height:100%;background:#4a7;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ".bar .n{width:18mm;text-align:right}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:0.6mm 1mm;vertical-align:top}"
            + "th{background:#eee}td.p,td.k{text-align:right;white-space:nowrap}.na{color:#555}"
            + "tr.part td{font-weight:bold;background:#ddd;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ".unmet{background:#fdd;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ".rank{font-size:12pt;font-weight:bold;margin:2mm 0}.cite{color:#333;font-size:7pt}"
            + Printout.KEEP_CSS;

    private ScoreCardHtml() {
    }

    static String render(List<Explanation> explanations) {
        return render(explanations, Lang.vi);
    }

    static String render(List<Explanation> explanations, Lang lang) {
        Html h = new Html();
        StringBuilder pages = new StringBuilder();
        for (int i = 0; i < explanations.size(); i++) {
            Explanation e = explanations.get(i);
            pages.append(Printout.namedPageCss("card" + (i + 1), header(e, lang)));
            pages.append(".card").append(i + 1).append("{page:card").append(i + 1).append('}');
        }
        String footer = explanations.stream().map(e -> e.ruleSet()).distinct()
                .map(r -> t(lang, "print.ruleSet") + r.id() + " (QĐ " + r.instrument().number() + ")")
                .collect(java.util.stream.Collectors.joining("; "));
        h.raw(Printout.htmlStart(lang)).raw("<head><meta charset=\"utf-8\"><title>")
                .text(t(lang, "print.ocopProductAssessmentResult"))
                .raw("</title><style>")
                .raw(Printout.pageCss(lang, false, explanations.isEmpty() ? "" : header(explanations.get(0), lang),
                        footer))
                .raw(pages.toString()).raw(CSS).raw("</style></head><body>\n");
        for (int i = 0; i < explanations.size(); i++) {
            Explanation e = explanations.get(i);
            h.raw("<section class=\"card card" + (i + 1) + "\">");
            String notice = Official.notice(e.ruleSet()).strip();
            if (!notice.isEmpty()) {
                h.el("p", "notice", notice);
            }
            String source = Official.sheetNotice(e.ruleSet(), e.sheet().id(), lang.labels(e.ruleSet())).strip();
            if (!source.isEmpty()) {
                h.el("p", "notice", source);
            }
            card(h, e, lang, lang.labels(e.ruleSet()));
            h.raw("</section>\n");
        }
        h.raw("</body></html>\n");
        return h.toString();
    }

    private static String header(Explanation e, Lang lang) {
        Labels labels = lang.labels(e.ruleSet());
        return t(lang, "print.sheet") + e.sheet().id() + ": " + labels.sheet(e.sheet()) + "  ·  "
                + t(lang, "print.product") + e.card().assessment().product().name();
    }

    private static String t(Lang lang, String code, Object... args) {
        return Printout.t(lang, code, args);
    }

    private static String pts(Lang lang) {
        return t(lang, "print.pts");
    }

    private static void card(Html h, Explanation e, Lang lang, Labels labels) {
        h.el("h1", null, t(lang, "print.ocopProductAssessmentResult2"));
        h.raw("<div class=\"meta\"><div>").text(t(lang, "print.product")
                + e.card().assessment().product().name()).raw("</div>");
        java.util.Optional.ofNullable(e.card().assessment().product().subject()).ifPresent(s ->
                h.raw("<div>").text(t(lang, "print.producer") + s.name()).raw("</div>"));
        h.raw("<div>").text(t(lang, "print.sheet") + e.sheet().id() + ": " + labels.sheet(e.sheet())).raw("</div>");
        labels.notice().ifPresent(n -> h.el("div", "cite", n));
        h.raw("<div>").text(t(lang, "print.ruleSet") + e.ruleSet().id() + " (QĐ "
                + e.ruleSet().instrument().number() + ")").raw("</div>");
        if (!e.card().assessment().assessor().isEmpty()) {
            h.raw("<div>").text(t(lang, "print.assessor") + e.card().assessment().assessor()).raw("</div>");
        }
        h.raw("</div>");
        for (PartLine p : e.parts()) {
            bar(h, t(lang, "print.part") + p.code() + ": " + labels.part(e.sheet(), p.code()), p.points(),
                    p.maxPoints());
        }
        bar(h, t(lang, "print.total"), e.total(), e.maxTotal());
        RankLine r = e.rank();
        h.raw("<div class=\"rank\">");
        if (r.ranked()) {
            h.text(CliMessages.counted(lang.locale(), r.stars(), "print.rankOf.one", "print.rankOf", r.stars())
                    + "★".repeat(r.stars()) + "☆".repeat(5 - r.stars()));
        } else {
            h.text(t(lang, "print.notRankedKnockedOut2"));
        }
        h.raw("</div><div>").text((r.bandUpper() == null ? CliMessages.counted(lang.locale(), r.bandStars(), "print.band.top.one",
                "print.band.top", r.bandStars(), r.bandMinPoints())
                : CliMessages.counted(lang.locale(), r.bandStars(), "print.band.one", "print.band", r.bandStars(),
                        r.bandMinPoints(), r.bandUpper()))
                + " (" + r.bandCitation() + ")").raw("</div>");
        for (KnockOut k : r.knockOuts()) {
            h.raw("<div class=\"unmet\">").text(k.text() + " (" + k.citation() + ")").raw("</div>");
        }
        if (!e.minima().isEmpty()) {
            h.el("h2", null, t(lang, "print.starMinimaNotMet3")
                    + e.unmetMinima().size() + "/" + e.minima().size() + ")");
            if (!e.unmetMinima().isEmpty()) {
                h.raw("<table><thead><tr><th>").text(t(lang, "print.stars2")).raw("</th><th>")
                        .text(t(lang, "print.criterion")).raw("</th><th>").text(t(lang, "print.required"))
                        .raw("</th><th>").text(t(lang, "print.chosen")).raw("</th><th>")
                        .text(t(lang, "print.result")).raw("</th></tr></thead><tbody>");
                for (MinimumLine m : e.unmetMinima()) {
                    h.raw("<tr class=\"unmet\">");
                    h.el("td", "k", "★".repeat(m.requiredFor()));
                    h.el("td", null, m.criterion() + " " + labels.criterion(e.sheet(), m.criterion()));
                    h.el("td", null, m.option() + " (" + m.requiredPoints() + pts(lang) + "): " + m.optionText());
                    h.el("td", "k", answer(lang, m.answer()) + " (" + m.points() + pts(lang) + ")");
                    h.el("td", "k", m.met() ? t(lang, "print.met") : m.blocking()
                            ? t(lang, "print.notMetLimitsThe")
                            : t(lang, "print.notMet"));
                    h.raw("</tr>");
                }
                h.raw("</tbody></table>");
            }
            StringBuilder met = new StringBuilder();
            for (MinimumLine m : e.minima()) {
                if (m.met()) {
                    met.append(met.length() == 0 ? "" : "; ").append(m.criterion()).append(' ').append(m.option())
                            .append(" (").append(m.requiredFor()).append("★)");
                }
            }
            h.el("div", null, t(lang, "print.met3") + (met.length() == 0 ? "—" : met));
        }
        h.el("h2", null, t(lang, "print.pointsPerCriterion2"));
        h.el("div", "cite", t(lang, "print.itemItemOf") + e.sheet().citation());
        h.raw("<table><thead><tr><th>").text(t(lang, "print.item")).raw("</th><th>")
                .text(t(lang, "print.criterion")).raw("</th><th>")
                .text(t(lang, "print.optionChosen")).raw("</th><th>")
                .text(t(lang, "print.points")).raw("</th></tr></thead>\n");
        PartCode part = null;
        for (CriterionLine c : e.criteria()) {
            h.raw("<tbody class=\"keep\">");
            if (c.part() != part) {
                part = c.part();
                PartCode code = part;
                PartLine pl = e.parts().stream().filter(p -> p.code() == code).findFirst().orElse(null);
                h.raw("<tr class=\"part\"><td colspan=\"3\">").text(t(lang, "print.part") + part + ": "
                        + labels.part(e.sheet(), part)).raw("</td><td class=\"p\">")
                        .text(pl == null ? "" : pl.points() + " / " + pl.maxPoints()).raw("</td></tr>");
            }
            h.raw(c.applicable() ? "<tr>" : "<tr class=\"na\">");
            h.el("td", "k", c.code());
            h.el("td", null, labels.criterion(e.sheet(), c.code()));
            if (!c.applicable()) {
                h.el("td", null, t(lang, "print.doesNotApply")
                        + (c.condition() == null ? "" : " (" + c.condition() + ")"));
            } else {
                h.el("td", null, answer(lang, c.answer()) + c.chosenText().map(x -> ": " + x).orElse(""));
            }
            h.el("td", "p", c.points() + " / " + c.maxPoints());
            h.raw("</tr></tbody>\n");
        }
        h.raw("</table>");
        Printout.signatures(h, lang, t(lang, "print.assessor2"));
    }

    private static String answer(Lang lang, String answer) {
        if (answer == null) {
            return "—";
        }
        return "none".equals(answer) ? t(lang, "print.noOptionChosen") : answer;
    }

    private static void bar(Html h, String label, int points, int max) {
        int pct = max == 0 ? 0 : Math.round(100f * points / max);
        h.raw("<div class=\"bar\"><span class=\"l\">").text(label).raw("</span><span class=\"t\"><span class=\"f\" "
                + "style=\"display:block;width:" + pct + "%\"></span></span><span class=\"n\">")
                .text(points + " / " + max).raw("</span></div>");
    }
}
