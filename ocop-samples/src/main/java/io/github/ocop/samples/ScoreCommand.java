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
        return scoreFiles(rulesFiles.registry(), files, format, lang, parent != null && parent.debug,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * Scores assessment files and prints their cards, then the problems of those that could not be scored: the work of
     * {@code ocop score FILE...}, whether picocli parsed the arguments or {@link #direct} did.
     *
     * @return 0, or {@link OcopCli#INVALID_INPUT} when a file could not be scored
     */
    static int scoreFiles(RuleSets registry, List<Path> files, OutputFormat format, Lang lang, boolean debug,
            java.io.PrintWriter out, java.io.PrintWriter err) {
        Engines engines = new Engines(registry);
        List<String> outputs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                outputs.add(render(registry, score(engines, AssessmentReader.read(f, lang.locale()), f.toString()),
                        format, lang));
            } catch (OcopInputException e) {
                errors.add(debug ? stackTrace(e) : e.getMessage(lang.locale()));
            }
        }
        for (int i = 0; i < outputs.size(); i++) {
            if (format == OutputFormat.text && i > 0) {
                out.println();
            }
            out.println(outputs.get(i));
        }
        out.flush();
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            err.flush();
            return OcopCli.INVALID_INPUT;
        }
        return 0;
    }

    /**
     * The arguments of the most common run, {@code ocop score FILE... [--lang vi|en] [--format text|json]}, read
     * without picocli (issue 18: building picocli's command model is most of a cold start, about 0.2 s of 0.35 s).
     *
     * @param files  the assessment files, at least one
     * @param format the output format
     * @param lang   the language
     */
    record Direct(List<Path> files, OutputFormat format, Lang lang) {
    }

    /**
     * Reads the arguments of a plain {@code score} run, or declines. It accepts only what picocli would read the same
     * way with no message: the command name first, then file names (not empty, not starting with {@code -} or
     * {@code @}, which picocli reads as options or argument files) and at most one {@code --lang vi|en} and one
     * {@code --format text|json} (also {@code --lang=en}), at least one file. Anything else, including every mistake,
     * is left to picocli, so that help, usage errors and their wording stay picocli's ({@code ScoreDirectTest} checks
     * that both paths print the same and exit alike).
     *
     * @param args the tool's arguments
     * @return the run, or null when picocli must read the arguments
     */
    static Direct direct(String... args) {
        if (args.length < 2 || !args[0].equals("score")) {
            return null;
        }
        Lang lang = null;
        OutputFormat format = null;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String name;
            String value;
            if (a.equals("--lang") || a.equals("--format")) {
                if (i + 1 >= args.length) {
                    return null;
                }
                name = a;
                value = args[++i];
            } else if (a.startsWith("--lang=") || a.startsWith("--format=")) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            } else if (a.isEmpty() || a.startsWith("-") || a.startsWith("@")) {
                return null;
            } else {
                try {
                    files.add(Path.of(a));
                } catch (java.nio.file.InvalidPathException e) {
                    return null; // picocli words the conversion error
                }
                continue;
            }
            if (name.equals("--lang")) {
                if (lang != null || !(value.equals("vi") || value.equals("en"))) {
                    return null;
                }
                lang = Lang.valueOf(value);
            } else {
                if (format != null || !(value.equals("text") || value.equals("json"))) {
                    return null;
                }
                format = OutputFormat.valueOf(value);
            }
        }
        return files.isEmpty() ? null : new Direct(List.copyOf(files),
                format == null ? OutputFormat.text : format, lang == null ? Lang.vi : lang);
    }

    /**
     * Starts loading, on a daemon thread, the bundled rule set the first assessment file among the arguments names,
     * while the command line is being parsed or the file read (issue 18: the load is the longest step of a cold start).
     * Only warms the registry's cache: the command itself reads, checks and reports everything as if this had not run,
     * and any problem here is ignored (the command finds it again and reports it). The rule set's id is taken from the
     * file with {@link #ruleSetNamed} rather than the assessment reader, which the command's own thread is busy
     * initialising at the same moment.
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
                            String id = ruleSetNamed(Files.readAllBytes(f));
                            if (id != null) {
                                RuleSets.standard().find(id);
                            }
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

    /**
     * A guess, for {@link #prefetch} only, of the rule set an assessment file names: the value of the first
     * {@code "ruleSet": "..."} in it when that value is a plain id (lower-case letters, digits, dashes), else null. It
     * may be wrong (e.g. the key inside another string); the cost of a wrong guess is loading a rule set for nothing.
     *
     * @param json the bytes of a file
     * @return the id, or null
     */
    static String ruleSetNamed(byte[] json) {
        byte[] key = "\"ruleSet\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + key.length < json.length; i++) {
            for (int k = 0; k < key.length; k++) {
                if (json[i + k] != key[k]) {
                    continue outer;
                }
            }
            int p = i + key.length;
            while (p < json.length && (json[p] == ' ' || json[p] == '\t' || json[p] == '\r' || json[p] == '\n')) {
                p++;
            }
            if (p >= json.length || json[p] != ':') {
                return null;
            }
            p++;
            while (p < json.length && (json[p] == ' ' || json[p] == '\t' || json[p] == '\r' || json[p] == '\n')) {
                p++;
            }
            if (p >= json.length || json[p] != '"') {
                return null;
            }
            int start = ++p;
            while (p < json.length && p - start <= 64 && (json[p] >= 'a' && json[p] <= 'z' || json[p] >= '0' && json[p] <= '9'
                    || json[p] == '-')) {
                p++;
            }
            return p < json.length && json[p] == '"' && p > start
                    ? new String(json, start, p - start, java.nio.charset.StandardCharsets.US_ASCII) : null;
        }
        return null;
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

    private static String render(RuleSets registry, ScoreCard card, OutputFormat format, Lang lang) {
        return format == OutputFormat.json ? OcopJson.scoreCard(card)
                : ScoreCardText.render(registry.get(card.ruleSetId()), card,
                        lang.labels(registry.get(card.ruleSetId())));
    }
}
