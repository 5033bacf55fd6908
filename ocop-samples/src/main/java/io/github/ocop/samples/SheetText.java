package io.github.ocop.samples;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.rules.Labels;

/** Renders a scoring sheet as text: criteria, options with keys, points and star marks. */
final class SheetText {
    private SheetText() {
    }

    static String render(RuleSet rules, ScoringSheet sheet) {
        return render(rules, sheet, Lang.vi.labels(rules));
    }

    static String render(RuleSet rules, ScoringSheet sheet, Labels labels) {
        java.util.Locale l = labels.locale();
        StringBuilder b = new StringBuilder();
        b.append(CliMessages.text(l, "sheetText.title", rules.id(), "QĐ " + rules.instrument().number(), sheet.id(),
                labels.sheet(sheet))).append('\n');
        labels.notice().ifPresent(n -> b.append('(').append(n).append(")\n"));
        sheet.classification().ifPresent(c -> b.append('(').append(c).append(")\n"));
        for (String d : labels.deviations(sheet)) {
            b.append(CliMessages.text(l, "sheetText.deviation", ValidateCommand.deviation(d))).append('\n');
        }
        for (KnockOut k : sheet.knockOuts()) {
            if (k.criterion() == null) {
                b.append(k.text()).append('\n');
            }
        }
        for (Part p : sheet.parts()) {
            b.append('\n').append(CliMessages.text(l, "sheetText.part", p.code(), labels.part(sheet, p.code()),
                    p.maxPoints())).append('\n');
            for (Section s : p.sections()) {
                section(b, sheet, s, "", labels);
            }
        }
        b.append('\n').append(CliMessages.text(l, "sheetText.stars")).append('\n');
        return b.toString().stripTrailing();
    }

    private static void section(StringBuilder b, ScoringSheet sheet, Section s, String indent, Labels labels) {
        boolean single = s.sections().isEmpty() && s.criteria().size() == 1 && s.criteria().get(0).code().equals(s.code());
        if (!single) {
            b.append(indent).append(s.code()).append(". ").append(labels.section(sheet, s.code())).append(" (").append(s.maxPoints())
                    .append(")\n");
        }
        for (Section sub : s.sections()) {
            section(b, sheet, sub, indent + "  ", labels);
        }
        for (Criterion c : s.criteria()) {
            String ci = single ? indent : indent + "  ";
            b.append(ci).append(c.code()).append(' ').append(labels.criterion(sheet, c.code())).append(" (")
                    .append(CliMessages.text(labels.locale(), "sheetText.max", c.maxPoints())).append(")\n");
            c.applicability().ifPresent(a -> b.append(ci).append("  [").append(a.text()).append("]\n"));
            String lastCase = null;
            for (Option o : c.options()) {
                if (o.caseLabel() != null && !o.caseLabel().equals(lastCase)) {
                    b.append(ci).append("  ").append(o.caseLabel()).append('\n');
                    lastCase = o.caseLabel();
                }
                b.append(ci).append("  ").append(o.key()).append(") ").append(String.format("%2d", o.points()))
                        .append("  ").append(o.text().replace('\n', ' '))
                        .append(o.minimumFor() == null ? "" : " " + "*".repeat(o.minimumFor()))
                        .append(o.printed() ? "" : "  (" + CliMessages.text(labels.locale(), "sheet.unprinted") + ")")
                        .append('\n');
            }
            if (c.acceptsNone()) {
                b.append(ci).append("  — ").append(CliMessages.text(labels.locale(), "sheet.noOption")).append('\n');
            }
            for (KnockOut k : sheet.knockOuts()) {
                if (c.code().equals(k.criterion())) {
                    b.append(ci).append("  ").append(k.text()).append('\n');
                }
            }
        }
    }
}
