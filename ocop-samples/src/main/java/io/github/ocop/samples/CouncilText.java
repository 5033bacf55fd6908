package io.github.ocop.samples;

import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilUnmetMinimum;
import io.github.ocop.core.council.CouncilWarning;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.scoring.ScoreCard;

import io.github.ocop.rules.Labels;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a council result as a readable text report (kết quả đánh giá của Hội đồng), in Vietnamese or English
 * (fixed wording from the tool's bundle; option texts stay Vietnamese).
 */
final class CouncilText {
    private CouncilText() {
    }

    static String render(RuleSet rules, CouncilEvaluation c, EvaluationOutcome next) {
        return render(rules, c, next, Lang.vi);
    }

    static String render(RuleSet rules, CouncilEvaluation c, EvaluationOutcome next, Lang lang) {
        Locale l = lang.locale();
        Labels labels = lang.labels(rules);
        ScoringSheet sheet = rules.sheet(c.sheetId()).orElseThrow();
        StringBuilder b = new StringBuilder();
        b.append(Official.notice(rules));
        b.append(Official.sheetNotice(rules, c.sheetId(), labels));
        b.append(tx(l, "council.title")).append('\n');
        b.append(tx(l, "council.ruleSet", rules.id(), "QĐ " + rules.instrument().number())).append('\n');
        b.append(tx(l, "council.sheet", sheet.id(), labels.sheet(sheet))).append('\n');
        b.append(tx(l, "council.product", c.product().name())).append('\n');
        b.append('\n');
        b.append(tx(l, "council.members", c.size())).append('\n');
        for (ScoreCard m : c.members()) {
            b.append(String.format("  %-16s %s", m.assessment().assessor(), tx(l, "council.member", pad(m.total()),
                    m.part(PartCode.A), m.part(PartCode.B), m.part(PartCode.C))));
            b.append("  ").append(m.ranked() ? CliMessages.counted(l, m.stars().getAsInt(),
                    "council.member.stars.one", "council.member.stars", m.stars().getAsInt())
                    : tx(l, "council.member.knockedOut")).append('\n');
        }
        b.append('\n');
        b.append(tx(l, "council.mean", dec(c.total().toPlainString(), l),
                c.parts().entrySet().stream().map(e -> e.getKey() + " " + dec(e.getValue().toPlainString(), l))
                        .collect(Collectors.joining(", ")))).append('\n');
        b.append(tx(l, "council.spread", c.spread(), c.minTotal(), c.maxTotal())).append('\n');
        b.append(CliMessages.counted(l, c.bandStars(), "council.band.one", "council.band", c.bandStars())).append('\n');
        if (c.ranked()) {
            int s = c.stars().getAsInt();
            b.append(CliMessages.counted(l, s, "council.rank.one", "council.rank", s)).append(' ').append("★".repeat(s)).append("☆".repeat(5 - s)).append('\n');
        } else {
            b.append(tx(l, "council.unranked")).append('\n');
        }
        if (!c.unmetMinimums().isEmpty()) {
            b.append(tx(l, "council.unmet.heading")).append('\n');
            for (CouncilUnmetMinimum u : c.unmetMinimums()) {
                b.append("  - ").append(u.criterion()).append(' ').append(labels.criterion(sheet, u.criterion()))
                        .append(": ").append(tx(l, "council.unmet", u.requirement().requiredPoints(), u.requiredFor(),
                                dec(u.mean().toPlainString(), l)))
                        .append(u.requiredFor() <= c.bandStars() ? "  " + tx(l, "card.unmet.limits") : "").append('\n');
            }
        }
        for (CouncilWarning w : c.warnings()) {
            b.append(tx(l, "council.warning", w.text(lang.locale()))).append('\n');
        }
        if (next != null) {
            b.append(tx(l, "council.next", next.text(lang.locale()))).append('\n');
            b.append("  ").append(tx(l, "report.grounds", Citations.join(next.citations()))).append('\n');
        }
        // the readings' texts are English data of the rule set: listed with --lang en; the Vietnamese report counts
        // them (the JSON output names them for programs)
        if (!c.interpretations().isEmpty()) {
            if (lang == Lang.en) {
                b.append(tx(l, "report.readings")).append('\n');
                c.interpretations().forEach(i -> b.append("  - ").append(i.text()).append('\n'));
            } else {
                b.append(tx(l, "report.readings.count", c.interpretations().size())).append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    private static String pad(int total) {
        return String.format("%3d", total);
    }

    private static String tx(Locale l, String code, Object... args) {
        return CliMessages.text(l, code, args);
    }

    /** @return a decimal as the language writes it (72,75 in Vietnamese) */
    private static String dec(String plain, Locale l) {
        return io.github.ocop.core.internal.Formats.decimal(plain, l);
    }

}
