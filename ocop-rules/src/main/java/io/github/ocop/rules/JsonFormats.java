package io.github.ocop.rules;

import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which public type is written and read by which of this library's JSON writers and readers: the one table that the
 * Jackson modules ({@code ocop-jackson}, {@code ocop-jackson2}) register, so that a framework's mapper and the
 * {@code ocop} CLI share each format's single definition. Stateless and thread-safe.
 */
public final class JsonFormats {
    private static final List<Writer<?>> WRITERS = List.of(
            new Writer<>(ScoreCard.class, OcopJson::scoreCard),
            new Writer<>(Explanation.class, ExplanationJson::explanation),
            new Writer<>(ImprovementPlan.class, ExplanationJson::plan),
            new Writer<>(CouncilEvaluation.class, c -> CouncilJson.council(c, null)),
            new Writer<>(ProgrammeReport.class, ReportJson::report));

    private JsonFormats() {
    }

    /**
     * A type and the writer of its format.
     *
     * @param type the type written
     * @param json its writer: the value as JSON text
     * @param <T>  the type
     */
    public record Writer<T>(Class<T> type, Function<T, String> json) {
        /**
         * Checks the parts.
         *
         * @param type the type written
         * @param json its writer
         */
        public Writer {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * A type and the reader of its format.
     *
     * @param type   the type read
     * @param source the name the reader gives the document in its problems (e.g. {@code "assessment"})
     * @param json   its reader: the value of a document, or an {@link OcopInputException} naming the source
     * @param <T>    the type
     */
    public record Reader<T>(Class<T> type, String source, Parse<T> json) {
        /**
         * Checks the parts.
         *
         * @param type   the type read
         * @param source the document's name in problems
         * @param json   its reader
         */
        public Reader {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(json, "json");
        }

        /**
         * Reads a document.
         *
         * @param bytes the document, UTF-8 JSON
         * @return its value
         * @throws OcopInputException naming {@link #source()}, the JSON path and what was expected
         */
        public T read(byte[] bytes) {
            return json.parse(bytes, source);
        }
    }

    /**
     * A reader of one format.
     *
     * @param <T> the type read
     */
    @FunctionalInterface
    public interface Parse<T> {
        /**
         * Reads a document.
         *
         * @param json   the document
         * @param source its name in problems
         * @return its value
         * @throws OcopInputException when the document is not valid in the format
         */
        T parse(byte[] json, String source);
    }

    /**
     * The writers: {@link ScoreCard} ({@link OcopJson#scoreCard}), {@link Explanation} and {@link ImprovementPlan}
     * ({@link ExplanationJson}), {@link CouncilEvaluation} ({@link CouncilJson}, without a next step) and
     * {@link ProgrammeReport} ({@link ReportJson}).
     *
     * @return the writer of each type written
     */
    public static List<Writer<?>> writers() {
        return WRITERS;
    }

    /**
     * The readers: {@link Assessment} ({@link AssessmentReader}), {@link ScoreCard}, {@link Explanation},
     * {@link ImprovementPlan} and {@link CouncilEvaluation} ({@link OcopJsonReader}, scored again against a registry;
     * councils combined with {@link io.github.ocop.core.council.CouncilPolicy#provincialPractice()}).
     *
     * @param ruleSets the registry that score cards, explanations, plans and councils are scored again against
     * @return the reader of each type read
     */
    public static List<Reader<?>> readers(RuleSets ruleSets) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        return List.of(
                new Reader<>(Assessment.class, "assessment", AssessmentReader::parse),
                new Reader<>(ScoreCard.class, "score card", (b, s) -> OcopJsonReader.scoreCard(b, s, ruleSets)),
                new Reader<>(Explanation.class, "explanation", (b, s) -> OcopJsonReader.explanation(b, s, ruleSets)),
                new Reader<>(ImprovementPlan.class, "improvement plan", (b, s) -> OcopJsonReader.plan(b, s, ruleSets)),
                new Reader<>(CouncilEvaluation.class, "council", (b, s) -> OcopJsonReader.council(b, s, ruleSets)));
    }
}
