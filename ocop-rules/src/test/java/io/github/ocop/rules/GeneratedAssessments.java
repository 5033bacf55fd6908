package io.github.ocop.rules;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.Product;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid assessments generated deterministically from a real sheet, for fuzzing and concurrency tests. */
final class GeneratedAssessments {
    private GeneratedAssessments() {
    }

    /**
     * Criterion {@code i} gets option {@code (i * 7 + variant / 3 + i * variant) mod n} ("none" where the criterion
     * prints no option); a conditional criterion is answered only when its condition holds.
     */
    static Assessment valid(RuleSet rules, ScoringSheet sheet, int variant) {
        List<Criterion> cs = sheet.criteria();
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int i = 0; i < cs.size(); i++) {
            Criterion c = cs.get(i);
            if (c.options().isEmpty()) {
                chosen.put(c.code(), Assessment.NONE);
            } else {
                int k = Math.floorMod(i * 7 + variant / 3 + i * variant, c.options().size());
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
        return new Assessment(rules.id(), sheet.id(), Product.named("product " + variant), "member-" + variant % 9,
                answers, List.of());
    }
}
