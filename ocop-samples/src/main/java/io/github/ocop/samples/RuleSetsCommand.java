package io.github.ocop.samples;

import io.github.ocop.core.internal.Formats;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code ocop rule-sets}: lists the known rule sets with their decisions and dates. */
@Command(name = "rule-sets", mixinStandardHelpOptions = true)
final class RuleSetsCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (String id : rulesFiles.registry().ids()) {
            RuleSet r = rulesFiles.registry().get(id);
            java.util.Locale l = language.locale();
            out.println(String.format("%-14s QĐ %-16s ", id, r.instrument().number()) + CliMessages.counted(l,
                    r.sheets().size(), "ruleSets.line.one", "ruleSets.line", Formats.date(r.instrument().effectiveFrom(), l), r.instrument().until()
                            .map(d -> CliMessages.text(l, "ruleSets.until", Formats.date(d, l))).orElse(""),
                    r.sheets().size(), CliMessages.provenance(l, r.provenance().kind())));
        }
        out.flush();
        return 0;
    }
}
