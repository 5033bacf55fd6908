package io.github.ocop.samples;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ocop} command-line tool: scores assessment files, prints sheets and lists rule sets. Exit codes: 0 done,
 * 1 invalid input (a located message, no stack trace unless {@code --debug}), 2 wrong usage, 3 internal error.
 */
@Command(name = "ocop", mixinStandardHelpOptions = true, version = "ocop 0.1.0-SNAPSHOT")
public final class OcopCli implements Runnable {
    /**
     * The commands, by name (each class's {@code @Command} name), in the order of the help. A run registers only the
     * command it names, so that picocli reads the annotations of one class rather than all (issue 18: the start);
     * help, version and unknown commands get them all. {@code OcopCliTest} checks the names against the classes.
     */
    static final Map<String, Class<?>> COMMANDS = commands(
            "score", ScoreCommand.class, "sheet", SheetCommand.class, "sheets", SheetsCommand.class,
            "rule-sets", RuleSetsCommand.class, "resolve", ResolveCommand.class, "history", HistoryCommand.class,
            "validate", ValidateCommand.class, "explain", ExplainCommand.class, "advise", AdviseCommand.class,
            "print-sheet", PrintSheetCommand.class, "what-if", WhatIfCommand.class, "diff", DiffCommand.class,
            "council", CouncilCommand.class, "report", ReportCommand.class, "export", ExportCommand.class,
            "certificate", CertificateCommand.class, "dossier", DossierCommand.class);

    /** Exit code for invalid input. */
    public static final int INVALID_INPUT = 1;
    /** Exit code for wrong usage. */
    public static final int USAGE = 2;
    /** Exit code for an internal error (a bug: neither the input nor the usage was wrong). */
    public static final int INTERNAL_ERROR = 3;

    /**
     * The logger Hibernate Validator announces its version on (at INFO, once per JVM). The tool is the application,
     * so it may quiet it; the library does not touch logging. Held here so that the level is not lost when the logger
     * would otherwise be collected.
     */
    private static final java.util.logging.Logger VALIDATOR_VERSION_LOGGER =
            java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version");

