package io.github.ocop.samples;

import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.rules.ProgrammeRoundReader;
import io.github.ocop.rules.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ocop report FILE [--format text|json]}: the programme report of an evaluation round file. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Report on an evaluation round (báo cáo đợt đánh giá, phân hạng): counts by star, group and"
                + " commune, products to forward, expiring certificates, progress against the plan.")
final class ReportCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Parameters(paramLabel = "FILE", description = "A round JSON file (see docs/council-and-reports.md).")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ProgrammeReport report;
        try {
            report = ProgrammeReport.of(ProgrammeRoundReader.read(file, rulesFiles.registry()));
        } catch (OcopInputException e) {
            spec.commandLine().getErr().println(e.getMessage(language.locale()));
            spec.commandLine().getErr().flush();
            return OcopCli.INVALID_INPUT;
        }
        var out = spec.commandLine().getOut();
        out.println(format == OutputFormat.json ? ReportJson.report(report, rulesFiles.registry())
                : ReportText.render(report, rulesFiles.registry()));
        out.flush();
        return 0;
    }
}
