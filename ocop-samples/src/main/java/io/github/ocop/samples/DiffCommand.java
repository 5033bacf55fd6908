package io.github.ocop.samples;

import io.github.ocop.core.compare.CriterionDiff;
import io.github.ocop.core.compare.NumberChange;
import io.github.ocop.core.compare.RuleSetDiff;
import io.github.ocop.core.compare.SheetDiff;
import io.github.ocop.core.compare.TitleMatch;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.rules.ComparisonJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code ocop diff --from ID --to ID [--group I] [--format text|json]}: what changed between two rule sets. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two rule sets: part maxima, bands, groups and subgroups, sheets, criteria and minima.")
final class DiffCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Option(names = "--from", required = true, paramLabel = "ID", description = "The older rule set, e.g. qd-1048-2019.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ID", description = "The newer rule set, e.g. qd-26-2026.")
    String to;

    @Option(names = "--group", paramLabel = "CODE", description = "Only this product group, e.g. I.")
    String group;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet a = rulesFiles.registry().get(from);
        RuleSet b = rulesFiles.registry().get(to);
        RuleSetDiff d;
        try {
            d = RuleSetDiff.of(a, b, group);
        } catch (IllegalArgumentException e) {
            throw new OcopInputException("--group", List.of(new Problem(group, e.getMessage())));
        }
        var out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? ComparisonJson.diff(d) : render(d));
        out.flush();
        return 0;
    }

    static String render(RuleSetDiff d) {
        StringBuilder b = new StringBuilder();
        b.append("SO SÁNH BỘ TIÊU CHÍ: ").append(d.from()).append(" → ").append(d.to())
                .append(d.group().map(g -> " (nhóm " + g + ")").orElse("")).append("\n\n");
        b.append("Điểm tối đa từng phần:\n");
        d.parts().forEach(p -> number(b, "Phần " + p.item(), p));
        b.append("Khung điểm (điểm thấp nhất của hạng sao):\n");
        d.bands().forEach(p -> number(b, p.item() + " sao", p));
        b.append("\nNhóm sản phẩm:\n");
        d.groups().forEach(m -> title(b, m));
        b.append("\nPhân nhóm:\n");
        d.subgroups().forEach(m -> title(b, m));
        for (SheetDiff s : d.sheets()) {
            b.append("\nPhiếu ").append(s.fromSheet()).append(" (").append(s.fromTitle()).append(") → phiếu ")
                    .append(s.toSheet()).append(" (").append(s.toTitle()).append(")\n");
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
                        .append(": tối đa ").append(c.fromMaxPoints()).append(" → ").append(c.toMaxPoints())
                        .append('\n');
            }
            b.append("  Yêu cầu tối thiểu (số phương án đánh dấu):");
            s.toMinima().forEach((level, n) -> b.append(' ').append(level).append(" sao ")
                    .append(s.fromMinima().getOrDefault(level, 0)).append(" → ").append(n).append(';'));
            b.setLength(b.length() - 1);
            b.append('\n');
        }
        if (!d.unmatchedFromSheets().isEmpty()) {
            b.append("\nPhiếu chỉ có ở ").append(d.from()).append(": ").append(String.join(", ", d.unmatchedFromSheets()))
                    .append('\n');
        }
        if (!d.unmatchedToSheets().isEmpty()) {
            b.append("Phiếu chỉ có ở ").append(d.to()).append(": ").append(String.join(", ", d.unmatchedToSheets()))
                    .append('\n');
        }
        b.append("\n(Ghép theo tên đã chuẩn hóa: không phân biệt hoa thường, dấu, dấu câu; xem docs/output-format.md.)");
        return b.toString();
    }

    private static void number(StringBuilder b, String label, NumberChange c) {
        b.append("  ").append(label).append(": ").append(c.from() == null ? "—" : c.from()).append(" → ")
                .append(c.to() == null ? "—" : c.to()).append(c.changed() ? "  (thay đổi)" : "").append('\n');
    }

    private static void title(StringBuilder b, TitleMatch m) {
        switch (m.change()) {
            case SAME -> b.append("  = ").append(m.toCode()).append(' ').append(m.toTitle())
                    .append(m.fromCode().equals(m.toCode()) ? "" : " (trước: " + m.fromCode() + ")");
            case RENAMED -> b.append("  ~ ").append(m.fromCode()).append(' ').append(m.fromTitle()).append(" → ")
                    .append(m.toCode()).append(' ').append(m.toTitle());
            case ADDED -> b.append("  + ").append(m.toCode()).append(' ').append(m.toTitle());
            case REMOVED -> b.append("  - ").append(m.fromCode()).append(' ').append(m.fromTitle());
        }
        b.append('\n');
    }
}
