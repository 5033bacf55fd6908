package io.github.ocop.samples;

import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.ExplanationJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ocop explain FILE... [--format text|json|html]}: explains score cards criterion by criterion. */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text")
    ReportFormat format;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG")
    Lang lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Explanation> explanations = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                ScoreCard card = ScoreCommand.score(rulesFiles.registry(), f, lang.locale());
                explanations.add(Explanation.of(rulesFiles.registry().get(card.ruleSetId()), card));
            } catch (OcopInputException e) {
                errors.add(e.getMessage(lang.locale()));
            }
        }
        var out = spec.commandLine().getOut();
        if (format == ReportFormat.html) {
            if (!explanations.isEmpty()) {
                out.print(ScoreCardHtml.render(explanations, lang));
            }
        } else {
            for (int i = 0; i < explanations.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                out.println(format == ReportFormat.json ? ExplanationJson.explanation(explanations.get(i))
                        : ExplanationText.render(explanations.get(i),
                        lang.labels(explanations.get(i).ruleSet())));
            }
        }
        out.flush();
        if (!errors.isEmpty()) {
            var err = spec.commandLine().getErr();
            errors.forEach(err::println);
            err.flush();
            return OcopCli.INVALID_INPUT;
        }
        return 0;
    }
}
