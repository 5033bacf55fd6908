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

import java.util.Locale;

/**
 * Renders explanations and improvement plans as readable text, in the labels' language (Vietnamese or English)
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
                c.chosenText().ifPresent(t -> b.append(": ").append(t.replace('\n', ' ')));
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
                            m.requiredPoints(), m.optionText().replace('\n', ' '),
                            m.answer() == null ? "—" : m.answer(), m.points()))
                    .append(m.blocking() ? "  " + CliMessages.text(locale, "card.unmet.limits") : "").append('\n');
        }
        if (r.ranked()) {
            b.append(CliMessages.text(locale, "card.rank", r.stars(), "★".repeat(r.stars()) + "☆".repeat(5 - r.stars())))
                    .append('\n');
        } else {
            b.append(CliMessages.text(locale, "card.unranked")).append('\n');
            for (KnockOut k : r.knockOuts()) {
                b.append("  - ").append(k.text()).append(" — ")
                        .append(io.github.ocop.core.text.Messages.render(k.citation(), locale)).append('\n');
            }
        }
        for (String w : e.card().warnings()) {
            b.append(CliMessages.text(locale, "card.note", w)).append('\n');
        }
        return b.toString().stripTrailing();
    }

    static String render(ImprovementPlan plan, ScoringSheet sheet, Lang lang, Labels labels) {
        Locale l = lang.locale();
        StringBuilder b = new StringBuilder();
        if (!io.github.ocop.rules.RuleSets.isOfficial(plan.current().ruleSetId(), plan.current().ruleSetDigest())) {
            b.append(Official.NOTICE_PREFIX).append(plan.current().ruleSetId()).append(Official.NOTICE_SUFFIX)
                    .append('\n');
        }
        b.append(CliMessages.text(l, "advise.title", plan.target())).append('\n');
        b.append(CliMessages.text(l, "advise.product", plan.current().assessment().product().name(), sheet.id()))
                .append('\n');
        b.append(CliMessages.text(l, "advise.current", plan.current().total(), plan.current().ranked()
                ? CliMessages.counted(l, plan.current().stars().getAsInt(), "advise.stars.one", "advise.stars",
                        plan.current().stars().getAsInt())
                : CliMessages.text(l, "advise.notRanked"))).append('\n');
        if (!plan.reachable()) {
            b.append(CliMessages.text(l, "advise.unreachable", plan.reason().orElseThrow())).append('\n');
            return b.toString().stripTrailing();
        }
        if (plan.changes().isEmpty()) {
            b.append(CliMessages.text(l, "advise.reached")).append('\n');
            return b.toString().stripTrailing();
        }
        b.append(CliMessages.counted(l, plan.changes().size(), "advise.changes.one", "advise.changes",
                plan.changes().size(), plan.pointsAdded())).append('\n');
        for (PlannedChange c : plan.changes()) {
            Criterion cr = sheet.criterion(c.criterion()).orElseThrow();
            b.append("  ").append(c.criterion()).append(' ').append(ScoreCardText.shorten(labels.criterion(sheet, cr.code()), 50))
                    .append(": ").append(c.from() == null ? CliMessages.text(l, "advise.notApplied") : c.from()).append(" → ")
                    .append(c.to()).append(" (+").append(c.pointsGained()).append(")\n");
            cr.option(c.to()).ifPresent(o -> b.append("      ").append(o.text().replace('\n', ' '))
                    .append('\n'));
        }
        var after = plan.result().orElseThrow();
        b.append(CliMessages.text(l, "advise.after", after.total(),
                CliMessages.counted(l, after.stars().getAsInt(), "advise.stars.one", "advise.stars",
                        after.stars().getAsInt()))).append('\n');
        return b.toString().stripTrailing();
    }
}