    /**
     * Standard output as bytes when the tool runs as a program ({@link #main}), for commands that write many lines
     * of UTF-8 (score --jsonl); null when run with other streams (tests, embedding), which then get the same text.
     */
    static volatile java.io.OutputStream standardOutput;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    /**
     * {@code --lang} of the tool itself: the language of its own help ({@code ocop --help --lang en}) and of a
     * command named after it ({@code ocop --lang en score ...}) that has no {@code --lang} of its own.
     */
    @CommandLine.Mixin
    LangOption language = new LangOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (see ocop --help)");
    }

    /**
     * Runs the tool.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        VALIDATOR_VERSION_LOGGER.setLevel(java.util.logging.Level.WARNING);
        standardOutput = System.out;
        System.exit(run(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args));
    }

    /**
     * Runs the tool with the given streams (for tests and embedding).
     *
     * @param out  standard output
     * @param err  standard error
     * @param args the arguments
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(true, out, err, args);
    }

    /**
     * Runs the tool; {@code direct} false makes picocli read every command line (tests compare the two paths).
     *
     * @return the exit code
     */
    static int run(boolean direct, PrintWriter out, PrintWriter err, String... args) {
        ScoreCommand.Direct plain = direct ? ScoreCommand.direct(args) : null;
        if (plain != null) {
            // the common run, read without building picocli's model; done as ScoreCommand.call does it
            ScoreCommand.prefetch(args); // the rule set loads on another core while this thread reads the file
            java.util.Locale locale = plain.lang().locale();
            ProcessDates.ARGUMENT_LANGUAGE.set(locale);
            try {
                return ScoreCommand.scoreFiles(RuleSets.standard(), plain.files(), plain.format(), plain.lang(), false,
                        out, err);
            } catch (RuntimeException e) {
                return failed(e, err, false, locale);
            } finally {
                out.flush();
                err.flush();
                ProcessDates.ARGUMENT_LANGUAGE.remove();
            }
        }
        Class<?> named = named(args);
        if (named == ScoreCommand.class) {
            // first: the rule set then loads on another core while picocli reads the annotations on this one
            ScoreCommand.prefetch(args);
        }
        OcopCli root = new OcopCli();
        CommandLine cl = commandLine(root, named);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof OcopInputException ? INVALID_INPUT : INTERNAL_ERROR);
        java.util.Locale locale = locale(args);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ocop: " + usageMessage(ex.getMessage(), locale));
            String sub = ex.getCommandLine() == ex.getCommandLine().getCommandSpec().root().commandLine() ? "" : " " + ex.getCommandLine().getCommandName();
            err.println(CliMessages.text(locale, "usage.try", "ocop" + sub));
            err.flush();
            return USAGE;
        });
        CommandLine.IExecutionStrategy help = HelpTexts.strategy(cl, locale);
        cl.setExecutionStrategy(parsed -> {
            // ocop --lang en COMMAND ...: the language given before the command is the command's, unless it has its own
            CommandLine.ParseResult sub = parsed.subcommand();
            CommandLine.Model.OptionSpec lang = sub == null ? null : sub.commandSpec().findOption("--lang");
            if (lang != null && parsed.hasMatchedOption("--lang") && !sub.hasMatchedOption("--lang")) {
                lang.setValue(root.language.lang);
            }
            return help.execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> failed(ex, err, root.debug, locale));
        ProcessDates.ARGUMENT_LANGUAGE.set(locale);
        try {
            int code = cl.execute(args);
            out.flush();
            err.flush();
            return code;
        } finally {
            ProcessDates.ARGUMENT_LANGUAGE.remove();
        }
    }

    /** Reports what a command threw: an input problem in the user's language, a usage error, or an internal error. */
    private static int failed(Exception ex, PrintWriter err, boolean debug, java.util.Locale locale) {
        if (ex instanceof OcopInputException input) {
            err.println(input.getMessage(locale));
        } else if (ex instanceof UsageException) {
            err.println(ex.getMessage());
        } else {
            err.println("ocop: internal error: " + ex);
        }
        if (debug) {
            StringWriter sw = new StringWriter();
            ex.printStackTrace(new PrintWriter(sw));
            err.print(sw);
        }
        err.flush();
        return ex instanceof OcopInputException ? INVALID_INPUT : ex instanceof UsageException ? USAGE : INTERNAL_ERROR;
    }

    /**
     * The tool's command line: the root with the named command only, or, when none is named (help, version, an
     * unknown command), with every command and {@code help} ({@code ocop help COMMAND [--lang en]}).
     */
    static CommandLine commandLine(OcopCli root, Class<?> named) {
        CommandLine cl = new CommandLine(root);
        if (named != null) {
            cl.addSubcommand(newCommand(named));
        } else {
            COMMANDS.values().forEach(c -> cl.addSubcommand(newCommand(c)));
            CommandLine help = new CommandLine(new CommandLine.HelpCommand());
            help.addMixin("language", new LangOption());
            cl.addSubcommand(help);
        }
        return cl;
    }

    private static Map<String, Class<?>> commands(Object... nameThenClass) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            m.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * picocli's usage messages (4.7) by the key of their wording in the tool's bundle; each group of a pattern is an
     * argument of the message, in order. The first that matches the whole message wins.
     */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> USAGE_MESSAGES = List.of(
            usage("Invalid value for option '([^']*)': (.*)", "usage.invalidValue"),
            usage("Missing required parameter for option '([^']*)' \\((.*)\\)", "usage.missingOptionValue"),
            usage("Expected parameter for option '([^']*)' but found '(.*)'", "usage.expectedOptionValue"),
            usage("Missing required parameter: (.*)", "usage.missingParameter"),
            usage("Missing required parameters: (.*)", "usage.missingParameters"),
            usage("Missing required option: (.*)", "usage.missingOption"),
            usage("Missing required options: (.*)", "usage.missingOptions"),
            usage("Missing required options and parameters: (.*)", "usage.missingOptionsAndParameters"),
            usage("Missing required argument\\(s\\): (.*)", "usage.missingArgument"),
            usage("Unknown option: (.*)", "usage.unknownOption"),
            usage("Unknown options: (.*)", "usage.unknownOptions"),
            usage("Unmatched argument at index (\\d+): (.*)", "usage.unmatchedArgument"),
            usage("Unmatched arguments from index (\\d+): (.*)", "usage.unmatchedArguments"),
            usage("option '([^']*)' \\((.*)\\) should be specified only once", "usage.onlyOnce"),
            usage("missing command \\(see ocop --help\\)", "usage.missingCommand"),
            usage("Unknown subcommand '(.*)'\\.", "usage.unknownCommand"));

    /** picocli's reasons after "Invalid value for option '...': ", by key; same rules as {@link #USAGE_MESSAGES}. */
    private static final List<Map.Entry<java.util.regex.Pattern, String>> INVALID_REASONS = List.of(
            usage("expected one of \\[(.*)\\] \\(case-sensitive\\) but was '(.*)'", "usage.expectedOneOf"),
            usage("expected one of \\[(.*)\\] \\(case-insensitive\\) but was '(.*)'", "usage.expectedOneOfAnyCase"),
            usage("'(.*)' is not an int", "usage.notAnInteger"));

    private static Map.Entry<java.util.regex.Pattern, String> usage(String regex, String key) {
        return Map.entry(java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL), key);
    }

    /**
     * @return picocli's usage message in the language asked for: its wording from the tool's bundle when it is one of
     *         the common ones (missing or unknown option or parameter, an extra argument, an invalid value, ...), the
     *         names and values it quotes unchanged; any other message as picocli words it
     */
    static String usageMessage(String message, java.util.Locale locale) {
        return reworded(USAGE_MESSAGES, String.valueOf(message), locale);
    }

    private static String reworded(List<Map.Entry<java.util.regex.Pattern, String>> table, String text,
            java.util.Locale locale) {
        for (Map.Entry<java.util.regex.Pattern, String> e : table) {
            java.util.regex.Matcher m = e.getKey().matcher(text);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                if (e.getValue().equals("usage.invalidValue")) {
                    args[1] = reworded(INVALID_REASONS, m.group(2), locale);
                }
                return CliMessages.text(locale, e.getValue(), args);
            }
        }
        return text;
    }

    /**
     * The language of messages the arguments ask for ({@code --lang en} or {@code --lang=en}; Vietnamese otherwise),
     * read before parsing so that an error found while running any command is worded in it.
     */
    static java.util.Locale locale(String... args) {
        String lang = "vi";
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                lang = args[i].substring("--lang=".length());
            }
        }
        return lang.equals("en") ? Lang.en.locale() : Lang.vi.locale();
    }

    /** @return the class of the command the arguments name (the first argument not an option), or null */
    static Class<?> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                i++; // its value (ocop --lang en score ...)
            } else if (!args[i].startsWith("-")) {
                return COMMANDS.get(args[i]);
            }
        }
        return null;
    }

    private static Object newCommand(Class<?> c) {
        try {
            java.lang.reflect.Constructor<?> k = c.getDeclaredConstructor();
            k.setAccessible(true);
            return k.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the command " + c.getName(), e);
        }
    }

    /** A usage error found after parsing (e.g. an unknown format value). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
