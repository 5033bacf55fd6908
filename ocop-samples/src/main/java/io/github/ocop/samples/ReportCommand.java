package io.github.ocop.samples;

import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.rules.ProgrammeRoundReader;
import io.github.ocop.rules.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ocop report FILE [--format text|json|xlsx] [--output FILE]}: the programme report of an evaluation round
 * file; xlsx is a spreadsheet, written only to {@code --output FILE}.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--format", defaultValue = "text")
    SpreadsheetFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;


    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == SpreadsheetFormat.html) {
            throw new OcopCli.UsageException("ocop report: " + Printout.t(language.lang, "print.formatHtmlIsNot"));
        }
        OutputFile.requireFileFor("report", format == SpreadsheetFormat.xlsx, output, language.lang);
        ProgrammeReport report;
        try {
            report = ProgrammeReport.of(ProgrammeRoundReader.read(file, rulesFiles.registry(), Lang.of(spec)));
        } catch (OcopInputException e) {
            spec.commandLine().getErr().println(e.getMessage(language.locale()));
            spec.commandLine().getErr().flush();
            return OcopCli.INVALID_INPUT;
        }
        var out = spec.commandLine().getOut();
        var registry = rulesFiles.registry();
        if (format == SpreadsheetFormat.xlsx) {
            OutputFile.binary(output, o -> ReportXlsx.write(o, report, registry, language.lang), language.lang);
        } else {
            OutputFile.text(out, output, (format == SpreadsheetFormat.json ? ReportJson.report(report, registry)
                    : ReportText.render(report, registry, language.lang)) + "\n", language.lang);
        }
        return 0;
    }
}
