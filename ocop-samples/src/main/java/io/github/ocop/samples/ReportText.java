package io.github.ocop.samples;

import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.report.EvaluatedProduct;
import io.github.ocop.core.report.NextStep;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.report.StarCounts;
import io.github.ocop.core.report.TargetProgress;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a programme report as readable text with Vietnamese labels (báo cáo kết quả đánh giá, phân hạng). */
final class ReportText {
    private ReportText() {
    }

    static String render(ProgrammeReport r) {
        return render(r, io.github.ocop.rules.RuleSets.standard());
    }

    static String render(ProgrammeReport r, io.github.ocop.rules.RuleSets registry) {
        StringBuilder b = new StringBuilder();
        r.round().products().stream().map(p -> p.ruleSet()).distinct().forEach(x -> b.append(Official.notice(x)));
        b.append("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP\n");
        b.append(r.round().title()).append('\n');
        b.append("Kế hoạch: ").append(r.round().plan().title()).append('\n');
        b.append('\n');
        b.append("Số sản phẩm được đánh giá: ").append(r.round().products().size()).append('\n');
        b.append("Theo hạng sao: ").append(counts(r.byStars())).append('\n');
        b.append("\nTheo nhóm sản phẩm:\n");
        grouped(b, r.byGroup());
        b.append("\nTheo xã, thị trấn:\n");
        grouped(b, r.byCommune());
        b.append("\nSản phẩm đề nghị cấp trên đánh giá, phân hạng (").append(r.forwarded().size()).append("):\n");
        for (NextStep s : r.forwarded()) {
            b.append("  - ").append(s.product().name()).append(" (").append(s.product().commune()).append("): ")
                    .append(points(s.product().total())).append(" điểm, ")
                    .append(s.product().stars().getAsInt()).append(" sao → ")
                    .append(s.outcome().nextLevel().orElseThrow().vietnamese()).append('\n');
        }
        if (!r.forwarded().isEmpty()) {
            b.append("  Căn cứ: ").append(String.join("; ", r.forwarded().get(0).outcome().citations())).append('\n');
        }
        b.append("\nGiấy chứng nhận hết hiệu lực từ ").append(r.round().expiryPeriod().first()).append(" đến ")
                .append(r.round().expiryPeriod().last()).append(" (").append(r.expiringCertificates().size())
                .append("):\n");
        for (EvaluatedProduct p : r.expiringCertificates()) {
            Certificate c = p.certificate().orElseThrow();
            b.append("  - ").append(p.name()).append(": ").append(c.stars()).append(" sao, cấp ngày ")
                    .append(c.issuedOn()).append(", hiệu lực đến hết ").append(c.validUntil());
            java.util.List<io.github.ocop.core.model.RuleSet> all = registry.all();
            c.reEvaluationFilingWindow(all).ifPresent(w -> {
                String cite = c.filingRules(all).flatMap(x -> x.process().certificate())
                        .flatMap(cr -> cr.reEvaluationWindow()).map(fw -> fw.citation()).orElse("");
                b.append("; nộp hồ sơ đánh giá lại từ ").append(w.first()).append(" đến ").append(w.last())
                        .append(cite.isEmpty() ? "" : " (" + cite + ")");
            });
            b.append('\n');
        }
        b.append("\nKết quả so với kế hoạch:\n");
        for (TargetProgress t : r.progress()) {
            b.append("  - ").append(t.target().vietnamese());
            if (!t.known()) {
                b.append(": chưa báo cáo kết quả — chưa đạt");
            } else {
                b.append(": đạt ").append(t.achieved()).append('/').append(t.target().count())
                        .append(t.target().kind().countedFromProducts() ? "" : " (theo báo cáo)")
                        .append(t.met() ? " — đạt" : " — chưa đạt (thiếu " + t.shortfall() + ")");
            }
            b.append('\n');
        }
        b.append(r.planMet() ? "KẾ HOẠCH: hoàn thành\n" : "KẾ HOẠCH: chưa hoàn thành\n");
        String applied = r.nextSteps().stream().flatMap(s -> s.outcome().interpretations().stream())
                .map(Interpretation::id).distinct().collect(Collectors.joining(", "));
        if (!applied.isEmpty()) {
            b.append("Cách hiểu áp dụng: ").append(applied).append('\n');
        }
        return b.toString().stripTrailing();
    }

    static String points(BigDecimal total) {
        return io.github.ocop.core.internal.Formats.decimal((total.scale() < 2 ? total.setScale(2) : total).toPlainString(),
                io.github.ocop.core.text.Messages.VIETNAMESE);
    }

    private static void grouped(StringBuilder b, Map<String, StarCounts> m) {
        m.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v.total()).append(" sản phẩm — ")
                .append(counts(v)).append('\n'));
    }

    private static String counts(StarCounts c) {
        StringBuilder b = new StringBuilder();
        for (int s = 5; s >= 1; s--) {
            b.append(s).append(" sao: ").append(c.count(s)).append("; ");
        }
        b.append("không xếp hạng: ").append(c.notRanked());
        return b.toString();
    }
}
