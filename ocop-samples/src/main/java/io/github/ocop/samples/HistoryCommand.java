package io.github.ocop.samples;

import io.github.ocop.core.text.Messages;
import io.github.ocop.core.history.RuleVersion;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ocop history [--format text|json]}: the versions of the rules, their dates and what superseded what. */
@Command(name = "history", mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    LangOption language = new LangOption();

    @Option(names = "--format", defaultValue = "text")
    OutputFormat format;

    @Mixin
    RulesFileOptions rulesFiles = new RulesFileOptions();

    @Spec
    CommandSpec spec;

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    @Override
    public Integer call() {
        var registry = rulesFiles.registry();
        List<RuleVersion> versions = registry.history().versions();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (RuleVersion v : versions) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("kind", v.kind().name());
                m.put("ruleSet", v.ruleSetId());
                if (!RuleSets.isOfficial(registry.get(v.ruleSetId()))) {
                    m.put("officialRuleSet", false);
                }
                m.put("number", v.number());
                m.put("signed", v.signed().toString());
                m.put("effectiveFrom", v.effectiveFrom().toString());
                m.put("effectiveUntil", v.until().map(Object::toString).orElse(null));
                m.put("amends", v.amends());
                m.put("replaces", v.replaces());
                m.put("supersededBy", v.supersededBy());
                if (v.kind() == RuleVersion.Kind.DECISION) {
                    registry.find(v.ruleSetId()).ifPresent(x -> m.putAll(SheetsSummary.json(x)));
                }
                list.add(m);
            }
            out.println(OcopJson.object(Map.of("versions", list)));
        } else {
            registry.ids().stream().map(registry::get).forEach(r -> out.print(Official.notice(r)));
            Locale l = language.locale();
            for (RuleVersion v : versions) {
                String head = v.kind() == RuleVersion.Kind.DECISION
                        ? String.format("QĐ %-16s %-13s", v.number(), v.ruleSetId())
                        : "  " + padRight(CliMessages.text(l, "history.amends", String.format("%-14s", v.number()), v.amends()), 41);
                out.println(String.format("%-45s ", head) + CliMessages.text(l, "history.dates", v.signed(),
                        v.effectiveFrom(), v.until().map(u -> Messages.render(u, l))
                                .orElse(CliMessages.text(l, "history.now")))
                        + (v.replaces().isEmpty() ? "" : CliMessages.text(l, "history.replaces",
                                String.join(", ", v.replaces())))
                        + v.superseded().map(s -> CliMessages.text(l, "history.supersededBy", s)).orElse(""));
                if (v.kind() == RuleVersion.Kind.DECISION) {
                    registry.find(v.ruleSetId()).ifPresent(x -> out.println("    " + SheetsSummary.text(x, l)));
                }
            }
        }
        out.flush();
        return 0;
    }
}
