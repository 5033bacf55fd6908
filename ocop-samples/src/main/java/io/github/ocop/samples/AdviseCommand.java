package io.github.ocop.samples;

import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.advice.ImprovementPlanner;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.ExplanationJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ocop advise FILE --target N [--format text|json]}: the optimal plan to reach a star rank. */
@Command(name = "advise", mixinStandardHelpOptions = true)
final class AdviseCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--target", required = true, paramLabel = "N")
    int target;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (target < 3 || target > 5) {
            throw new OcopCli.UsageException("ocop advise: --target must be 3, 4 or 5, was " + target);
        }
        ScoreCard card = ScoreCommand.score(rulesFiles.registry(), file, Lang.of(spec));
        RuleSet rules = rulesFiles.registry().get(card.ruleSetId());
        ImprovementPlan plan = ImprovementPlanner.of(rules).plan(card, target);
        var out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? ExplanationJson.plan(plan)
                : ExplanationText.render(plan, rules.sheet(card.sheetId()).orElseThrow(), language.lang,
                        language.lang.labels(rules)));
        out.flush();
        return 0;
    }
}
