package io.github.ocop.core.scoring;

import io.github.ocop.core.model.KnockOut;

import java.util.List;

/**
 * An assessment checked against its sheet and resolved to the chosen options (phiếu đánh giá đã kiểm tra), ready to
 * be scored many times at little cost: {@link ScoringEngine#quickScore(PreparedAssessment)} gives the total and
 * the rank in tens of nanoseconds, {@link ScoringEngine#score(PreparedAssessment)} the full score card. Made by
 * {@link ScoringEngine#prepare(Assessment)}; usable only with the engine that made it. Immutable and thread-safe:
 * its arrays are filled once here and only read afterwards (score cards share them read-only).
 */
public final class PreparedAssessment {
    final ScoringEngine engine;
    final CompiledSheet sheet;
    final Assessment assessment;
    /** Per criterion: the index of its score in {@link CompiledSheet#scoreLines}. */
    final int[] line;
    /** Per criterion: the points earned. */
    final int[] points;
    final List<KnockOut> knockOuts;
    final List<DerivedKnockOut> derivedKnockOuts;
    final List<String> warnings;

    PreparedAssessment(ScoringEngine engine, CompiledSheet sheet, Assessment assessment, int[] line, int[] points,
                       List<KnockOut> knockOuts, List<DerivedKnockOut> derivedKnockOuts, List<String> warnings) {
        this.engine = engine;
        this.sheet = sheet;
        this.assessment = assessment;
        this.line = line;
        this.points = points;
        this.knockOuts = List.copyOf(knockOuts);
        this.derivedKnockOuts = List.copyOf(derivedKnockOuts);
        this.warnings = List.copyOf(warnings);
    }

    /** {@return the assessment it was prepared from} */
    public Assessment assessment() {
        return assessment;
    }

    /** {@return the sheet id} */
    public String sheetId() {
        return sheet.sheet.id();
    }

    @Override
    public String toString() {
        return "PreparedAssessment[" + assessment.ruleSet() + " sheet " + sheetId() + "]";
    }
}
