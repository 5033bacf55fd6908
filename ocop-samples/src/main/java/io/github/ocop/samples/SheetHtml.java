package io.github.ocop.samples;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.rules.Labels;

/**
 * Renders a scoring sheet as a printable council form (phiếu đánh giá) for members who score on paper: the header
 * lines of the printed sheet, every criterion with every option as a tick box (☐), the points column and the star
 * marks, a total line and a signature and date block; A4, the sheet, the product and "Trang N/M" on every page, a
 * criterion never split from its options (see {@link Printout}); self-contained. Every text is HTML-escaped.
 */
final class SheetHtml {
    static final String CSS = "body{font-family:'DejaVu Sans','Noto Sans','Times New Roman',serif;font-size:9pt;color:#000;margin:0}"
            + ".sheet{max-width:190mm;margin:0 auto}@media screen{body{padding:8mm}}"
            + "h1{font-size:12pt;text-align:center;margin:0}.sub{text-align:center;font-style:italic;margin:0 0 2mm}"
            + ".hdr div{margin:1mm 0}.small{font-size:7.5pt;color:#333}"
            + ".ko{border:1px solid #000;padding:1mm;margin:2mm 0;font-weight:bold}"
            + "table{border-collapse:collapse;width:100%}"
            + "td,th{border:1px solid #000;padding:0.5mm 1.2mm;vertical-align:top}"
            + "th{background:#eee}"
            + "td.pts{width:14mm;text-align:center;white-space:nowrap}td.box{width:6mm;text-align:center;font-size:11pt}"
            + "tr.part td{font-weight:bold;background:#ddd;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + "tr.sec td{font-weight:bold}tr.crit td{font-weight:bold;font-style:italic}"
            + ".star{white-space:nowrap;font-weight:bold}.case{font-style:italic}.cond{font-weight:normal;font-size:8pt}"
            + Printout.KEEP_CSS;

    private SheetHtml() {
    }

    static String render(RuleSet rules, ScoringSheet sheet) {
        return render(rules, sheet, Lang.vi, null);
    }

    static String render(RuleSet rules, ScoringSheet sheet, Lang lang) {
        return render(rules, sheet, lang, null);
    }

    /**
     * @param product the product's name to print on the form and in the header of every page, or null for a blank
     *                line to fill in by hand
     */
    static String render(RuleSet rules, ScoringSheet sheet, Lang lang, String product) {
        Labels labels = lang.labels(rules);
        Html h = new Html();
        String sheetLine = t(lang, "print.sheet") + sheet.id() + ". " + labels.sheet(sheet);
        String productLine = t(lang, "print.product") + (product == null ? "……………………………………" : product);
        h.raw(Printout.htmlStart(lang)).raw("<head><meta charset=\"utf-8\"><title>")
                .text(t(lang, "print.scoringSheet") + labels.sheet(sheet)).raw("</title><style>")
                .raw(Printout.pageCss(lang, false, t(lang, "print.sheet") + sheet.id() + ": "
                        + labels.sheet(sheet) + "  ·  " + productLine, t(lang, "print.ruleSet")
                        + rules.id() + " (QĐ " + rules.instrument().number() + ")"))
                .raw(CSS).raw("</style></head><body><div class=\"sheet\">\n");
        String notice = Official.notice(rules).strip();
        if (!notice.isEmpty()) {
            h.el("p", "notice", notice);
        }
        String source = Official.sheetNotice(rules, sheet.id(), labels).strip();
        if (!source.isEmpty()) {
            h.el("p", "notice", source);
        }
        h.el("h1", null, t(lang, "print.ocopProductScoringSheet"));
        h.el("div", "sub", sheetLine);
        labels.notice().ifPresent(n -> h.el("div", "small", n));
        sheet.classification().ifPresent(c -> h.el("div", "sub", c));
        h.raw("<div class=\"hdr\">");
        String dots = "……………………………………………………………………………………";
        h.el("div", null, t(lang, "print.productName") + (product == null ? dots : product));
        if ("qd-26-2026".equals(rules.id())) {
            h.el("div", null, t(lang, "print.productCode") + ".(T).-.(X).-.(STT).-20………");
            h.el("div", "small", "T: Mã tỉnh- X: Mã xã- STT: Số Thứ tự sản phẩm do xã lập thống kê - Năm đánh giá. "
                    + "Mã đơn vị hành chính theo Quyết định số 19/2025/QĐ-TTg ngày 30/6/2025");
            h.el("div", null, t(lang, "print.producer3") + "…………………………………………………………………………");
            h.el("div", null, t(lang, "print.telephone") + "………………………………………………………………………………….");
        } else {
            h.el("div", null, t(lang, "print.productCode2") + "……………………………………………………………………………");
            h.el("div", null, t(lang, "print.producer3") + "…………………………………………………………………………");
        }
        h.el("div", null, t(lang, "print.address") + "………………………………………………………………………………………….");
        h.raw("</div>");
        for (KnockOut k : sheet.knockOuts()) {
            if (k.criterionCode().isEmpty()) {
                h.el("div", "ko", k.text());
            }
        }
        h.raw("<table><thead><tr><th colspan=\"2\">").text(t(lang, "print.criteria"))
                .raw("</th><th>").text(t(lang, "print.points2")).raw("</th></tr></thead>\n");
        // each criterion with its options (and the part and section headings above it, when it is their first) is
        // one <tbody class="keep">: a heading never ends a page alone, an option never leaves its criterion
        for (Part p : sheet.parts()) {
            StringBuilder pending = new StringBuilder();
            pending.append("<tr class=\"part\"><td colspan=\"2\">")
                    .append(Html.escape(t(lang, "print.part") + p.code() + ": " + labels.part(sheet, p.code())))
                    .append("</td><td class=\"pts\">").append(p.maxPoints()).append("</td></tr>\n");
            for (Section s : p.sections()) {
                section(h, sheet, s, labels, pending);
            }
        }
        h.raw("<tbody class=\"keep\"><tr class=\"part\"><td colspan=\"2\">").text(t(lang, "print.total2"))
                .raw("</td><td class=\"pts\">").text(String.valueOf(sheet.maxPoints())).raw("</td></tr></tbody>\n</table>\n");
        h.el("div", "small", t(lang, "print.noteMarkTheMinimum")
                + t(lang, "print.citation") + sheet.citation());
        h.raw("<div class=\"hdr\">");
        h.el("div", null, t(lang, "print.totalPointsRankStars"));
        h.raw("</div>");
        Printout.signatures(h, lang, t(lang, "print.assessor3"));
        h.raw("</div></body></html>\n");
        return h.toString();
    }

