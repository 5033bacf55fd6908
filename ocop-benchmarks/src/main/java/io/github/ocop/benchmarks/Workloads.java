package io.github.ocop.benchmarks;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.Product;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deterministic, valid assessments built from a real sheet, shared by the benchmarks. */
public final class Workloads {
    private Workloads() {
    }

    /**
     * A complete, valid assessment: criterion {@code i} gets option {@code (i * 7 + variant) mod n}; a conditional
     * criterion is answered only when its condition holds.
     *
     * @param rules   the rule set
     * @param sheetId the sheet
     * @param variant varies the answers
     * @return the assessment
     */
    public static Assessment assessment(RuleSet rules, String sheetId, int variant) {
        ScoringSheet sheet = rules.sheet(sheetId).orElseThrow();
        List<Criterion> cs = sheet.criteria();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            Criterion c = cs.get(i);
            if (c.options().isEmpty()) {
                chosen.put(c.code(), Assessment.NONE);
            } else {
                int k = Math.floorMod(i * 7 + variant, c.options().size());
                chosen.put(c.code(), c.options().get(k).key());
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : cs) {
            boolean applies = c.applicability().map(a -> a.anyOf().contains(chosen.get(a.criterion()))).orElse(true);
            if (applies) {
                answers.put(c.code(), chosen.get(c.code()));
            }
        }
        return new Assessment(rules.id(), sheetId, Product.named("benchmark product " + variant),
                "member-" + variant, answers, List.of());
    }

    /**
     * @param rules a rule set
     * @return the id of the sheet with the most criteria (the first in printed order on a tie)
     */
    public static String largestSheet(RuleSet rules) {
        ScoringSheet best = rules.sheets().get(0);
        for (ScoringSheet s : rules.sheets()) {
            if (s.criteria().size() > best.criteria().size()) {
                best = s;
            }
        }
        return best.id();
    }
}
