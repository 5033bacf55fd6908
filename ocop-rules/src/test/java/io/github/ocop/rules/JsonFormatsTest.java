package io.github.ocop.rules;

import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The table the Jackson modules register names each public output and input type once, with the CLI's writers. */
class JsonFormatsTest {
    private static final Path EXAMPLE = Path.of("../ocop-samples/examples/qd-26-2026/20-tinh-dau.json");

    @Test
    void theWrittenAndReadTypes() {
        assertThat(JsonFormats.writers().stream().map(w -> (Object) w.type()).toList()).containsExactly(ScoreCard.class,
                Explanation.class, ImprovementPlan.class, CouncilEvaluation.class, ProgrammeReport.class);
        assertThat(JsonFormats.readers(RuleSets.standard()).stream().map(r -> (Object) r.type()).toList())
                .containsExactly(Assessment.class, ScoreCard.class, Explanation.class, ImprovementPlan.class,
                        CouncilEvaluation.class);
        assertThatThrownBy(() -> JsonFormats.readers(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theScoreCardWriterIsTheCliWriterAndItsReaderReadsItBack() {
        ScoreCard card = ScoringEngine.of(RuleSets.standard().get("qd-26-2026")).score(AssessmentReader.read(EXAMPLE));
        JsonFormats.Writer<ScoreCard> writer = (JsonFormats.Writer<ScoreCard>) JsonFormats.writers().get(0);
        String json = writer.json().apply(card);
        assertThat(json).isEqualTo(OcopJson.scoreCard(card)).contains("\"total\":38");
        JsonFormats.Reader<ScoreCard> reader =
                (JsonFormats.Reader<ScoreCard>) JsonFormats.readers(RuleSets.standard()).get(1);
        ScoreCard read = reader.read(json.getBytes(StandardCharsets.UTF_8));
        assertThat(writer.json().apply(read)).isEqualTo(json);
        assertThat(read.assessment().answers()).isEqualTo(card.assessment().answers());
        assertThatThrownBy(() -> JsonFormats.readers(RuleSets.standard()).get(0).read("{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(OcopInputException.class, e -> assertThat(e.source()).isEqualTo("assessment"));
    }
}
