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

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a council result as a spreadsheet (bảng tổng hợp của Hội đồng): a summary worksheet (product, sheet, mean
 * total and parts, spread, band, rank, unmet minima, warnings, next step with its grounds) and a worksheet of every
 * member's points on every criterion with the council's mean, lowest and highest (members as columns), then the
 * members' parts, totals and ranks. Numbers are numeric cells; texts are text cells, never formulas.
 */
final class CouncilXlsx {
    private CouncilXlsx() {
    }

    static void write(OutputStream out, RuleSet rules, CouncilEvaluation c, EvaluationOutcome next, Lang lang)
            throws IOException {
        ScoringSheet sheet = rules.sheet(c.sheetId()).orElseThrow();
        Labels labels = lang.labels(rules);
        List<ScoreCard> members = c.members();
        try (Xlsx x = new Xlsx(out)) {
            x.sheet(t(lang, "Tổng hợp", "Summary")).width(0, 34).width(1, 60);
            x.header(t(lang, "KẾT QUẢ ĐÁNH GIÁ CỦA HỘI ĐỒNG", "COUNCIL RESULT"), "");
            x.row(t(lang, "Bộ tiêu chí", "Rule set"), rules.id() + " (QĐ " + rules.instrument().number() + ")");
            String notice = Official.notice(rules).strip();
            if (!notice.isEmpty()) {
                x.row(t(lang, "Chú ý", "Notice"), notice);
            }
            x.row(t(lang, "Phiếu", "Sheet"), sheet.id() + ": " + labels.sheet(sheet));
            x.row(t(lang, "Sản phẩm", "Product"), c.product().name());
            java.util.Optional.ofNullable(c.product().subject()).ifPresent(s -> x.row(t(lang, "Chủ thể", "Producer"), s.name()));
            x.row(t(lang, "Số thành viên chấm điểm", "Members who scored"), c.size());
            x.row(t(lang, "Điểm trung bình", "Mean total"), c.total());
            for (PartCode p : PartCode.values()) {
                x.row(t(lang, "Trung bình phần ", "Mean of part ") + p, c.parts().get(p));
            }
            x.row(t(lang, "Tổng điểm thấp nhất", "Lowest member total"), c.minTotal());
            x.row(t(lang, "Tổng điểm cao nhất", "Highest member total"), c.maxTotal());
            x.row(t(lang, "Chênh lệch (điểm)", "Spread (points)"), c.spread());
            x.row(t(lang, "Khung điểm (sao)", "Points band (stars)"), c.bandStars());
            if (c.ranked()) {
                x.row(t(lang, "Xếp hạng (sao)", "Rank (stars)"), c.stars().getAsInt());
            } else {
                x.row(t(lang, "Xếp hạng (sao)", "Rank (stars)"), t(lang, "không xếp hạng (bị loại)",
                        "not ranked (knocked out)"));
            }
            if (next != null) {
                x.row(t(lang, "Bước tiếp theo", "Next step"), lang == Lang.en ? next.english() : next.vietnamese());
                x.row(t(lang, "Căn cứ", "Grounds"), Citations.onPaper(next.citations()));
            }
            x.skip();
            x.header(t(lang, "Cảnh báo", "Warnings"), "");
            if (c.warnings().isEmpty()) {
                x.row(t(lang, "(không có)", "(none)"));
            }
            for (CouncilWarning w : c.warnings()) {
                x.row(t(lang, "Cảnh báo", "Warning"), lang == Lang.en ? w.english() : w.vietnamese());
            }
            x.skip();
            x.header(t(lang, "Yêu cầu tối thiểu chưa đạt", "Star minima not met"), t(lang, "Tiêu chí", "Criterion"),
                    t(lang, "Cần (điểm)", "Required (points)"), t(lang, "Cho hạng (sao)", "For (stars)"),
                    t(lang, "Trung bình", "Mean"), t(lang, "Giới hạn hạng", "Limits the rank"));
            for (CouncilUnmetMinimum u : c.unmetMinimums()) {
                x.row(u.criterion(), labels.criterion(sheet, u.criterion()), u.requirement().requiredPoints(),
                        u.requiredFor(), u.mean(), u.requiredFor() <= c.bandStars() ? t(lang, "có", "yes")
                                : t(lang, "không", "no"));
            }
            if (lang == Lang.en && !c.interpretations().isEmpty()) { // English data: with --lang en only
                x.skip();
                x.header(t(lang, "Cách hiểu áp dụng", "Readings applied"), "");
                for (Interpretation i : c.interpretations()) {
                    x.row("", i.text());
                }
            }

            x.sheet(t(lang, "Điểm theo tiêu chí", "Points per criterion")).width(0, 8).width(1, 6).width(2, 50);
            Object[] head = new Object[members.size() + 7];
            head[0] = t(lang, "Mục", "Item");
            head[1] = t(lang, "Phần", "Part");
            head[2] = t(lang, "Tiêu chí", "Criterion");
            for (int m = 0; m < members.size(); m++) {
                head[3 + m] = members.get(m).assessment().assessor();
            }
            int n = members.size();
            head[3 + n] = t(lang, "Trung bình", "Mean");
            head[4 + n] = t(lang, "Thấp nhất", "Lowest");
            head[5 + n] = t(lang, "Cao nhất", "Highest");
            head[6 + n] = t(lang, "Tối đa", "Maximum");
            x.header(head);
            for (int k = 0; k < c.criteria().size(); k++) {
                CriterionMean cm = c.criteria().get(k);
                Object[] r = new Object[n + 7];
                r[0] = cm.code();
                r[1] = cm.part().name();
                r[2] = labels.criterion(sheet, cm.code());
                for (int m = 0; m < n; m++) {
                    r[3 + m] = members.get(m).criteria().get(k).points();
                }
                r[3 + n] = cm.mean();
                r[4 + n] = cm.min();
                r[5 + n] = cm.max();
                r[6 + n] = cm.maxPoints();
                x.row(r);
            }
            for (PartCode p : PartCode.values()) {
                Object[] r = new Object[n + 4];
                r[0] = t(lang, "Phần ", "Part ") + p;
                r[1] = p.name();
                r[2] = labels.part(sheet, p);
                for (int m = 0; m < n; m++) {
                    r[3 + m] = members.get(m).part(p);
                }
                r[3 + n] = c.parts().get(p);
                x.row(r);
            }
            Object[] total = new Object[n + 4];
            total[0] = t(lang, "Tổng điểm", "Total");
            for (int m = 0; m < n; m++) {
                total[3 + m] = members.get(m).total();
            }
            total[3 + n] = c.total();
            x.row(total);
            Object[] rank = new Object[n + 4];
            rank[0] = t(lang, "Hạng (sao)", "Rank (stars)");
            for (int m = 0; m < n; m++) {
                ScoreCard card = members.get(m);
                rank[3 + m] = card.ranked() ? (Object) card.stars().getAsInt() : t(lang, "bị loại", "knocked out");
            }
            rank[3 + n] = c.ranked() ? (Object) c.stars().getAsInt() : t(lang, "không xếp hạng", "not ranked");
            x.row(rank);
        }
    }

    private static String t(Lang lang, String vietnamese, String english) {
        return Printout.t(lang, vietnamese, english);
    }
}
