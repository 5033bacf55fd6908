package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ocop score FILE... [--format text|json] [--rules-file FILE]...}: scores assessment files and prints their score
 * cards; {@code ocop score --jsonl [FILE|-]} scores one assessment per line.
 */
@Command(name = "score", mixinStandardHelpOptions = true)
final class ScoreCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files = List.of();

    @Option(names = "--jsonl")
    boolean jsonl;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG")
    Lang lang;

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    OcopCli parent;

    @Override
    public Integer call() {
        if (jsonl) {
            if (files.size() > 1) {
                throw new ParameterException(spec.commandLine(), CliMessages.text(lang.locale(), "usage.jsonlOneFile"));
            }
            return new JsonLines(rulesFiles.registry(), spec.commandLine().getOut(), spec.commandLine().getErr(),
                    parent != null && parent.debug, lang.locale()).score(files.isEmpty() ? Path.of("-") : files.get(0));
        }
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
        }
        RuleSets registry = rulesFiles.registry();
        Engines engines = new Engines(registry);
        List<String> outputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                outputs.add(render(registry, score(engines, AssessmentReader.read(f, lang.locale()), f.toString())));
            } catch (OcopInputException e) {
                errors.add(parent != null && parent.debug ? stackTrace(e) : e.getMessage(lang.locale()));
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

    /**
     * Starts loading, on a daemon thread, the bundled rule set the first assessment file among the arguments names,
     * while the command line is being parsed (about a third of a cold start each; issue 18). Only warms the registry's
     * cache: the command itself reads, checks and reports everything as if this had not run, and any problem here is
     * ignored (the command finds it again and reports it).
     *
     * @param args the tool's arguments
     */
    static void prefetch(String... args) {
        for (String arg : args) {
            if (arg.endsWith(".json") && !arg.startsWith("-") && !arg.startsWith("@")) {
                Thread t = new Thread(() -> {
                    try {
                        Path f = Path.of(arg);
                        if (Files.isRegularFile(f) && Files.size(f) < 1 << 20) {
                            RuleSets.standard().find(AssessmentReader.parse(Files.readAllBytes(f), arg).ruleSet());
                        }
                    } catch (RuntimeException | java.io.IOException e) {
                        // the command reports it
                    }
                }, "ocop prefetch");
                t.setDaemon(true);
                t.setUncaughtExceptionHandler((thread, e) -> { }); // the command reports what went wrong
                t.start();
                return;
            }
        }
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter sw = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(sw));
        return sw.toString().stripTrailing();
    }

    static ScoreCard score(RuleSets registry, Path f) {
        return score(registry, f, Lang.vi.locale());
    }

    static ScoreCard score(RuleSets registry, Path f, java.util.Locale locale) {
        return score(new Engines(registry), AssessmentReader.read(f, locale), f.toString());
    }

    /**
     * @param engines the engines of the registry
     * @param a       an assessment read from {@code source}
     * @param source  its name for messages
     * @return its score card
     * @throws OcopInputException naming the source
     */
    static ScoreCard score(Engines engines, Assessment a, String source) {
        try {
            return engines.of(a.ruleSet()).score(a);
        } catch (OcopInputException e) {
            throw e.withSource(source);
        }
    }

    /** One engine per rule set of a registry, built when first needed (one command may score many files). */
    static final class Engines {
        private final RuleSets registry;
        private final Map<String, ScoringEngine> byId = new HashMap<>();

        Engines(RuleSets registry) {
            this.registry = registry;
        }

        /** @param ruleSet a rule set id @return its engine @throws OcopInputException when the id is unknown */
        ScoringEngine of(String ruleSet) {
            ScoringEngine e = byId.get(ruleSet);
            if (e == null) {
                RuleSet rules = registry.get(ruleSet);
                e = ScoringEngine.of(rules);
                byId.put(ruleSet, e);
            }
            return e;
        }
    }

    private String render(RuleSets registry, ScoreCard card) {
        return format == OutputFormat.json ? OcopJson.scoreCard(card)
                : ScoreCardText.render(registry.get(card.ruleSetId()), card,
                        lang.labels(registry.get(card.ruleSetId())));
    }
}
