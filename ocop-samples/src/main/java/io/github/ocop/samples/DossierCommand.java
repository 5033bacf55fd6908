package io.github.ocop.samples;

import io.github.ocop.core.model.DocumentKind;
import io.github.ocop.core.model.DocumentRequirement;
import io.github.ocop.core.model.DossierRule;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.Necessity;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.process.DossierRequirements;
import io.github.ocop.core.process.EvaluationAuthorities;
import io.github.ocop.rules.OcopJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ocop dossier --rule-set ID --kind first|upgrade|re-evaluation --group I..VI [--level L] [--date D]
 * [--format text|json]}: the documents a dossier must hold at each level that receives it, with citations, from the
 * rule set's {@code process.versions[].dossiers}.
 */
@Command(name = "dossier", mixinStandardHelpOptions = true)
final class DossierCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @Option(names = "--rule-set", required = true, paramLabel = "ID")
    String ruleSet;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = ResolveCommand.KindConverter.class)
    EvaluationKind kind;

    @Option(names = "--group", required = true, paramLabel = "GROUP")
    String group;

    @Option(names = "--level", paramLabel = "LEVEL")
    EvaluationLevel level;

    @Option(names = "--date", paramLabel = "DATE", converter = ProcessDates.DateConverter.class)
    LocalDate date;

    @Option(names = "--received", paramLabel = "DATE", converter = ProcessDates.DateConverter.class)
    LocalDate received;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet rules = rulesFiles.registry().get(ruleSet);
        ProcessVersion version = ProcessDates.located(date != null ? "--date" : "--rule-set", () -> date != null
                ? EvaluationAuthorities.versionOn(rules, date) : EvaluationAuthorities.forRuleSet(rules).version());
        List<EvaluationLevel> levels = new ArrayList<>();
        if (level != null) {
            levels.add(level);
        } else {
            for (DossierRule r : version.dossiers()) {
                if (r.kinds().contains(kind) && !levels.contains(r.level())) {
                    levels.add(r.level());
                }
            }
            if (levels.isEmpty()) {
                levels.add(version.levels().get(0).level());
            }
        }
        List<DossierRequirements> lists = new ArrayList<>();
        for (EvaluationLevel l : levels) {
            try {
                lists.add(DossierRequirements.of(rules, version, kind, l, group));
            } catch (OcopArgumentException e) {
                // the core names the groups or levels that exist, in the clerk's language; located at the option
                String option = level == null || e.message().code().equals("process.unknownGroup") ? "--group"
                        : "--level";
                throw new OcopInputException("ocop", List.of(new Problem(option, e.message())), e);
            }
        }
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleSet", rules.id());
            if (!io.github.ocop.rules.RuleSets.isOfficial(rules)) {
                m.put("officialRuleSet", false);
            }
            m.put("process", version.id());
            m.put("kind", ResolveCommand.kindName(kind));
            m.put("group", group);
            List<Object> ls = new ArrayList<>();
            for (DossierRequirements d : lists) {
                Map<String, Object> lm = new LinkedHashMap<>();
                lm.put("level", d.level().name());
                List<Object> docs = new ArrayList<>();
                for (DocumentRequirement r : d.requirements()) {
                    Map<String, Object> dm = new LinkedHashMap<>();
                    dm.put("anyOf", r.anyOf().stream().map(k -> {
                        Map<String, Object> km = new LinkedHashMap<>();
                        km.put("id", k.id());
                        km.put("name", k.vietnamese());
                        return km;
                    }).toList());
                    dm.put("necessity", r.necessity().name());
                    dm.put("citation", r.citation());
                    r.evidence().ifPresent(e -> dm.put("evidence", e));
                    docs.add(dm);
                }
                lm.put("documents", docs);
                lm.put("gap", d.gap().orElse(null));
                lm.put("copies", d.copies().map(c -> {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    cm.put("paper", c.paper());
                    cm.put("electronic", c.electronic());
                    cm.put("citation", c.citation());
                    return cm;
                }).orElse(null));
                due(version, d.level()).ifPresent(w -> lm.put("due", ProcessFollowUp.due(w, d.level(),
                        version.level(d.level()).orElseThrow().forwardCitations())));
                ls.add(lm);
            }
            m.put("levels", ls);
            out.println(OcopJson.object(m));
        } else {
            out.print(Official.notice(rules));
            Locale l = language.locale();
            out.println(CliMessages.text(l, "dossier.title", kind.format(l), group,
                    version.instrument()));
            for (DossierRequirements d : lists) {
                out.println();
                out.println(CliMessages.text(l, "dossier.level", d.level().format(l)));
                d.gap().ifPresent(g -> out.println("  " + CliMessages.text(l, "dossier.gap", g)));
                int n = 1;
                for (DocumentRequirement r : d.requirements()) {
                    out.println("  " + n++ + ". " + String.join(CliMessages.text(l, "dossier.or"), r.anyOf().stream()
                            .map(DocumentKind::vietnamese).toList()) + " (" + necessity(l, r.necessity()) + "; "
                            + r.citation() + ")");
                }
                d.copies().ifPresent(c -> out.println("  " + CliMessages.text(language.locale(), "followUp.copies",
                        c.paper(), c.electronic(), c.citation())));
                due(version, d.level()).ifPresent(w -> {
                    var a = version.level(d.level()).orElseThrow();
                    out.println("  " + CliMessages.text(language.locale(), "followUp.due",
                            io.github.ocop.core.text.Messages.english(language.locale()) ? a.decider().english()
                                    : a.decider().vietnamese(), w.describe(language.locale()),
                            Citations.join(a.forwardCitations())));
                    w.sources(language.locale()).forEach(x -> out.println("    " + x));
                });
            }
        }
        out.flush();
        return 0;
    }

    /** The working-day due date of a checking level that has one, when --received is given. */
    private java.util.Optional<io.github.ocop.core.process.WorkingDayDue> due(ProcessVersion version,
            EvaluationLevel l) {
        if (received == null) {
            return java.util.Optional.empty();
        }
        return version.level(l).filter(a -> a.dueWorkingDays().isPresent()).map(a -> io.github.ocop.rules
                .HolidayCalendars.vietnam().due(received, a.dueWorkingDays().getAsInt()));
    }

    private static String necessity(Locale l, Necessity n) {
        return CliMessages.text(l, switch (n) {
            case MANDATORY -> "dossier.mandatory";
            case CONDITIONAL -> "dossier.conditional";
            case SUPPLEMENTARY -> "dossier.supplementary";
        });
    }
}
