package io.github.ocop.benchmarks;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

import java.util.HashMap;
import java.util.Map;

/**
 * The same scoring written the way a Java developer would with a generic rules engine (Easy Rules): one rule per
 * criterion whose condition reads the answer (and the criterion's applicability) from the facts and whose action
 * adds the chosen option's points to an accumulator fact and records an unmet star minimum. No input validation
 * (unknown codes or keys are silently ignored), unlike {@code ScoringEngine}.
 */
public final class EasyRulesScorer {
    /** The accumulator fact. */
    public static final class Tally {
        int total;
        final int[] parts = new int[PartCode.values().length];
        int lowestUnmet = 6;
    }

    private final RuleSet rules;
    private final Rules ruleBook = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine();

    /**
     * @param rules   a rule set
     * @param sheetId one of its sheets
     */
    public EasyRulesScorer(RuleSet rules, String sheetId) {
        this.rules = rules;
        ScoringSheet sheet = rules.sheet(sheetId).orElseThrow();
        int priority = 0;
        for (Criterion c : sheet.criteria()) {
            String code = c.code();
            int part = sheet.partOf(code).ordinal();
            Map<String, Option> byKey = new HashMap<>();
            c.options().forEach(o -> byKey.put(o.key(), o));
            Map<Integer, Integer> minimumPoints = new HashMap<>();
            for (Option o : c.options()) {
                if (o.minimumFor() != null) {
                    minimumPoints.merge(o.minimumFor(), o.points(), Math::min);
                }
            }
            Rule rule = new RuleBuilder()
                    .name("criterion " + code)
                    .priority(priority++)
                    .when(facts -> {
                        Map<String, String> answers = facts.get("answers");
                        if (c.applicability().isPresent()) {
                            String condition = answers.get(c.applicability().get().criterion());
                            return condition != null && c.applicability().get().anyOf().contains(condition);
                        }
                        return true;
                    })
                    .then(facts -> {
                        Map<String, String> answers = facts.get("answers");
                        Tally t = facts.get("tally");
                        String key = answers.get(code);
                        Option o = key == null ? null : byKey.get(key);
                        int points = o == null ? 0 : o.points();
                        t.total += points;
                        t.parts[part] += points;
                        for (Map.Entry<Integer, Integer> m : minimumPoints.entrySet()) {
                            if (points < m.getValue()) {
                                t.lowestUnmet = Math.min(t.lowestUnmet, m.getKey());
                            }
                        }
                    })
                    .build();
            ruleBook.register(rule);
        }
    }

    /**
     * @param answers criterion code to option key
     * @return {total, stars}
     */
    public int[] score(Map<String, String> answers) {
        Facts facts = new Facts();
        facts.put("answers", answers);
        Tally t = new Tally();
        facts.put("tally", t);
        engine.fire(ruleBook, facts);
        int band = rules.starRanking().starsFor(t.total);
        return new int[] {t.total, Math.max(1, Math.min(band, t.lowestUnmet - 1))};
    }
}
