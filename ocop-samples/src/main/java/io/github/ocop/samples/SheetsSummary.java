package io.github.ocop.samples;

import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.rules.SheetProvenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Which sheets a rule set holds, where each comes from, and which subgroups have none (for resolve and history). */
final class SheetsSummary {
    private SheetsSummary() {
    }

    /** @return one line: the sheets with their sources, and the subgroups without a sheet */
    static String text(RuleSet rules, java.util.Locale locale) {
        // grouped by source, in words: "I.1.1, I.1.2: <source>; I.2.1: <source>"
        java.util.Map<io.github.ocop.core.model.ProvenanceKind, List<String>> bySource = rules.sheets().stream()
                .collect(Collectors.groupingBy(s -> SheetProvenance.of(rules, s).kind(), java.util.LinkedHashMap::new,
                        Collectors.mapping(s -> s.id(), Collectors.toList())));
        String sheets = bySource.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": "
                + CliMessages.provenance(locale, e.getKey())).collect(Collectors.joining("; "));
        List<String> gaps = gaps(rules);
        return CliMessages.text(locale, "sheets.summary", rules.sheets().size()) + (sheets.isEmpty() ? ""
                : " (" + sheets + ")") + (gaps.isEmpty() ? "" : "; " + CliMessages.text(locale, "sheets.summary.gaps",
                String.join(", ", gaps)));
    }

    /** @return {@code sheets: [{id, title, provenance}], subgroupsWithoutSheet: [code]} */
    static Map<String, Object> json(RuleSet rules) {
        List<Map<String, Object>> sheets = new ArrayList<>();
        for (ScoringSheet s : rules.sheets()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("provenance", SheetProvenance.of(rules, s).kind().name());
            sheets.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sheets", sheets);
        out.put("subgroupsWithoutSheet", gaps(rules));
        return out;
    }

    private static List<String> gaps(RuleSet rules) {
        return rules.taxonomy().allSubgroups().stream().filter(g -> g.sheetId() == null).map(ProductSubgroup::code)
                .toList();
    }
}
