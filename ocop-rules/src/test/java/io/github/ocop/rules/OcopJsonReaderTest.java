package io.github.ocop.rules;

import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Score cards and explanations read back from their JSON are the cards and explanations that were written. */
class OcopJsonReaderTest {
    private static final Path EXAMPLES = Path.of("../ocop-samples/examples");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Stream.concat(Files.list(EXAMPLES.resolve("qd-26-2026")),
                Files.list(EXAMPLES.resolve("qd-1048-2019")))) {
            return s.sorted().toList().stream();
        }
    }

    private static ScoreCard card(Path file) {
        Assessment a = AssessmentReader.read(file);
        return ScoringEngine.of(RuleSets.standard().get(a.ruleSet())).score(a);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void scoreCardRoundTrips(Path file) {
        ScoreCard card = card(file);
        String json = OcopJson.scoreCard(card);
        ScoreCard read = OcopJsonReader.scoreCard(utf8(json), "card", RuleSets.standard());
        assertThat(OcopJson.scoreCard(read)).isEqualTo(json);
        assertThat(read.total()).isEqualTo(card.total());
        assertThat(read.stars()).isEqualTo(card.stars());
        assertThat(read.assessment().answers()).isEqualTo(card.assessment().answers());
        assertThat(read.assessment().knockOuts()).isEqualTo(card.assessment().knockOuts());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void explanationRoundTrips(Path file) {
        ScoreCard card = card(file);
        String json = ExplanationJson.explanation(Explanation.of(RuleSets.standard().get(card.ruleSetId()), card));
        Explanation read = OcopJsonReader.explanation(utf8(json), "why", RuleSets.standard());
        assertThat(ExplanationJson.explanation(read)).isEqualTo(json);
        assertThat(read.card().assessment().answers()).isEqualTo(card.assessment().answers());
    }

    @Test
    void anEditedTotalIsRefusedAtItsPath() {
        String json = OcopJson.scoreCard(card(EXAMPLES.resolve("qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json")));
        assertThat(json).contains("\"total\":70,");
        assertThatThrownBy(() -> OcopJsonReader.scoreCard(utf8(json.replace("\"total\":70,", "\"total\":90,")), "card",
                RuleSets.standard()))
                .isInstanceOfSatisfying(OcopInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("card");
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).path()).isEqualTo("$.total");
                    assertThat(e.problems().get(0).message()).contains("qd-26-2026");
                });
    }

    @Test
    void anAddedFieldIsRefusedAtItsPath() {
        String json = OcopJson.scoreCard(card(EXAMPLES.resolve("qd-26-2026/23-hoa.json")));
        String edited = json.substring(0, json.length() - 1) + ",\"comment\":\"x\"}";
        assertThatThrownBy(() -> OcopJsonReader.scoreCard(utf8(edited), "card", RuleSets.standard()))
                .isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.comment"));
    }

    @Test
    void anotherFormatOrAnUnknownRuleSetIsRefused() {
        assertThatThrownBy(() -> OcopJsonReader.scoreCard(utf8("{\"format\":\"ocop-plan/1\"}"), "x", RuleSets.standard()))
                .isInstanceOfSatisfying(OcopInputException.class, e -> assertThat(e.problems().get(0).toString())
                        .isEqualTo("$.format: expected \"ocop-scorecard/1\", found \"ocop-plan/1\""));
        assertThatThrownBy(() -> OcopJsonReader.scoreCard(utf8(
                "{\"format\":\"ocop-scorecard/1\",\"ruleSet\":\"qd-1-1999\"}"), "x", RuleSets.of(List.of())))
                .isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.ruleSet"));
    }
}
