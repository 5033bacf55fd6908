package io.github.ocop.samples;

import io.github.ocop.core.explain.CriterionLine;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.explain.MinimumLine;
import io.github.ocop.core.explain.PartLine;
import io.github.ocop.core.explain.RankLine;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.rules.Labels;

import java.util.List;

/**
 * Renders explanations as a self-contained printable HTML score card (phiếu kết quả): one A4 page per product, parts
 * as bars, unmet minima highlighted, inline CSS and no external resource. Every text is HTML-escaped.
 */
final class ScoreCardHtml {
    static final String CSS = "@page{size:A4;margin:9mm}"
            + "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;font-size:7pt;color:#000;margin:0}"
            + "@media screen{body{padding:8mm}}"
            + ".card{page-break-after:always;break-after:page;max-width:186mm;margin:0 auto}"
            + ".card:last-child{page-break-after:auto;break-after:auto}"
            + "h1{font-size:13pt;text-align:center;margin:0 0 2mm}h2{font-size:10pt;margin:3mm 0 1mm}"
            + ".meta{margin:0 0 2mm}.meta div{margin:0.5mm 0}"
            + ".bar{display:flex;align-items:center;margin:0.5mm 0}.bar .l{width:60mm}"
            + ".bar .t{flex:1;height:4mm;border:1px solid #333;background:#fff}"
            + ".bar .f{height:100%;background:#4a7;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ".bar .n{width:18mm;text-align:right}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:0.6mm 1mm;vertical-align:top}"
            + "th{background:#eee}td.p,td.k{text-align:right;white-space:nowrap}.na{color:#777}"
            + ".unmet{background:#fdd;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ".cols{display:flex;gap:2mm;align-items:flex-start}.cols table{width:50%}"
            + ".rank{font-size:12pt;font-weight:bold;margin:2mm 0}.cite{color:#555;font-size:7.5pt}";

    private ScoreCardHtml() {
    }

    static String render(List<Explanation> explanations) {
        return render(explanations, Lang.vi);
    }

    static String render(List<Explanation> explanations, Lang lang) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"" + lang.tag() + "\"><head><meta charset=\"utf-8\"><title>")
                .text("Kết quả đánh giá sản phẩm OCOP").raw("</title><style>").raw(CSS).raw("</style></head><body>\n");
        for (Explanation e : explanations) {
            String notice = Official.notice(e.ruleSet()).strip();
            if (!notice.isEmpty()) {
                h.el("p", "notice", notice);
            }
            card(h, e, lang.labels(e.ruleSet()));
        }
        h.raw("</body></html>\n");
        return h.toString();
    }

    private static void card(Html h, Explanation e, Labels labels) {
        h.raw("<section class=\"card\">");
        h.el("h1", null, "KẾT QUẢ ĐÁNH GIÁ SẢN PHẨM OCOP");
        h.raw("<div class=\"meta\"><div>").text("Sản phẩm: " + e.card().assessment().product().name()).raw("</div>");
        java.util.Optional.ofNullable(e.card().assessment().product().subject()).ifPresent(s ->
                h.raw("<div>").text("Chủ thể: " + s.name()).raw("</div>"));
        h.raw("<div>").text("Phiếu " + e.sheet().id() + ": " + labels.sheet(e.sheet())).raw("</div>");
        labels.notice().ifPresent(n -> h.el("div", "cite", n));
        h.raw("<div>").text("Bộ tiêu chí " + e.ruleSet().id() + " (QĐ " + e.ruleSet().instrument().number() + ")")
                .raw("</div>");
        if (!e.card().assessment().assessor().isEmpty()) {
            h.raw("<div>").text("Người chấm: " + e.card().assessment().assessor()).raw("</div>");
        }
        h.raw("</div>");
        for (PartLine p : e.parts()) {
            bar(h, "Phần " + p.code() + ": " + labels.part(e.sheet(), p.code()), p.points(), p.maxPoints());
        }
        bar(h, "Tổng điểm", e.total(), e.maxTotal());
        RankLine r = e.rank();
        h.raw("<div class=\"rank\">");
        if (r.ranked()) {
            h.text("Xếp hạng: " + r.stars() + " sao " + "★".repeat(r.stars()) + "☆".repeat(5 - r.stars()));
        } else {
            h.text("Không xếp hạng (bị loại)");
        }
        h.raw("</div><div>").text("Khung điểm " + r.bandStars() + " sao: từ " + r.bandMinPoints()
                + (r.bandUpper() == null ? " đến 100" : " đến dưới " + r.bandUpper()) + " (" + r.bandCitation() + ")")
                .raw("</div>");
        for (KnockOut k : r.knockOuts()) {
            h.raw("<div class=\"unmet\">").text(k.id() + ": " + k.text() + " (" + k.citation() + ")").raw("</div>");
        }
        if (!e.minima().isEmpty()) {
            h.el("h2", null, "Yêu cầu tối thiểu theo hạng sao chưa đạt (" + e.unmetMinima().size() + "/"
                    + e.minima().size() + ")");
            h.raw("<table><tr><th>Sao</th><th>Tiêu chí</th><th>Cần</th><th>Đã chọn</th><th>Kết quả</th></tr>");
            for (MinimumLine m : e.unmetMinima()) {
                h.raw("<tr class=\"unmet\">");
                h.el("td", "k", "★".repeat(m.requiredFor()));
                h.el("td", null, m.criterion() + " " + labels.criterion(e.sheet(), m.criterion()));
                h.el("td", null, m.option() + " (" + m.requiredPoints() + " đ): " + ScoreCardText.shorten(m.optionText(), 70));
                h.el("td", "k", (m.answer() == null ? "—" : m.answer()) + " (" + m.points() + " đ)");
                h.el("td", "k", m.met() ? "đạt" : m.blocking() ? "CHƯA ĐẠT (giới hạn hạng)" : "chưa đạt");
                h.raw("</tr>");
            }
            h.raw("</table>");
            StringBuilder met = new StringBuilder();
            for (MinimumLine m : e.minima()) {
                if (m.met()) {
                    met.append(met.length() == 0 ? "" : "; ").append(m.criterion()).append(' ').append(m.option())
                            .append(" (").append(m.requiredFor()).append("★)");
                }
            }
            h.el("div", null, "Đã đạt: " + (met.length() == 0 ? "—" : met));
        }
        h.el("h2", null, "Điểm từng tiêu chí");
        h.el("div", "cite", "Mục = mục của " + e.sheet().citation() + " (dòng nguồn: xem bản text/JSON)");
        // two columns of criteria so that one product fits on one A4 page
        List<CriterionLine> all = e.criteria();
        int half = (all.size() + 1) / 2;
        h.raw("<div class=\"cols\">");
        for (List<CriterionLine> col : List.of(all.subList(0, half), all.subList(half, all.size()))) {
            h.raw("<table><tr><th>Mục</th><th>Tiêu chí</th><th>Chọn</th><th>Điểm</th></tr>");
            for (CriterionLine c : col) {
                h.raw(c.applicable() ? "<tr>" : "<tr class=\"na\">");
                h.el("td", "k", c.code());
                h.el("td", null, ScoreCardText.shorten(labels.criterion(e.sheet(), c.code()), 48));
                h.el("td", "k", c.applicable() ? c.answer() : "k.á.d");
                h.el("td", "p", c.points() + " / " + c.maxPoints());
                h.raw("</tr>");
            }
            h.raw("</table>");
        }
        h.raw("</div></section>\n");
    }

    private static void bar(Html h, String label, int points, int max) {
        int pct = max == 0 ? 0 : Math.round(100f * points / max);
        h.raw("<div class=\"bar\"><span class=\"l\">").text(label).raw("</span><span class=\"t\"><span class=\"f\" "
                + "style=\"display:block;width:" + pct + "%\"></span></span><span class=\"n\">")
                .text(points + " / " + max).raw("</span></div>");
    }
}
