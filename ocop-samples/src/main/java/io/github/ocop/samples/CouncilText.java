package io.github.ocop.samples;

import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilUnmetMinimum;
import io.github.ocop.core.council.CouncilWarning;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.stream.Collectors;

/** Renders a council result as a readable text report with Vietnamese labels (kết quả đánh giá của Hội đồng). */
final class CouncilText {
    private CouncilText() {
    }

    static String render(RuleSet rules, CouncilEvaluation c, EvaluationOutcome next) {
        ScoringSheet sheet = rules.sheet(c.sheetId()).orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append(Official.notice(rules));
        b.append(Official.sheetNotice(rules, c.sheetId(), Lang.vi.labels(rules)));
        b.append("KẾT QUẢ ĐÁNH GIÁ CỦA HỘI ĐỒNG\n");
        b.append("Bộ tiêu chí: ").append(rules.id()).append(" (QĐ ").append(rules.instrument().number()).append(")\n");
        b.append("Phiếu ").append(sheet.id()).append(": ").append(sheet.title()).append('\n');
        b.append("Sản phẩm: ").append(c.product().name()).append('\n');
        b.append('\n');
        b.append("Thành viên chấm điểm: ").append(c.size()).append('\n');
        for (ScoreCard m : c.members()) {
            b.append(String.format("  %-16s %3d điểm (A %d, B %d, C %d)", m.assessment().assessor(), m.total(),
                    m.part(PartCode.A), m.part(PartCode.B), m.part(PartCode.C)));
            b.append(m.ranked() ? "  " + m.stars().getAsInt() + " sao" : "  bị loại").append('\n');
        }
        b.append('\n');
        b.append("ĐIỂM TRUNG BÌNH: ").append(vi(c.total().toPlainString())).append(" (").append(
                c.parts().entrySet().stream().map(e -> e.getKey() + " " + vi(e.getValue().toPlainString()))
                        .collect(Collectors.joining(", "))).append(")\n");
        b.append("Chênh lệch giữa các thành viên: ").append(c.spread()).append(" điểm (thấp nhất ")
                .append(c.minTotal()).append(", cao nhất ").append(c.maxTotal()).append(")\n");
        b.append("Khung điểm: ").append(c.bandStars()).append(" sao\n");
        if (c.ranked()) {
            int s = c.stars().getAsInt();
            b.append("XẾP HẠNG: ").append(s).append(" sao ").append("★".repeat(s)).append("☆".repeat(5 - s)).append('\n');
        } else {
            b.append("XẾP HẠNG: không xếp hạng (bị loại)\n");
        }
        if (!c.unmetMinimums().isEmpty()) {
            b.append("Yêu cầu tối thiểu chưa đạt (xét trên điểm trung bình của tiêu chí):\n");
            for (CouncilUnmetMinimum u : c.unmetMinimums()) {
                Criterion cr = sheet.criterion(u.criterion()).orElseThrow();
                b.append("  - ").append(u.criterion()).append(' ').append(cr.title()).append(": cần ")
                        .append(u.requirement().requiredPoints()).append(" điểm cho ").append(u.requiredFor())
                        .append(" sao; trung bình ").append(vi(u.mean().toPlainString()))
                        .append(u.requiredFor() <= c.bandStars() ? "  ← giới hạn hạng sao" : "").append('\n');
            }
        }
        for (CouncilWarning w : c.warnings()) {
            b.append("Cảnh báo: ").append(w.vietnamese()).append('\n');
        }
        if (next != null) {
            b.append("Bước tiếp theo: ").append(next.vietnamese()).append('\n');
            b.append("  Căn cứ: ").append(String.join("; ", next.citations())).append('\n');
        }
        b.append("Cách hiểu áp dụng: ").append(c.interpretations().stream().map(Interpretation::id)
                .collect(Collectors.joining(", "))).append('\n');
        return b.toString().stripTrailing();
    }

    /** @return a decimal as Vietnamese writes it (72,75) */
    private static String vi(String plain) {
        return io.github.ocop.core.internal.Formats.decimal(plain, io.github.ocop.core.text.Messages.VIETNAMESE);
    }
}
