package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.rules.RuleSetLoader;
import io.github.ocop.rules.RuleSetValidator;
import io.github.ocop.rules.RuleSets;
import io.github.ocop.rules.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code ocop validate [--rule-set ID]... [FILE]...}: validates rule sets (bundled by id, or files) and prints their
 * known deviations, e.g. the QĐ 1048 platform sheets whose part C sums to 38 and the missing "Gạo, ngũ cốc" sheet.
 * An invalid file is reported with its name and JSON path (exit code 1).
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @Option(names = "--rule-set", paramLabel = "ID")
    List<String> ids = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files = new ArrayList<>();

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    /** A deviation's id, as the data writes it before its description ("PART_C_SUMS_TO_38: "): for programs only. */
    private static final java.util.regex.Pattern DEVIATION_ID =
            java.util.regex.Pattern.compile("(?:(?<=: )|^)[A-Z0-9][A-Z0-9_.]*_[A-Z0-9_.]+: ");

    /** @return a known deviation as a person reads it: without its id and the reference notes' markers */
    static String deviation(String text) {
        return DEVIATION_ID.matcher(text).replaceFirst("");
    }

    @Override
    public Integer call() {
        if (ids.isEmpty() && files.isEmpty()) {
            throw new OcopCli.UsageException("ocop validate: give --rule-set ID or a rule set FILE");
        }
        List<RuleSet> targets = new ArrayList<>();
        var registry = rulesFiles.registry();
        for (String id : ids) {
            targets.add(registry.get(id));
        }
        for (Path f : files) {
            RuleSet r = RuleSetLoader.load(f, Lang.of(spec));
            try {
                RuleSets.standard().with(r); // a file may not pass for an official rule set it differs from
            } catch (OcopInputException e) {
                throw e.withSource(f.toString());
            }
            targets.add(r);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (RuleSet r : targets) {
            ValidationReport report = RuleSetValidator.validate(r);
            Locale l = language.locale();
            out.println(CliMessages.text(l, report.valid() ? "validate.valid" : "validate.invalid", r.id(),
                    "QĐ " + r.instrument().number(), report.errors().size(), report.knownDeviations().size())
                    + r.digest().map(d -> ", SHA-256 " + d).orElse(""));
            out.print(Official.notice(r));
            for (Problem p : report.errors()) {
                out.println("  " + CliMessages.text(l, "validate.error", p.path(), p.text(l)));
            }
            for (Problem p : report.knownDeviations()) {
                out.println("  " + CliMessages.text(l, "validate.deviation", p.path(), deviation(p.text(l))));
            }
        }
        out.flush();
        return targets.stream().allMatch(r -> RuleSetValidator.validate(r).valid()) ? 0 : OcopCli.INVALID_INPUT;
    }
}
