package io.github.ocop.samples;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.whatif.CriterionChange;
import io.github.ocop.core.whatif.ScoreComparison;
import io.github.ocop.core.whatif.WhatIf;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.ComparisonJson;
import io.github.ocop.rules.Labels;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ocop what-if FILE --set 1.1=c [--set 4.1=d]... [--format text|json]}: re-scores with answers changed. */
@Command(name = "what-if", mixinStandardHelpOptions = true)
final class WhatIfCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--set", required = true, paramLabel = "CODE=KEY")
    List<String> sets;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG")
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, String> changes = new LinkedHashMap<>();
        for (String s : sets) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new OcopCli.UsageException(CliMessages.text(lang.locale(), "whatif.setSyntax", s));
            }
            if (changes.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip()) != null) {
                throw new OcopCli.UsageException(CliMessages.text(lang.locale(), "whatif.setTwice",
                        s.substring(0, eq).strip()));
            }
        }
        Assessment a = AssessmentReader.read(file, lang.locale());
        RuleSet rules;
        ScoreComparison c;
        try {
            rules = rulesFiles.registry().get(a.ruleSet());
            c = WhatIf.of(rules).apply(a, changes);
        } catch (OcopInputException e) {
            throw e.withSource(WhatIf.SOURCE.equals(e.source()) ? "--set" : file.toString());
        }
        var out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? ComparisonJson.whatIf(c)
                : Official.notice(rules) + Official.sheetNotice(rules, a.sheet(), lang.labels(rules)) + render(c, rules.sheet(a.sheet()).orElseThrow(), lang.labels(rules)));
        out.flush();
        return 0;
    }

    static String render(ScoreComparison c, ScoringSheet sheet, Labels labels) {
        StringBuilder b = new StringBuilder();
        ScoreCard before = c.before();
        ScoreCard after = c.after();
        java.util.Locale locale = labels.locale();
        b.append(CliMessages.text(locale, "whatif.title", before.assessment().product().name())).append('\n');
        b.append(CliMessages.text(locale, "whatif.sheet", before.ruleSetId(), sheet.id(), labels.sheet(sheet)))
                .append('\n');
        labels.notice().ifPresent(n -> b.append('(').append(n).append(")\n"));
        b.append('\n');
        if (c.changes().isEmpty()) {
            b.append(CliMessages.text(locale, "whatif.noChange")).append('\n');
        }
        for (CriterionChange ch : c.changes()) {
            b.append(ch.criterion()).append(' ')
                    .append(ScoreCardText.shorten(labels.criterion(sheet, ch.criterion()), 50)).append(": ")
                    .append(answer(ch.from())).append(" (").append(ch.fromPoints()).append(") → ")
                    .append(answer(ch.to())).append(" (").append(ch.toPoints()).append(")  ")
                    .append(signed(ch.difference())).append('\n');
        }
        b.append('\n');
        b.append(String.format("%-22s %6s %6s %6s%n", "", CliMessages.text(locale, "whatif.before"),
                CliMessages.text(locale, "whatif.after"), CliMessages.text(locale, "whatif.difference")));
        for (PartCode p : before.parts().keySet()) {
            row(b, CliMessages.text(locale, "whatif.part", p), before.part(p), after.part(p));
        }
        row(b, CliMessages.text(locale, "whatif.total"), before.total(), after.total());
        row(b, CliMessages.text(locale, "whatif.band"), before.bandStars(), after.bandStars());
        b.append(String.format("%-22s %6s %6s %6s%n", CliMessages.text(locale, "whatif.rank"), stars(before, locale),
                stars(after, locale), c.starsDifference().isPresent() ? signed(c.starsDifference().getAsInt()) : "—"));
        row(b, CliMessages.text(locale, "whatif.unmet"), before.unmetMinimums().size(), after.unmetMinimums().size());
        return b.toString().stripTrailing();
    }

    private static void row(StringBuilder b, String label, int before, int after) {
        b.append(String.format("%-22s %6d %6d %6s%n", label, before, after, signed(after - before)));
    }

    private static String stars(ScoreCard card, java.util.Locale locale) {
        return card.ranked() ? String.valueOf(card.stars().getAsInt()) : CliMessages.text(locale, "whatif.knockedOut");
    }

    private static String answer(String a) {
        return a == null ? "—" : a;
    }

    private static String signed(int d) {
        return d > 0 ? "+" + d : String.valueOf(d);
    }
}
