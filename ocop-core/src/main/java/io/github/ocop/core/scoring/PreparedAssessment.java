package io.github.ocop.core.scoring;

import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Option;

import java.util.List;

/**
 * An assessment checked against its sheet and resolved to the chosen options (phiếu đánh giá đã kiểm tra), ready to
 * be scored many times at little cost: {@link ScoringEngine#quickScore(PreparedAssessment)} gives the total and
 * the rank in tens of nanoseconds, {@link ScoringEngine#score(PreparedAssessment)} the full score card. Made by
 * {@link ScoringEngine#prepare(Assessment)}; usable only with the engine that made it. Immutable and thread-safe.
 */
public final class PreparedAssessment {
    final ScoringEngine engine;
    final CompiledSheet sheet;
    final Assessment assessment;
    final Option[] chosen;
    final String[] answer;
    final boolean[] applicable;
    final int[] points;
    final List<KnockOut> knockOuts;
    final List<String> warnings;

    PreparedAssessment(ScoringEngine engine, CompiledSheet sheet, Assessment assessment, Option[] chosen,
                       String[] answer, boolean[] applicable, List<KnockOut> knockOuts, List<String> warnings) {
        this.engine = engine;
        this.sheet = sheet;
        this.assessment = assessment;
        this.chosen = chosen;
        this.answer = answer;
        this.applicable = applicable;
        this.knockOuts = List.copyOf(knockOuts);
        this.warnings = List.copyOf(warnings);
        int[] p = new int[chosen.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = applicable[i] && chosen[i] != null ? chosen[i].points() : 0;
        }
        this.points = p;
    }

    /** @return the assessment it was prepared from */
    public Assessment assessment() {
        return assessment;
    }

    /** @return the sheet id */
    public String sheetId() {
        return sheet.sheet.id();
    }

    @Override
    public String toString() {
        return "PreparedAssessment[" + assessment.ruleSet() + " sheet " + sheetId() + "]";
    }
}
