package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSetLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code ocop export --rule-set ID [--rules-file FILE]}: prints the complete rule set file of a rule set (its
 * sheets and every process fact, docs/rule-set-format.md); {@code --rules-file} loads it back unchanged. The starting
 * point for a province's own file.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {
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
        out.print(RuleSetLoader.write(rules));
        out.flush();
        return 0;
    }
}
