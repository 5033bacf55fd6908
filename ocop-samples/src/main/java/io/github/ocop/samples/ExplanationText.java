package io.github.ocop.samples;

import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.advice.PlannedChange;
import io.github.ocop.core.explain.CriterionLine;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.explain.MinimumLine;
import io.github.ocop.core.explain.PartLine;
import io.github.ocop.core.explain.RankLine;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.rules.Labels;

/** Renders explanations and improvement plans as readable text with Vietnamese labels (giải trình). */
final class ExplanationText {
    private ExplanationText() {
    }

    static String render(Explanation e) {
        return render(e, Lang.vi.labels(e.ruleSet()));
    }

    static String render(Explanation e, Labels labels) {
        StringBuilder b = new StringBuilder();
        b.append(Official.notice(e.ruleSet()));
        b.append(Official.sheetNotice(e.ruleSet(), e.sheet().id(), labels));
        b.append("GIẢI TRÌNH KẾT QUẢ ĐÁNH GIÁ SẢN PHẨM OCOP\n");
        b.append("Bộ tiêu chí: ").append(e.ruleSet().id()).append(" (QĐ ").append(e.ruleSet().instrument().number())
                .append(")\n");
        b.append("Phiếu ").append(e.sheet().id()).append(": ").append(labels.sheet(e.sheet())).append('\n');
        labels.notice().ifPresent(n -> b.append('(').append(n).append(")\n"));
        b.append("Sản phẩm: ").append(e.card().assessment().product().name()).append("\n\n");
        for (CriterionLine c : e.criteria()) {
            b.append(c.code()).append(' ').append(ScoreCardText.shorten(labels.criterion(e.sheet(), c.code()), 70)).append('\n');
            if (!c.applicable()) {
                b.append("    không áp dụng: ").append(c.condition()).append('\n');
            } else {
                b.append("    chọn ").append(c.answer());
                c.chosenText().ifPresent(t -> b.append(": ").append(ScoreCardText.shorten(t, 90)));
                b.append('\n');
            }
            b.append("    ").append(c.points()).append(" / ").append(c.maxPoints()).append(" điểm — ")
                    .append(c.citation()).append('\n');
        }
        b.append('\n');
        for (PartLine p : e.parts()) {
            b.append("Phần ").append(p.code()).append(" (").append(labels.part(e.sheet(), p.code())).append("): ").append(p.points())
                    .append(" / ").append(p.maxPoints()).append('\n');
        }
        b.append("TỔNG ĐIỂM: ").append(e.total()).append(" / ").append(e.maxTotal()).append('\n');
        RankLine r = e.rank();
        b.append("Khung điểm: ").append(r.bandStars()).append(" sao (từ ").append(r.bandMinPoints())
                .append(r.bandUpper() == null ? " đến 100" : " đến dưới " + r.bandUpper()).append(") — ")
                .append(r.bandCitation()).append('\n');
        b.append("Yêu cầu tối thiểu theo hạng sao:\n");
        if (e.minima().isEmpty()) {
            b.append("  (phiếu không đánh dấu yêu cầu tối thiểu)\n");
        }
        for (MinimumLine m : e.minima()) {
            b.append("  ").append(m.met() ? "[đạt]     " : m.blocking() ? "[CHƯA ĐẠT]" : "[chưa đạt]").append(' ')
                    .append(m.requiredFor()).append(" sao: ").append(m.criterion()).append(" cần ").append(m.option())
                    .append(" (").append(m.requiredPoints()).append(" điểm: ")
                    .append(ScoreCardText.shorten(m.optionText(), 60)).append("); đã chọn ")
                    .append(m.answer() == null ? "—" : m.answer()).append(" (").append(m.points()).append(" điểm)")
                    .append(m.blocking() ? "  ← giới hạn hạng sao" : "").append('\n');
        }
        if (r.ranked()) {
            b.append("XẾP HẠNG: ").append(r.stars()).append(" sao ").append("★".repeat(r.stars()))
                    .append("☆".repeat(5 - r.stars())).append('\n');
        } else {
            b.append("XẾP HẠNG: không xếp hạng (bị loại)\n");
            for (KnockOut k : r.knockOuts()) {
                b.append("  - ").append(k.id()).append(": ").append(k.text()).append(" — ").append(k.citation())
                        .append('\n');
            }
        }
        for (String w : e.card().warnings()) {
            b.append("Lưu ý: ").append(w).append('\n');
        }
        return b.toString().stripTrailing();
    }

    static String render(ImprovementPlan plan, ScoringSheet sheet) {
        StringBuilder b = new StringBuilder();
        if (!io.github.ocop.rules.RuleSets.isOfficial(plan.current().ruleSetId(), plan.current().ruleSetDigest())) {
            b.append(Official.NOTICE_PREFIX).append(plan.current().ruleSetId()).append(Official.NOTICE_SUFFIX)
                    .append('\n');
        }
        b.append("KẾ HOẠCH NÂNG HẠNG: mục tiêu ").append(plan.target()).append(" sao\n");
        b.append("Sản phẩm: ").append(plan.current().assessment().product().name()).append(" — phiếu ")
                .append(sheet.id()).append('\n');
        b.append("Hiện tại: ").append(plan.current().total()).append(" điểm, ")
                .append(plan.current().ranked() ? plan.current().stars().getAsInt() + " sao" : "không xếp hạng")
                .append('\n');
        if (!plan.reachable()) {
            b.append("KHÔNG THỂ ĐẠT: ").append(plan.reason().orElseThrow()).append('\n');
            return b.toString().stripTrailing();
        }
        if (plan.changes().isEmpty()) {
            b.append("Đã đạt mục tiêu: không cần thay đổi.\n");
            return b.toString().stripTrailing();
        }
        b.append("Cần thay đổi ").append(plan.changes().size()).append(" tiêu chí (+").append(plan.pointsAdded())
                .append(" điểm):\n");
        for (PlannedChange c : plan.changes()) {
            Criterion cr = sheet.criterion(c.criterion()).orElseThrow();
            b.append("  ").append(c.criterion()).append(' ').append(ScoreCardText.shorten(cr.title(), 50)).append(": ")
                    .append(c.from() == null ? "(chưa áp dụng)" : c.from()).append(" → ").append(c.to())
                    .append(" (+").append(c.pointsGained()).append(")\n");
            cr.option(c.to()).ifPresent(o -> b.append("      ").append(ScoreCardText.shorten(o.text(), 90))
                    .append('\n'));
        }
        var after = plan.result().orElseThrow();
        b.append("Sau khi thay đổi: ").append(after.total()).append(" điểm, ").append(after.stars().getAsInt())
                .append(" sao\n");
        return b.toString().stripTrailing();
    }
}
