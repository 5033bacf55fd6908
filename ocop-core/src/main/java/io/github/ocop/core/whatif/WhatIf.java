package io.github.ocop.core.whatif;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.internal.CoreMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A what-if calculator (giả định): re-scores an assessment with some answers changed ({@link Assessment#withAnswer})
 * and compares the result with the original. Immutable and thread-safe.
 */
public final class WhatIf {
    /** The source named in errors about the changed answers. */
    public static final String SOURCE = "what-if";
    private final ScoringEngine engine;
    private final String ruleSetId;
    private final Map<String, ScoringSheet> sheets;

    private WhatIf(ScoringEngine engine, RuleSet ruleSet) {
        this.engine = engine;
        this.ruleSetId = ruleSet.id();
        this.sheets = ruleSet.sheets().stream().collect(Collectors.toUnmodifiableMap(ScoringSheet::id, s -> s));
    }

    /**
     * {@return a what-if calculator for it}
     *
     * @param ruleSet the rule set the assessments are scored against
     */
    public static WhatIf of(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        return new WhatIf(ScoringEngine.of(ruleSet), ruleSet);
    }

    /**
     * Re-scores an assessment with answers changed.
     *
     * @param assessment the original assessment
     * @param changes    criterion code to new option key (or {@link Assessment#NONE}), applied in order
     * @return the original and changed score cards compared
     * @throws OcopInputException for the original assessment's problems (as {@link ScoringEngine#score}), or, with
     *                            source {@value #SOURCE} and the criterion code as path, for a change naming a criterion
     *                            the sheet lacks or an option the criterion lacks
     */
    public ScoreComparison apply(Assessment assessment, Map<String, String> changes) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(changes, "changes");
        ScoreCard before = engine.score(assessment);
        ScoringSheet sheet = sheets.get(assessment.sheet());
        List<Problem> problems = new ArrayList<>();
        Assessment changed = assessment;
        for (Map.Entry<String, String> e : changes.entrySet()) {
            String code = Objects.requireNonNull(e.getKey(), "criterion code");
            String key = Objects.requireNonNull(e.getValue(), "option key");
            Criterion c = sheet.criterion(code).orElse(null);
            if (c == null) {
                problems.add(new Problem(code, CoreMessages.of("whatif.unknownCriterion", sheet.id(), ruleSetId, code,
                        sheet.criteria().stream().map(Criterion::code).collect(Collectors.joining(", ")))));
            } else if (c.option(key).isEmpty() && !(Assessment.NONE.equals(key) && c.acceptsNone())) {
                problems.add(new Problem(code, CoreMessages.of("whatif.unknownOption", code, key,
                        c.options().stream().map(Option::key).collect(Collectors.joining(", "))
                        + (c.acceptsNone() ? ", none" : ""))));
            } else {
                changed = changed.withAnswer(code, key);
            }
        }
        if (!problems.isEmpty()) {
            throw new OcopInputException(SOURCE, problems);
        }
        return ScoreComparison.of(before, engine.score(changed));
    }
}
