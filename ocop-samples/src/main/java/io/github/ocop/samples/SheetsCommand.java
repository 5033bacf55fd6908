package io.github.ocop.samples;

import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.internal.MissingSheet;
import io.github.ocop.rules.Labels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.List;
import java.util.stream.Collectors;

/** {@code ocop sheets --rule-set ID [--rules-file FILE]...}: lists the sheets of a rule set and the subgroups each scores. */
@Command(name = "sheets", mixinStandardHelpOptions = true)
final class SheetsCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @Option(names = "--rule-set", required = true, paramLabel = "ID")
    String ruleSet;

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet rules = rulesFiles.registry().get(ruleSet);
        var out = spec.commandLine().getOut();
        java.util.Locale l = language.locale();
        Labels labels = language.lang.labels(rules);
        out.println(CliMessages.counted(l, rules.sheets().size(), "sheets.title.one", "sheets.title", rules.id(), "QĐ " + rules.instrument().number(),
                rules.sheets().size()));
        out.print(Official.notice(rules));
        out.println(CliMessages.text(l, "sheets.source", CliMessages.provenance(l, rules.provenance().kind()),
                rules.provenance().source()));
        for (ScoringSheet s : rules.sheets()) {
            String subgroups = rules.taxonomy().subgroupsOfSheet(s.id()).stream().map(ProductSubgroup::code)
                    .collect(Collectors.joining(", "));
            String source = s.provenance().filter(p -> p.kind() != rules.provenance().kind())
                    .map(p -> "  (" + CliMessages.text(l, "sheets.sheetSource", CliMessages.provenance(l, p.kind())) + ")")
                    .orElse("");
            out.printf("%-8s %-70s [%s]%s%s%n", s.id(), labels.sheet(s), subgroups, s.deviations().isEmpty() ? ""
                    : "  (" + CliMessages.text(l, "sheets.deviations", s.deviations().size()) + ")", source);
        }
        List<ProductSubgroup> gaps = rules.taxonomy().allSubgroups().stream().filter(g -> g.sheetId() == null)
                .toList();
        gaps.forEach(g -> out.println("(" + CliMessages.text(l, "sheets.noSheet") + ") " + g.code() + " "
                + labels.subgroup(g.code())));
        if (rules.sheets().isEmpty()) {
            out.println(MissingSheet.explanation(rules, "*").format(language.locale()));
        } else if (!gaps.isEmpty()) {
            out.println(MissingSheet.explanation(rules, gaps.get(0).code()).format(language.locale()));
        }
        out.flush();
        return 0;
    }
}
