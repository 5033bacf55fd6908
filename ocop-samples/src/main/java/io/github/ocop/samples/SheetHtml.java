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
 * marks, a total line and signature line; A4 print CSS, self-contained. Every text is HTML-escaped.
 */
final class SheetHtml {
    static final String CSS = "@page{size:A4;margin:12mm 10mm}"
            + "body{font-family:'DejaVu Sans','Noto Sans','Times New Roman',serif;font-size:9pt;color:#000;margin:0}"
            + ".sheet{max-width:190mm;margin:0 auto}@media screen{body{padding:8mm}}"
            + "h1{font-size:12pt;text-align:center;margin:0}.sub{text-align:center;font-style:italic;margin:0 0 2mm}"
            + ".hdr div{margin:1mm 0}.small{font-size:7.5pt;color:#333}"
            + ".ko{border:1px solid #000;padding:1mm;margin:2mm 0;font-weight:bold}"
            + "table{border-collapse:collapse;width:100%}"
            + "td,th{border:1px solid #000;padding:0.5mm 1.2mm;vertical-align:top}"
            + "th{background:#eee}thead{display:table-header-group}tr{page-break-inside:avoid;break-inside:avoid}"
            + "td.pts{width:14mm;text-align:center;white-space:nowrap}td.box{width:6mm;text-align:center;font-size:11pt}"
            + "tr.part td{font-weight:bold;background:#ddd;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + "tr.sec td{font-weight:bold}tr.crit td{font-weight:bold;font-style:italic}"
            + ".star{white-space:nowrap;font-weight:bold}.case{font-style:italic}.cond{font-weight:normal;font-size:8pt}"
            + ".sign{margin-top:6mm;display:flex;justify-content:space-between}.sign div{width:45%;text-align:center}";

    private SheetHtml() {
    }

    static String render(RuleSet rules, ScoringSheet sheet) {
        return render(rules, sheet, Lang.vi.labels(rules));
    }

    static String render(RuleSet rules, ScoringSheet sheet, Labels labels) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"" + labels.locale().getLanguage() + "\"><head><meta charset=\"utf-8\"><title>")
                .text("Phiếu đánh giá — " + labels.sheet(sheet)).raw("</title><style>").raw(CSS)
                .raw("</style></head><body><div class=\"sheet\">\n");
        String notice = Official.notice(rules).strip();
        if (!notice.isEmpty()) {
            h.el("p", "notice", notice);
        }
        h.el("h1", null, "PHIẾU ĐÁNH GIÁ SẢN PHẨM OCOP");
        h.el("div", "sub", "Phiếu " + sheet.id() + ". " + labels.sheet(sheet));
        labels.notice().ifPresent(n -> h.el("div", "small", n));
        sheet.classification().ifPresent(c -> h.el("div", "sub", c));
        h.raw("<div class=\"hdr\">");
        h.el("div", null, "Tên sản phẩm: ……………………………………………………………………………………");
        if ("qd-26-2026".equals(rules.id())) {
            h.el("div", null, "Mã số sản phẩm.(T).-.(X).-.(STT).-20………");
            h.el("div", "small", "T: Mã tỉnh- X: Mã xã- STT: Số Thứ tự sản phẩm do xã lập thống kê - Năm đánh giá. "
                    + "Mã đơn vị hành chính theo Quyết định số 19/2025/QĐ-TTg ngày 30/6/2025");
            h.el("div", null, "Tên chủ thể sản xuất: …………………………………………………………………………");
            h.el("div", null, "Số điện thoại: ………………………………………………………………………………….");
        } else {
            h.el("div", null, "Mã số sản phẩm: ……………………………………………………………………………");
            h.el("div", null, "Tên chủ thể sản xuất: …………………………………………………………………………");
        }
        h.el("div", null, "Địa chỉ: ………………………………………………………………………………………….");
        h.raw("</div>");
        for (KnockOut k : sheet.knockOuts()) {
            if (k.criterionCode().isEmpty()) {
                h.el("div", "ko", k.text());
            }
        }
        h.raw("<table><thead><tr><th colspan=\"2\">Các tiêu chí</th><th>Thang điểm</th></tr></thead><tbody>\n");
        for (Part p : sheet.parts()) {
            h.raw("<tr class=\"part\"><td colspan=\"2\">").text("Phần " + p.code() + ": " + labels.part(sheet, p.code()))
                    .raw("</td><td class=\"pts\">").text(String.valueOf(p.maxPoints())).raw("</td></tr>\n");
            for (Section s : p.sections()) {
                section(h, sheet, s, labels);
            }
        }
        h.raw("<tr class=\"part\"><td colspan=\"2\">").text("TỔNG ĐIỂM").raw("</td><td class=\"pts\">")
                .text(String.valueOf(sheet.maxPoints())).raw("</td></tr>\n</tbody></table>\n");
        h.el("div", "small", "Ghi chú: *** / **** / ***** là yêu cầu tối thiểu đối với sản phẩm đạt hạng 3, 4, 5 sao. "
                + "Trích dẫn: " + sheet.citation());
        h.raw("<div class=\"hdr\">");
        h.el("div", null, "Tổng điểm: ………… điểm.   Xếp hạng: ………… sao.");
        h.raw("</div><div class=\"sign\"><div>").text("Người đánh giá").raw("<br>").text("(Ký, ghi rõ họ tên)")
                .raw("</div><div>").text("Ngày ….. tháng ….. năm 20…..").raw("</div></div>");
        h.raw("</div></body></html>\n");
        return h.toString();
    }

    private static void section(Html h, ScoringSheet sheet, Section s, Labels labels) {
        boolean single = s.sections().isEmpty() && s.criteria().size() == 1
                && s.criteria().get(0).code().equals(s.code());
        if (!single) {
            h.raw("<tr class=\"sec\"><td colspan=\"2\">").text(s.code() + ". " + labels.section(sheet, s.code()))
                    .raw("</td><td class=\"pts\">").text(String.valueOf(s.maxPoints())).raw("</td></tr>\n");
        }
        for (Section sub : s.sections()) {
            section(h, sheet, sub, labels);
        }
        for (Criterion c : s.criteria()) {
            criterion(h, sheet, c, single, labels);
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
