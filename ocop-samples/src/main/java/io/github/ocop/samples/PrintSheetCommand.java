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
@Command(name = "print-sheet", mixinStandardHelpOptions = true,
        description = "Print a scoring sheet as a printable HTML council form (phiếu đánh giá) with tick boxes.")
final class PrintSheetCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Option(names = "--rule-set", required = true, paramLabel = "ID", description = "Rule set id, e.g. qd-26-2026.")
    String ruleSet;

    @Option(names = "--sheet", required = true, paramLabel = "N", description = "Sheet id, e.g. 1.")
    String sheet;

    @Option(names = "--lang", defaultValue = "vi",
            description = "Language of titles in text and HTML: vi (official) or en (unofficial team translations).")
    Lang lang;

    @Option(names = "--product", paramLabel = "NAME", description = "The product's name, printed on the form and in"
            + " the header of every page (default: a blank line to fill in by hand).")
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
