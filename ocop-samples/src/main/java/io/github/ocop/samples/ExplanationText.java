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

/**
 * Renders explanations (fixed wording in the labels' language) and improvement plans (Vietnamese) as readable text
 * (giải trình).
 */
final class ExplanationText {
    private ExplanationText() {
    }

    static String render(Explanation e) {
        return render(e, Lang.vi.labels(e.ruleSet()));
    }

    static String render(Explanation e, Labels labels) {
        java.util.Locale locale = labels.locale();
        StringBuilder b = new StringBuilder();
        b.append(Official.notice(e.ruleSet()));
        b.append(Official.sheetNotice(e.ruleSet(), e.sheet().id(), labels));
        b.append(CliMessages.text(locale, "explain.title")).append('\n');
        b.append(CliMessages.text(locale, "card.ruleSet", e.ruleSet().id(), e.ruleSet().instrument().number()))
                .append('\n');
        b.append(CliMessages.text(locale, "card.sheet", e.sheet().id(), labels.sheet(e.sheet()))).append('\n');
        labels.notice().ifPresent(n -> b.append('(').append(n).append(")\n"));
        b.append(CliMessages.text(locale, "card.product", e.card().assessment().product().name())).append("\n\n");
        for (CriterionLine c : e.criteria()) {
            b.append(c.code()).append(' ').append(ScoreCardText.shorten(labels.criterion(e.sheet(), c.code()), 70)).append('\n');
            if (!c.applicable()) {
                b.append("    ").append(CliMessages.text(locale, "explain.notApplicable", c.condition())).append('\n');
            } else {
                b.append("    ").append(CliMessages.text(locale, "explain.chosen", c.answer()));
                c.chosenText().ifPresent(t -> b.append(": ").append(ScoreCardText.shorten(t, 90)));
                b.append('\n');
            }
            b.append("    ").append(CliMessages.text(locale, "explain.points", c.points(), c.maxPoints(),
                    c.citation())).append('\n');
        }
        b.append('\n');
        for (PartLine p : e.parts()) {
            b.append(CliMessages.text(locale, "explain.part", p.code(), labels.part(e.sheet(), p.code()), p.points(),
                    p.maxPoints())).append('\n');
        }
        b.append(CliMessages.text(locale, "card.total", e.total(), e.maxTotal())).append('\n');
        RankLine r = e.rank();
        b.append(r.bandUpper() == null
                ? CliMessages.text(locale, "explain.band.top", r.bandStars(), r.bandMinPoints(), 100, r.bandCitation())
                : CliMessages.text(locale, "explain.band", r.bandStars(), r.bandMinPoints(), r.bandUpper(),
                        r.bandCitation())).append('\n');
        b.append(CliMessages.text(locale, "explain.minima.heading")).append('\n');
        if (e.minima().isEmpty()) {
            b.append("  ").append(CliMessages.text(locale, "explain.minima.none")).append('\n');
        }
        for (MinimumLine m : e.minima()) {
            String status = CliMessages.text(locale, m.met() ? "explain.minimum.met"
                    : m.blocking() ? "explain.minimum.blocking" : "explain.minimum.unmet");
            b.append("  ").append(String.format("%-10s", status)).append(' ')
                    .append(CliMessages.text(locale, "explain.minimum", m.requiredFor(), m.criterion(), m.option(),
                            m.requiredPoints(), ScoreCardText.shorten(m.optionText(), 60),
                            m.answer() == null ? "—" : m.answer(), m.points()))
                    .append(m.blocking() ? "  " + CliMessages.text(locale, "card.unmet.limits") : "").append('\n');
        }
        if (r.ranked()) {
            b.append(CliMessages.text(locale, "card.rank", r.stars(), "★".repeat(r.stars()) + "☆".repeat(5 - r.stars())))
                    .append('\n');
        } else {
            b.append(CliMessages.text(locale, "card.unranked")).append('\n');
            for (KnockOut k : r.knockOuts()) {
                b.append("  - ").append(k.id()).append(": ").append(k.text()).append(" — ")
                        .append(io.github.ocop.core.text.Messages.render(k.citation(), locale)).append('\n');
            }
        }
        for (String w : e.card().warnings()) {
            b.append(CliMessages.text(locale, "card.note", w)).append('\n');
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
            b.append("KHÔNG THỂ ĐẠT: ").append(plan.reason().orElseThrow().format(io.github.ocop.core.text.Messages.VIETNAMESE)).append('\n');
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
