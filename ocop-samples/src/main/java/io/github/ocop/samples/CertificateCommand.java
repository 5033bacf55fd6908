package io.github.ocop.samples;

import io.github.ocop.core.model.CertificateRules;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.Certificate;
import io.github.ocop.core.process.DateWindow;
import io.github.ocop.rules.OcopJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ocop certificate --rule-set ID --issued DATE [--stars N] [--last-day DATE] [--format text|json]}: a
 * certificate's last valid day and its re-evaluation filing window, from the rule set's certificate rules
 * ({@code process.certificate}). A last day printed on the recognition decision ({@code --last-day}, QĐ 26/2026
 * Điều 12 khoản 1) governs instead of the computed one. JSON keys {@code validUntil}, {@code validUntilSource}
 * ({@code "computed"} or {@code "decision"}), {@code computedValidUntil} and {@code reEvaluationWindow}
 * ({@code {"from", "to"}}, or null), ISO dates.
 */
@Command(name = "certificate", mixinStandardHelpOptions = true)
final class CertificateCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @Option(names = "--rule-set", required = true, paramLabel = "ID")
    String ruleSet;

    @Option(names = "--issued", required = true, paramLabel = "DATE", converter = ProcessDates.DateConverter.class)
    LocalDate issued;

    @Option(names = "--stars", paramLabel = "N")
    Integer stars;

    @Option(names = "--last-day", paramLabel = "DATE", converter = ProcessDates.DateConverter.class)
    LocalDate lastDay;

    @Option(names = "--major-change")
    boolean majorChange;

    @Option(names = "--unclear-evidence")
    boolean unclearEvidence;

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet rules = rulesFiles.registry().get(ruleSet);
        CertificateRules cr = ProcessDates.located("--rule-set", () -> rules.process().certificate().orElseThrow(
                () -> new IllegalArgumentException("rule set " + rules.id() + " states no certificate rules")));
        int rank = stars != null ? stars : cr.stars().stream().mapToInt(Integer::intValue).min().orElse(3);
        Certificate computed = ProcessDates.located(stars != null ? "--stars" : "--issued",
                () -> Certificate.issue(rules, "certificate", rank, issued));
        Certificate c = lastDay == null ? computed
                : ProcessDates.located("--last-day", () -> computed.withPrintedLastDay(lastDay));
        // the window is set by the rules in force when it opens (a QĐ 148 certificate expiring in 2027 files under 26/2026)
        java.util.List<RuleSet> all = rulesFiles.registry().all();
        Optional<DateWindow> window = c.reEvaluationFilingWindow(all);
        String windowCitation = c.filingRules(all).flatMap(r -> r.process().certificate())
                .flatMap(CertificateRules::reEvaluationWindow).map(CertificateRules.FilingWindow::citation).orElse("");
        var out = spec.commandLine().getOut();
        // re-evaluation, supervision and revocation follow the rules in force when the filing window opens
        RuleSet after = c.filingRules(all).orElse(rules);
        var facts = ProcessFollowUp.facts(majorChange, unclearEvidence);
        if (format == OutputFormat.json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ruleSet", rules.id());
            if (!io.github.ocop.rules.RuleSets.isOfficial(rules)) {
                m.put("officialRuleSet", false);
            }
            m.put("stars", rank);
            m.put("issued", issued.toString());
            m.put("validityMonths", cr.validityMonths());
            m.put("validUntil", c.validUntil().toString());
            m.put("validUntilSource", c.printedLastDay().isPresent() ? "decision" : "computed");
            m.put("computedValidUntil", c.computedLastDay().toString());
            if (window.isPresent()) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("from", window.get().first().toString());
                w.put("to", window.get().last().toString());
                w.put("citation", windowCitation);
                m.put("reEvaluationWindow", w);
            } else {
                m.put("reEvaluationWindow", null);
            }
            m.put("citations", cr.citations());
            cr.evidence().ifPresent(e -> m.put("evidence", e));
            ProcessFollowUp.putAfterCertificate(m, after, rank, facts);
            out.println(OcopJson.object(m));
        } else {
            Locale l = language.locale();
            String cites = Citations.join(cr.citations());
            out.print(Official.notice(rules));
            out.println(CliMessages.text(l, "certificate.title", rank, issued, "QĐ " + rules.instrument().number()));
            if (c.printedLastDay().isPresent()) {
                out.println("  " + CliMessages.text(l, "certificate.validUntil.printed", c.validUntil(),
                        cr.validityMonths(), c.computedLastDay(), cites));
            } else {
                out.println("  " + CliMessages.text(l, "certificate.validUntil", cr.validityMonths(), c.validUntil(),
                        cites));
            }
            if (window.isPresent()) {
                out.println("  " + CliMessages.text(l, "certificate.window", window.get().first(), window.get().last(),
                        windowCitation));
            } else {
                out.println("  " + CliMessages.text(l, "certificate.noWindow"));
            }
            ProcessFollowUp.printAfterCertificate(out, language.locale(), after, rank, facts);
        }
        out.flush();
        return 0;
    }
}
