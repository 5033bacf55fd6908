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
            x.sheet(t(lang, "Tổng hợp", "Summary")).width(0, 46).width(1, 14).width(2, 14).width(3, 14);
            x.header(t(lang, "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP",
                    "REPORT ON THE EVALUATION AND RANKING OF OCOP PRODUCTS"), "");
            r.round().products().stream().map(EvaluatedProduct::ruleSet).distinct()
                    .map(rs -> Official.notice(rs).strip()).filter(s -> !s.isEmpty())
                    .forEach(s -> x.row(t(lang, "Chú ý", "Notice"), s));
            x.row(t(lang, "Đợt đánh giá", "Round"), r.round().title());
            x.row(t(lang, "Kế hoạch", "Plan"), r.round().plan().title());
            x.row(t(lang, "Số sản phẩm được đánh giá", "Products evaluated"), r.round().products().size());
            for (int s = 5; s >= 1; s--) {
                x.row(t(lang, "Đạt " + s + " sao", s + (s == 1 ? " star" : " stars")), r.byStars().count(s));
            }
            x.row(t(lang, "Không xếp hạng", "Not ranked"), r.byStars().notRanked());
            x.row(t(lang, "Đề nghị cấp trên đánh giá", "Forwarded to the next level"), r.forwarded().size());
            x.row(t(lang, "Giấy chứng nhận hết hiệu lực trong kỳ", "Certificates expiring in the period"),
                    r.expiringCertificates().size());
            x.skip();
            x.header(t(lang, "Chỉ tiêu kế hoạch", "Plan target"), t(lang, "Chỉ tiêu", "Target"),
                    t(lang, "Đạt", "Achieved"), t(lang, "Thiếu", "Shortfall"), t(lang, "Kết quả", "Result"));
            for (TargetProgress p : r.progress()) {
                x.row(ReportText.target(lang.locale(), p.target()), p.target().count(), p.achieved(), p.shortfall(),
                        p.met() ? t(lang, "đạt", "met") : t(lang, "chưa đạt", "not met"));
            }
            x.row(t(lang, "Kế hoạch", "Plan"), r.planMet() ? t(lang, "hoàn thành", "met")
                    : t(lang, "chưa hoàn thành", "not met"));

            x.sheet(t(lang, "Sản phẩm", "Products")).width(0, 40).width(1, 22).width(2, 16);
            x.header(t(lang, "Sản phẩm", "Product"), t(lang, "Xã, thị trấn", "Commune"),
                    t(lang, "Nhóm sản phẩm", "Product group"), t(lang, "Bộ tiêu chí", "Rule set"),
                    t(lang, "Cấp đánh giá", "Level"), t(lang, "Ngày đánh giá", "Evaluated on"),
                    t(lang, "Điểm", "Points"), t(lang, "Hạng (sao)", "Rank (stars)"),
                    t(lang, "GCN: hạng (sao)", "Certificate: stars"), t(lang, "GCN: ngày cấp", "Certificate: issued"),
                    t(lang, "GCN: hiệu lực đến hết", "Certificate: valid until"));
            for (EvaluatedProduct p : r.round().products()) {
                Certificate c = p.certificate().orElse(null);
                x.row(p.name(), p.commune(), p.group(), p.ruleSetId(), level(lang, p), p.evaluatedOn(), p.total(),
                        p.ranked() ? (Object) p.stars().getAsInt() : t(lang, "không xếp hạng", "not ranked"),
                        c == null ? null : c.stars(), c == null ? null : c.issuedOn(),
                        c == null ? null : c.validUntil());
            }

            counts(x, t(lang, "Theo nhóm", "By group"), t(lang, "Nhóm sản phẩm", "Product group"), r.byGroup(), lang);
            counts(x, t(lang, "Theo xã", "By commune"), t(lang, "Xã, thị trấn", "Commune"), r.byCommune(), lang);

            x.sheet(t(lang, "Đề nghị cấp trên", "Forwarded")).width(0, 40).width(1, 22).width(4, 40);
            x.header(t(lang, "Sản phẩm", "Product"), t(lang, "Xã, thị trấn", "Commune"), t(lang, "Điểm", "Points"),
                    t(lang, "Hạng (sao)", "Rank (stars)"), t(lang, "Đề nghị", "Forwarded to"),
                    t(lang, "Căn cứ", "Grounds"));
            for (NextStep s : r.forwarded()) {
                x.row(s.product().name(), s.product().commune(), s.product().total(), s.product().stars().getAsInt(),
                        s.outcome().nextLevel().map(l -> lang == Lang.en ? l.english() : l.vietnamese()).orElse(""),
                        Citations.onPaper(s.outcome().citations()));
            }

            x.sheet(t(lang, "GCN hết hiệu lực", "Expiring certificates")).width(0, 40);
            x.header(t(lang, "Sản phẩm", "Product"), t(lang, "Hạng (sao)", "Stars"), t(lang, "Ngày cấp", "Issued on"),
                    t(lang, "Hiệu lực đến hết", "Valid until"),
                    t(lang, "Nộp hồ sơ đánh giá lại từ", "Re-evaluation filing from"), t(lang, "đến", "to"));
            for (EvaluatedProduct p : r.expiringCertificates()) {
                Certificate c = p.certificate().orElseThrow();
                var w = c.reEvaluationFilingWindow(all);
                x.row(p.name(), c.stars(), c.issuedOn(), c.validUntil(), w.map(d -> d.first()).orElse(null),
                        w.map(d -> d.last()).orElse(null));
            }
        }
    }

    private static String level(Lang lang, EvaluatedProduct p) {
        return lang == Lang.en ? p.level().english() : p.level().vietnamese();
    }

    private static void counts(Xlsx x, String name, String key, Map<String, StarCounts> m, Lang lang) {
        x.sheet(name).width(0, 34);
        x.header(key, t(lang, "Số sản phẩm", "Products"), t(lang, "5 sao", "5 stars"), t(lang, "4 sao", "4 stars"),
                t(lang, "3 sao", "3 stars"), t(lang, "2 sao", "2 stars"), t(lang, "1 sao", "1 star"),
                t(lang, "Không xếp hạng", "Not ranked"));
        m.forEach((k, v) -> x.row(k, v.total(), v.count(5), v.count(4), v.count(3), v.count(2), v.count(1),
                v.notRanked()));
    }

    private static String t(Lang lang, String vietnamese, String english) {
        return Printout.t(lang, vietnamese, english);
    }
}
