package io.github.ocop.samples;

import io.github.ocop.core.compare.CriterionDiff;
import io.github.ocop.core.compare.NumberChange;
import io.github.ocop.core.compare.RuleSetDiff;
import io.github.ocop.core.compare.SheetDiff;
import io.github.ocop.core.compare.TitleMatch;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.ComparisonJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code ocop diff --from ID --to ID [--group I] [--format text|json]}: what changed between two rule sets. */
@Command(name = "diff", mixinStandardHelpOptions = true)
final class DiffCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Option(names = "--from", required = true, paramLabel = "ID")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ID")
    String to;

    @Option(names = "--group", paramLabel = "CODE")
    String group;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet a = rulesFiles.registry().get(from);
        RuleSet b = rulesFiles.registry().get(to);
        // RuleSetDiff refuses a group neither rule set has, naming those that exist, in the clerk's language
        RuleSetDiff d = ProcessDates.located("--group", () -> RuleSetDiff.of(a, b, group));
        var out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? ComparisonJson.diff(d) : render(d, language.locale()));
        out.flush();
        return 0;
    }

    static String render(RuleSetDiff d) {
        return render(d, Lang.vi.locale());
    }

    static String render(RuleSetDiff d, Locale l) {
        StringBuilder b = new StringBuilder();
        b.append(tx(l, "diff.title", d.from(), d.to())).append(d.group().map(g -> " (" + tx(l, "diff.group", g) + ")")
                .orElse("")).append("\n\n");
        b.append(tx(l, "diff.parts")).append('\n');
        d.parts().forEach(p -> number(l, b, tx(l, "diff.part", p.item()), p));
        b.append(tx(l, "diff.bands")).append('\n');
        d.bands().forEach(p -> number(l, b, tx(l, "diff.stars", p.item()), p));
        b.append('\n').append(tx(l, "diff.groups")).append('\n');
        d.groups().forEach(m -> title(l, b, m));
        b.append('\n').append(tx(l, "diff.subgroups")).append('\n');
        d.subgroups().forEach(m -> title(l, b, m));
        for (SheetDiff s : d.sheets()) {
            b.append('\n').append(tx(l, "diff.sheet", s.fromSheet(), s.fromTitle(), s.toSheet(), s.toTitle()))
                    .append('\n');
            for (CriterionDiff c : s.added()) {
                b.append("  + ").append(c.toCode()).append(' ').append(c.title()).append(" (").append(c.toMaxPoints())
                        .append(")\n");
            }
            for (CriterionDiff c : s.removed()) {
                b.append("  - ").append(c.fromCode()).append(' ').append(c.title()).append(" (")
                        .append(c.fromMaxPoints()).append(")\n");
            }
            for (CriterionDiff c : s.maximaChanged()) {
                b.append("  ~ ").append(c.fromCode()).append(" → ").append(c.toCode()).append(' ').append(c.title())
                        .append(": ").append(tx(l, "diff.maximum", c.fromMaxPoints(), c.toMaxPoints()))
                        .append('\n');
            }
            b.append("  ").append(tx(l, "diff.minima"));
            s.toMinima().forEach((level, n) -> b.append(' ').append(tx(l, "diff.stars", level)).append(' ')
                    .append(s.fromMinima().getOrDefault(level, 0)).append(" → ").append(n).append(';'));
            b.setLength(b.length() - 1);
            b.append('\n');
        }
        if (!d.unmatchedFromSheets().isEmpty()) {
            b.append('\n').append(tx(l, "diff.onlyIn", d.from(), String.join(", ", d.unmatchedFromSheets())))
                    .append('\n');
        }
        if (!d.unmatchedToSheets().isEmpty()) {
            b.append(tx(l, "diff.onlyIn", d.to(), String.join(", ", d.unmatchedToSheets()))).append('\n');
        }
        b.append('\n').append(tx(l, "diff.matching"));
        return b.toString();
    }

    private static String tx(Locale l, String code, Object... args) {
        return CliMessages.text(l, code, args);
    }

    private static void number(Locale l, StringBuilder b, String label, NumberChange c) {
        b.append("  ").append(label).append(": ").append(c.from() == null ? "—" : c.from()).append(" → ")
                .append(c.to() == null ? "—" : c.to()).append(c.changed() ? "  (" + tx(l, "diff.changed") + ")" : "").append('\n');
    }

    private static void title(Locale l, StringBuilder b, TitleMatch m) {
        switch (m.change()) {
            case SAME -> b.append("  = ").append(m.toCode()).append(' ').append(m.toTitle())
                    .append(m.fromCode().equals(m.toCode()) ? "" : " (" + tx(l, "diff.before", m.fromCode()) + ")");
            case RENAMED -> b.append("  ~ ").append(m.fromCode()).append(' ').append(m.fromTitle()).append(" → ")
                    .append(m.toCode()).append(' ').append(m.toTitle());
            case ADDED -> b.append("  + ").append(m.toCode()).append(' ').append(m.toTitle());
            case REMOVED -> b.append("  - ").append(m.fromCode()).append(' ').append(m.fromTitle());
        }
        b.append('\n');
    }
}
