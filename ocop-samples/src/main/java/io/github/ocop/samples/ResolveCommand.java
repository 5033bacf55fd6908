package io.github.ocop.samples;

import io.github.ocop.core.model.LateTransitionPolicy;
import io.github.ocop.core.history.Resolution;
import io.github.ocop.core.history.RuleSetResolver;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;
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
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ocop resolve --kind first|upgrade|re-evaluation --submitted DATE --evaluated DATE [--format text|json]}:
 * prints the rule set that governs an evaluation and why (the articles), per {@link RuleSetResolver}.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Which rule set governs an evaluation, and why (QĐ 26/2026 Điều 11-12 and each decision's dates).")
final class ResolveCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @picocli.CommandLine.Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class,
            description = "first, upgrade or re-evaluation.")
    EvaluationKind kind;

    @Option(converter = ProcessDates.DateConverter.class, names = "--submitted", required = true, paramLabel = "DATE",
            description = "Dossier submission date, YYYY-MM-DD or dd/MM/yyyy.")
    LocalDate submitted;

    @Option(converter = ProcessDates.DateConverter.class, names = "--evaluated", required = true, paramLabel = "DATE",
            description = "Day the evaluation is completed, YYYY-MM-DD or dd/MM/yyyy.")
    LocalDate evaluated;

    @Option(names = "--late-transition", paramLabel = "POLICY", converter = PolicyConverter.class,
            description = "new-rules (the new rule set governs a transitional dossier evaluated after its deadline) or"
                    + " error; default: the policy the new rule set's file states (process.transition.latePolicy).")
    LateTransitionPolicy latePolicy;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
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
            out.println(OcopJson.object(m));
        } else {
            rulesFiles.registry().find(r.ruleSetId()).map(Official::notice).ifPresent(out::print);
            out.println("Bộ tiêu chí áp dụng: " + r.ruleSetId() + " (" + number + ")");
            rulesFiles.registry().find(r.ruleSetId()).ifPresent(x -> out.println("Phiếu chấm — "
                    + SheetsSummary.text(x)));
            out.println("Quy trình: " + r.process().map(v -> v.instrument()).orElse("(không rõ)"));
            out.println("Căn cứ: " + CliMessages.text(language.locale(), switch (r.basis()) {
                case IN_FORCE_ON_EVALUATION_DATE -> "resolve.basis.inForce";
                case TRANSITIONAL_PROVISION -> "resolve.basis.transitional";
                case FILED_UNDER_NEW_RULES -> "resolve.basis.filedUnderNew";
                case TRANSITIONAL_DEADLINE_MISSED -> "resolve.basis.deadlineMissed";
            }));
            r.deadline().ifPresent(d -> out.println("Hạn hoàn thành theo Điều 12 khoản 2: " + d));
            out.println("Lý do: " + r.reason().format(language.locale()));
            out.println("Điều khoản:");
            r.citations().forEach(c -> out.println("  - " + c));
            if (!r.interpretations().isEmpty()) {
                out.println("Cách hiểu áp dụng:");
                for (Interpretation i : r.interpretations()) {
                    out.println("  - " + i.text());
                }
            }
        }
        out.flush();
        return 0;
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
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of first, upgrade, re-evaluation");
        }
    }

    /** Converts new-rules / error. */
    static final class PolicyConverter implements CommandLine.ITypeConverter<LateTransitionPolicy> {
        @Override
        public LateTransitionPolicy convert(String value) {
            return switch (value) {
                case "new-rules" -> LateTransitionPolicy.NEW_RULES;
                case "error" -> LateTransitionPolicy.REJECT;
                default -> throw new CommandLine.TypeConversionException("'" + value
                        + "' is not one of new-rules, error");
            };
        }
    }
}
