package io.github.ocop.samples;

import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilPolicy;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.EvaluationAuthorities;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.model.LevelAuthority;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.CouncilJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ocop council FILE... [--format text|json|html|xlsx] [--output FILE]}: combines council members' assessment
 * files of one product on one sheet into the council's result (means, rank, spread, warnings, next step); html is a
 * printable sheet for the minutes, xlsx a spreadsheet (written only to {@code --output FILE}).
 */
@Command(name = "council", mixinStandardHelpOptions = true)
final class CouncilCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    private static final Pattern MEMBER_PATH = Pattern.compile("^\\$\\[(\\d+)](.*)$");

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text")
    SpreadsheetFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;


    @Option(names = "--level", paramLabel = "LEVEL")
    EvaluationLevel level;

    @Option(converter = ProcessDates.DateConverter.class, names = "--date", paramLabel = "DATE")
    LocalDate date;

    @Option(names = "--council-size", paramLabel = "N")
    Integer councilSize;

    @Option(names = "--chair", paramLabel = "ID")
    String chair;

    @Option(names = "--max-spread", defaultValue = "10", paramLabel = "N")
    int maxSpread;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OutputFile.requireFileFor("council", format == SpreadsheetFormat.xlsx, output, language.lang);
        List<Assessment> members = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                members.add(AssessmentReader.read(f, Lang.of(spec)));
            } catch (OcopInputException e) {
                errors.add(e.getMessage(language.locale()));
            }
        }
        if (!errors.isEmpty()) {
            return fail(errors);
        }
        RuleSet rules;
        try {
            rules = rulesFiles.registry().get(members.get(0).ruleSet());
        } catch (OcopInputException e) {
            return fail(List.of(e.withSource(files.get(0).toString()).getMessage(language.locale())));
        }
        CouncilPolicy policy = policy();
        CouncilEvaluation council;
        try {
            council = CouncilEvaluation.of(ScoringEngine.of(rules), members, policy);
        } catch (OcopInputException e) {
            return fail(e.problems().stream().map(this::located).toList());
        }
        EvaluationOutcome next = nextStep(council);
        var out = spec.commandLine().getOut();
        switch (format) {
            case xlsx -> OutputFile.binary(output, o -> CouncilXlsx.write(o, rules, council, next, language.lang), language.lang);
            case html -> OutputFile.text(out, output, CouncilHtml.render(rules, council, next, language.lang), language.lang);
            case json -> OutputFile.text(out, output, CouncilJson.council(council, next) + "\n", language.lang);
            case text -> OutputFile.text(out, output, CouncilText.render(rules, council, next, language.lang) + "\n", language.lang);
        }
        return 0;
    }

    private CouncilPolicy policy() {
        CouncilPolicy p = CouncilPolicy.provincialPractice();
        try {
            p = p.withMaxSpread(maxSpread);
            if (councilSize != null) {
                p = p.withCouncil(councilSize, chair);
            } else if (chair != null) {
                throw new OcopCli.UsageException("ocop council: --chair needs --council-size");
            }
        } catch (IllegalArgumentException e) {
            throw new OcopCli.UsageException("ocop council: " + CliMessages.refusal(language.locale(), e));
        }
        return p;
    }

    private EvaluationOutcome nextStep(CouncilEvaluation council) {
        if (!council.ranked()) {
            return null;
        }
        RuleSet rules = council.ruleSet();
        EvaluationAuthorities authorities;
        try {
            if (date != null) {
                authorities = EvaluationAuthorities.forRuleSet(rules, date);
            } else if (rules.process().versions().size() == 1) {
                authorities = EvaluationAuthorities.forRuleSet(rules);
            } else {
                return null;
            }
            EvaluationLevel l = level != null ? level : authorities.authorities().stream()
                    .filter(LevelAuthority::scores).findFirst().orElseThrow().level();
            return date != null ? council.nextStep(l, date) : council.nextStep(l);
        } catch (IllegalArgumentException e) {
            throw new OcopCli.UsageException("ocop council: " + CliMessages.refusal(language.locale(), e));
        }
    }

    /** "$[2].sheet" becomes "FILE2 $.sheet"; "$" stays "council $". */
    private String located(Problem p) {
        Matcher m = MEMBER_PATH.matcher(p.path());
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            if (i < files.size()) {
                return files.get(i) + " $" + m.group(2) + ": " + p.text(language.locale());
            }
        }
        return "council " + p.path() + ": " + p.text(language.locale());
    }

    private int fail(List<String> errors) {
        var err = spec.commandLine().getErr();
        errors.forEach(err::println);
        err.flush();
        return OcopCli.INVALID_INPUT;
    }
}