    private static String t(Lang lang, String code, Object... args) {
        return Printout.t(lang, code, args);
    }

    private static void section(Html h, ScoringSheet sheet, Section s, Labels labels, StringBuilder pending) {
        boolean single = s.sections().isEmpty() && s.criteria().size() == 1
                && s.criteria().get(0).code().equals(s.code());
        if (!single) {
            pending.append("<tr class=\"sec\"><td colspan=\"2\">")
                    .append(Html.escape(s.code() + ". " + labels.section(sheet, s.code())))
                    .append("</td><td class=\"pts\">").append(s.maxPoints()).append("</td></tr>\n");
        }
        for (Section sub : s.sections()) {
            section(h, sheet, sub, labels, pending);
        }
        for (Criterion c : s.criteria()) {
            h.raw("<tbody class=\"keep\">").raw(pending.toString());
            pending.setLength(0);
            criterion(h, sheet, c, single, labels);
            h.raw("</tbody>\n");
        }
    }

    private static void criterion(Html h, ScoringSheet sheet, Criterion c, boolean upper, Labels labels) {
        h.raw("<tr class=\"crit\"><td colspan=\"2\">").text(c.code() + (upper ? ". " : " ") + labels.criterion(sheet, c.code()));
        c.applicability().ifPresent(a -> h.raw(" <span class=\"cond\">(").text(a.text()).raw(")</span>"));
        h.raw("</td><td class=\"pts\">").text(String.valueOf(c.maxPoints())).raw("</td></tr>\n");
        String lastCase = null;
        for (Option o : c.options()) {
            if (o.caseLabel() != null && !o.caseLabel().equals(lastCase)) {
                h.raw("<tr><td></td><td class=\"case\" colspan=\"2\">").text(o.caseLabel()).raw("</td></tr>\n");
                lastCase = o.caseLabel();
            }
            h.raw("<tr><td class=\"box\">☐</td><td>").text(o.text());
            if (o.minimumFor() != null) {
                h.raw(" <span class=\"star\">").text("*".repeat(o.minimumFor())).raw("</span>");
            }
            h.raw("</td><td class=\"pts\">").text(String.valueOf(o.points())).raw("</td></tr>\n");
        }
        for (String note : c.notes()) {
            h.raw("<tr><td></td><td class=\"small\" colspan=\"2\">").text(note).raw("</td></tr>\n");
        }
        for (KnockOut k : sheet.knockOuts()) {
            if (c.code().equals(k.criterion())) {
                h.raw("<tr><td></td><td class=\"ko\" colspan=\"2\">").text(k.text()).raw("</td></tr>\n");
            }
        }
    }
}
