package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.internal.MissingSheet;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code ocop print-sheet --rule-set ID --sheet N [--product NAME] > sheet.html}: a printable council scoring form
 * (A4; the sheet, the product and "Trang N/M" at the top of every page; a signature and date block).
 */
@Command(name = "print-sheet", mixinStandardHelpOptions = true)
final class PrintSheetCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Option(names = "--rule-set", required = true, paramLabel = "ID")
    String ruleSet;

    @Option(names = "--sheet", required = true, paramLabel = "N")
    String sheet;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG")
    Lang lang;

    @Option(names = "--product", paramLabel = "NAME")
    String product;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet rules = rulesFiles.registry().get(ruleSet);
        ScoringSheet s = MissingSheet.require(rules, sheet, "--sheet", sheet);
        var out = spec.commandLine().getOut();
        out.print(SheetHtml.render(rules, s, lang, product));
        out.flush();
        return 0;
    }
}
