package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.internal.MissingSheet;
import io.github.ocop.rules.OcopJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code ocop sheet --rule-set ID --sheet N [--format text|json]}: prints one scoring sheet. */
@Command(name = "sheet", mixinStandardHelpOptions = true)
final class SheetCommand implements Callable<Integer> {
    @Option(names = "--rule-set", required = true, paramLabel = "ID")
    String ruleSet;

    @Option(names = "--sheet", required = true, paramLabel = "N")
    String sheet;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG")
    Lang lang;

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet rules = rulesFiles.registry().get(ruleSet);
        ScoringSheet s = MissingSheet.require(rules, sheet, "--sheet", sheet);
        var out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? OcopJson.sheet(rules, s)
                : Official.notice(rules) + Official.sheetNotice(rules, s.id(), lang.labels(rules))
                        + SheetText.render(rules, s, lang.labels(rules)));
        out.flush();
        return 0;
    }
}
