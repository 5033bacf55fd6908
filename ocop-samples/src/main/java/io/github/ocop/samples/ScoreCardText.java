package io.github.ocop.samples;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.Labels;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.core.scoring.UnmetMinimum;

import java.util.List;

/** Renders a score card as a readable text report (phiếu kết quả), its fixed wording in the labels' language. */
final class ScoreCardText {
    private static final int WIDTH = 64;

    private ScoreCardText() {
    }

    static String render(RuleSet rules, ScoreCard card) {
        return render(rules, card, Lang.vi.labels(rules));
    }

    static String render(RuleSet rules, ScoreCard card, Labels labels) {
        ScoringSheet sheet = rules.sheet(card.sheetId()).orElseThrow();
        StringBuilder b = new StringBuilder();
        java.util.Locale locale = labels.locale();
        b.append(CliMessages.text(locale, "card.title")).append('\n');
        b.append(CliMessages.text(locale, "card.ruleSet", rules.id(), rules.instrument().number())).append('\n');
        b.append(Official.notice(rules));
        b.append(Official.sheetNotice(rules, card.sheetId(), labels));
        b.append(CliMessages.text(locale, "card.sheet", sheet.id(), labels.sheet(sheet))).append('\n');
        labels.notice().ifPresent(n -> b.append('(').append(n).append(")\n"));
        b.append(CliMessages.text(locale, "card.product", card.assessment().product().name()));
        java.util.Optional.ofNullable(card.assessment().product().subject()).ifPresent(s ->
                b.append(' ').append(CliMessages.text(locale, "card.subject", s.name(), s.type().format(locale))));
        b.append('\n');
        if (!card.assessment().assessor().isEmpty()) {
            b.append(CliMessages.text(locale, "card.assessor", card.assessment().assessor())).append('\n');
        }
        b.append('\n');
        String criterionHeading = CliMessages.text(locale, "card.heading.criterion");
        b.append(criterionHeading).append(" ".repeat(Math.max(1, WIDTH + 2 - criterionHeading.length())))
                .append(CliMessages.text(locale, "card.heading.columns")).append('\n');
        for (Part p : sheet.parts()) {
            line(b, CliMessages.text(locale, "card.part", p.code(), labels.part(sheet, p.code())), "",
                    card.part(p.code()), p.maxPoints());
            for (Section s : p.sections()) {
                section(b, card, s, "  ", labels, sheet);
            }
        }
        b.append('\n');
        b.append(CliMessages.text(locale, "card.total", card.total(), sheet.maxPoints())).append('\n');
        StarBand band = rules.starRanking().band(card.bandStars());
        int upper = card.bandStars() == 5 ? 100 : rules.starRanking().band(card.bandStars() + 1).minPoints();
        b.append(card.bandStars() == 5
                ? CliMessages.text(locale, "card.band.top", card.bandStars(), band.minPoints(), 100)
                : CliMessages.text(locale, "card.band", card.bandStars(), band.minPoints(), upper)).append('\n');
        if (card.ranked()) {
            int s = card.stars().getAsInt();
            b.append(CliMessages.text(locale, "card.rank", s, "★".repeat(s) + "☆".repeat(5 - s))).append('\n');
        } else {
            b.append(CliMessages.text(locale, "card.unranked")).append('\n');
            for (KnockOut k : card.knockOuts()) {
                b.append("  - ").append(k.text()).append('\n');
            }
        }
        List<UnmetMinimum> unmet = card.unmetMinimums();
        if (!unmet.isEmpty()) {
            b.append(CliMessages.text(locale, "card.unmet.heading")).append('\n');
            for (UnmetMinimum u : unmet) {
                Criterion c = sheet.criterion(u.criterion()).orElseThrow();
                b.append("  - ").append(u.criterion()).append(' ').append(shorten(labels.criterion(sheet, c.code()), 40))
                        .append(": ").append(CliMessages.text(locale, "card.unmet", u.requirement().option(),
                                u.requirement().requiredPoints(), u.requiredFor(),
                                u.answer() == null ? "—" : u.answer(), u.points()))
                        .append(u.requiredFor() <= card.bandStars()
                                ? "  " + CliMessages.text(locale, "card.unmet.limits") : "").append('\n');
            }
        }
        for (String w : card.warnings()) {
            b.append(CliMessages.text(locale, "card.note", w)).append('\n');
        }
        card.ruleSetDigest().ifPresent(d -> b.append(CliMessages.text(locale, "card.digest", d.substring(0, 12)))
                .append('\n'));
        return b.toString().stripTrailing();
    }

    private static void section(StringBuilder b, ScoreCard card, Section s, String indent, Labels labels,
            ScoringSheet sheet) {
        boolean single = s.sections().isEmpty() && s.criteria().size() == 1 && s.criteria().get(0).code().equals(s.code());
        if (single) {
            criterion(b, card, s.criteria().get(0), indent, labels, sheet);
            return;
        }
        line(b, indent + s.code() + ". " + labels.section(sheet, s.code()), "", card.sections().getOrDefault(s.code(), 0), s.maxPoints());
        for (Section sub : s.sections()) {
            section(b, card, sub, indent + "  ", labels, sheet);
        }
        for (Criterion c : s.criteria()) {
            criterion(b, card, c, indent + "  ", labels, sheet);
        }
    }

    private static void criterion(StringBuilder b, ScoreCard card, Criterion c, String indent, Labels labels,
            ScoringSheet sheet) {
        CriterionScore cs = card.criterion(c.code()).orElseThrow();
        boolean none = cs.applicable() && (cs.answer() == null || Assessment.NONE.equals(cs.answer()));
        String chosen = cs.applicable() && !none ? cs.answer() : "—";
        line(b, indent + c.code() + " " + labels.criterion(sheet, c.code()), chosen, cs.points(), cs.maxPoints());
        if (!cs.applicable() || none) {
            // said in words after the points: "không áp dụng", "không chọn phương án nào: 0 điểm"
            b.setLength(b.length() - 1);
            b.append("  ").append(CliMessages.text(labels.locale(), cs.applicable() ? "card.noOption"
                    : "card.notApplicable")).append('\n');
        }
    }

    private static void line(StringBuilder b, String label, String option, int points, int max) {
        String l = shorten(label, WIDTH);
        b.append(l).append(" ".repeat(Math.max(1, WIDTH + 2 - l.length())));
        // as String.format("%-5s %3d / %d") would, without the Formatter (its first use costs a cold start ~10 ms)
        String p = Integer.toString(points);
        b.append(option).append(" ".repeat(Math.max(0, 5 - option.length()))).append(' ')
                .append(" ".repeat(Math.max(0, 3 - p.length()))).append(p).append(" / ").append(max).append('\n');
    }

    static String shorten(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }
}
