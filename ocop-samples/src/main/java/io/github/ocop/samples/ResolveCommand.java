package io.github.ocop.samples;

import io.github.ocop.core.model.LateTransitionPolicy;
import io.github.ocop.core.history.Resolution;
import io.github.ocop.core.history.RuleSetResolver;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ocop resolve --kind first|upgrade|re-evaluation --submitted DATE --evaluated DATE [--format text|json]}:
 * prints the rule set that governs an evaluation and why (the articles), per {@link RuleSetResolver}.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true)
final class ResolveCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class)
    EvaluationKind kind;

    @Option(converter = ProcessDates.DateConverter.class, names = "--submitted", required = true, paramLabel = "DATE")
    LocalDate submitted;

    @Option(converter = ProcessDates.DateConverter.class, names = "--evaluated", required = true, paramLabel = "DATE")
    LocalDate evaluated;

    @Option(names = "--late-transition", paramLabel = "POLICY", converter = PolicyConverter.class)
    LateTransitionPolicy latePolicy;

    @Option(names = "--major-change")
    boolean majorChange;

    @Option(names = "--unclear-evidence")
    boolean unclearEvidence;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Resolution r;
        try {
            RuleSetResolver resolver = rulesFiles.registry().resolver();
            r = (latePolicy == null ? resolver : resolver.withLatePolicy(latePolicy)).resolve(kind, submitted, evaluated);
        } catch (OcopInputException e) {
            throw new OcopInputException("ocop resolve", e.problems().stream()
                    .map(p -> new Problem(p.path().replace("$.", "--"), p.detail())).toList());
        }
        String number = rulesFiles.registry().find(r.ruleSetId()).map(x -> "QĐ " + x.instrument().number()).orElse("");
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleSet", r.ruleSetId());
            m.put("instrument", number);
            m.put("process", r.process().map(v -> v.id()).orElse(null));
            m.put("basis", r.basis().name());
            m.put("kind", kindName(r.facts().kind()));
            m.put("submitted", r.facts().submitted().toString());
            m.put("evaluated", r.facts().evaluated().toString());
            m.put("transitionalDeadline", r.deadline().map(Object::toString).orElse(null));
            m.put("reason", r.reason().format(language.locale()));
            m.put("citations", r.citations());
            m.put("interpretations", r.interpretations().stream().map(Interpretation::id).toList());
            rulesFiles.registry().find(r.ruleSetId()).ifPresent(x -> m.putAll(SheetsSummary.json(x)));
            if (kind == EvaluationKind.RE_EVALUATION) {
                rulesFiles.registry().find(r.ruleSetId()).ifPresent(x -> ProcessFollowUp.putReEvaluation(m, x,
                        ProcessFollowUp.facts(majorChange, unclearEvidence)));
            }
            out.println(OcopJson.object(m));
        } else {
            Locale l = language.locale();
            rulesFiles.registry().find(r.ruleSetId()).map(Official::notice).ifPresent(out::print);
            out.println(CliMessages.text(l, "resolve.ruleSet", r.ruleSetId(), number));
            rulesFiles.registry().find(r.ruleSetId()).ifPresent(x -> out.println(CliMessages.text(l, "resolve.sheets",
                    SheetsSummary.text(x, l))));
            out.println(CliMessages.text(l, "resolve.process", r.process().map(v -> v.instrument())
                    .orElse(CliMessages.text(l, "resolve.process.unknown"))));
            out.println(CliMessages.text(l, "resolve.basis", CliMessages.text(l, switch (r.basis()) {
                case IN_FORCE_ON_EVALUATION_DATE -> "resolve.basis.inForce";
                case TRANSITIONAL_PROVISION -> "resolve.basis.transitional";
                case FILED_UNDER_NEW_RULES -> "resolve.basis.filedUnderNew";
                case TRANSITIONAL_DEADLINE_MISSED -> "resolve.basis.deadlineMissed";
            })));
            r.deadline().ifPresent(d -> out.println(CliMessages.text(l, "resolve.deadline",
                    deadlineProvision(rulesFiles.registry(), r), d)));
            out.println(CliMessages.text(l, "resolve.reason", r.reason()));
            out.println(CliMessages.text(l, "resolve.citations"));
            r.citations().stream().distinct().forEach(c -> out.println("  - " + c));
            // the readings' texts are English data of the rule sets: listed with --lang en; the Vietnamese answer
            // counts them (the JSON output names them for programs)
            if (!r.interpretations().isEmpty() && language.lang == Lang.en) {
                out.println(CliMessages.text(l, "resolve.readings"));
                for (Interpretation i : r.interpretations()) {
                    out.println("  - " + i.text());
                }
            } else if (!r.interpretations().isEmpty()) {
                out.println(CliMessages.text(l, "report.readings.count", r.interpretations().size()));
            }
            if (kind == EvaluationKind.RE_EVALUATION) {
                rulesFiles.registry().find(r.ruleSetId()).ifPresent(x -> ProcessFollowUp.printReEvaluation(out,
                        language.locale(), x, ProcessFollowUp.facts(majorChange, unclearEvidence)));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Where the transitional deadline of a resolution is written, from the rule set that states the transitional
     * provision ({@code process.transition}): the time limit of the evaluation's kind when the resolution cites it,
     * else the provision.
     */
    static String deadlineProvision(RuleSets registry, Resolution r) {
        for (var rules : registry.all()) {
            var t = rules.process().transition().orElse(null);
            if (t == null || !(t.previous().equals(r.ruleSetId()) || rules.id().equals(r.ruleSetId()))) {
                continue;
            }
            String kind = t.kindCitations().get(r.facts().kind());
            return kind != null && r.citations().contains(kind) ? kind : t.provision();
        }
        return "";
    }

    static String kindName(EvaluationKind k) {
        return k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Converts first / upgrade / re-evaluation. */
    static final class KindConverter implements CommandLine.ITypeConverter<EvaluationKind> {
        @Override
        public EvaluationKind convert(String value) {
            for (EvaluationKind k : EvaluationKind.values()) {
                if (kindName(k).equals(value)) {
                    return k;
                }
            }
            throw new CommandLine.TypeConversionException(CliMessages.text(ProcessDates.ARGUMENT_LANGUAGE.get(),
                    "usage.expectedOneOf", "first, upgrade, re-evaluation", value));
        }
    }

    /** Converts new-rules / error. */
    static final class PolicyConverter implements CommandLine.ITypeConverter<LateTransitionPolicy> {
        @Override
        public LateTransitionPolicy convert(String value) {
            return switch (value) {
                case "new-rules" -> LateTransitionPolicy.NEW_RULES;
                case "error" -> LateTransitionPolicy.REJECT;
                default -> throw new CommandLine.TypeConversionException(CliMessages.text(
                        ProcessDates.ARGUMENT_LANGUAGE.get(), "usage.expectedOneOf", "new-rules, error", value));
            };
        }
    }
}
