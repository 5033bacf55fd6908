package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ocop score FILE... [--format text|json] [--rules-file FILE]...}: scores assessment files and prints their score cards. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score assessment files (phiếu đánh giá) and print their score cards.")
final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Assessment JSON files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per line).")
    OutputFormat format;

    @Option(names = "--lang", defaultValue = "vi",
            description = "Language of titles in text and HTML: vi (official) or en (unofficial team translations).")
    Lang lang;

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    OcopCli parent;

    @Override
    public Integer call() {
        RuleSets registry = rulesFiles.registry();
        List<String> outputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                outputs.add(render(registry, score(registry, f)));
            } catch (OcopInputException e) {
                errors.add(parent != null && parent.debug ? stackTrace(e) : e.getMessage());
            }
        }
        var out = spec.commandLine().getOut();
        for (int i = 0; i < outputs.size(); i++) {
            if (format == OutputFormat.text && i > 0) {
                out.println();
            }
            out.println(outputs.get(i));
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

    private static String stackTrace(Throwable e) {
        java.io.StringWriter sw = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(sw));
        return sw.toString().stripTrailing();
    }

    static ScoreCard score(Path f) {
        return score(RuleSets.standard(), f);
    }

    static ScoreCard score(RuleSets registry, Path f) {
        Assessment a = AssessmentReader.read(f);
        RuleSet rules;
        try {
            rules = registry.get(a.ruleSet());
        } catch (OcopInputException e) {
            throw e.withSource(f.toString());
        }
        try {
            return ScoringEngine.of(rules).score(a);
        } catch (OcopInputException e) {
            throw e.withSource(f.toString());
        }
    }

    private String render(RuleSets registry, ScoreCard card) {
        return format == OutputFormat.json ? OcopJson.scoreCard(card)
                : ScoreCardText.render(registry.get(card.ruleSetId()), card,
                        lang.labels(registry.get(card.ruleSetId())));
    }
}
