package io.github.ocop.samples;

import io.github.ocop.core.scoring.OcopInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code ocop} command-line tool: scores assessment files, prints sheets and lists rule sets. Exit codes: 0 done,
 * 1 invalid input (a located message, no stack trace unless {@code --debug}), 2 wrong usage.
 */
@Command(name = "ocop", mixinStandardHelpOptions = true, version = "ocop 0.1.0-SNAPSHOT",
        description = "OCOP (Mỗi xã một sản phẩm) rules: score assessments, print scoring sheets.",
        subcommands = {ScoreCommand.class, SheetCommand.class, SheetsCommand.class, RuleSetsCommand.class,
                ResolveCommand.class, HistoryCommand.class, ValidateCommand.class,
                ExplainCommand.class, AdviseCommand.class, PrintSheetCommand.class, WhatIfCommand.class, DiffCommand.class,
                CouncilCommand.class, ReportCommand.class, ExportCommand.class, CertificateCommand.class,
                DossierCommand.class})
public final class OcopCli implements Runnable {
    /** Exit code for invalid input. */
    public static final int INVALID_INPUT = 1;
    /** Exit code for wrong usage. */
    public static final int USAGE = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean debug;

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
        OcopCli root = new OcopCli();
        CommandLine cl = new CommandLine(root);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof OcopInputException ? INVALID_INPUT : 3);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("ocop: " + ex.getMessage());
            String sub = ex.getCommandLine() == ex.getCommandLine().getCommandSpec().root().commandLine() ? "" : " " + ex.getCommandLine().getCommandName();
            err.println("Try 'ocop" + sub + " --help'.");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = root.debug;
            if (ex instanceof OcopInputException || ex instanceof UsageException) {
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
            return ex instanceof OcopInputException ? INVALID_INPUT : ex instanceof UsageException ? USAGE : 3;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** A usage error found after parsing (e.g. an unknown format value). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
