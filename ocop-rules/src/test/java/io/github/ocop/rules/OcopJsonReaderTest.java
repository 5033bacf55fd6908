package io.github.ocop.rules;

import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
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

/** Score cards, explanations, plans and council results read back from their JSON are the values that were written. */
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
                .isInstanceOfSatisfying(OcopInputException.class, e -> assertThat(e.problems().get(0).path() + ": "
                        + e.problems().get(0).text(java.util.Locale.ENGLISH)).isEqualTo("$.format: expected"
                        + " \"format\": \"ocop-scorecard/1\", found \"ocop-plan/1\"; this is another kind of output file"));
        assertThatThrownBy(() -> OcopJsonReader.scoreCard(utf8(
                "{\"format\":\"ocop-scorecard/1\",\"ruleSet\":\"qd-1-1999\"}"), "x", RuleSets.of(List.of())))
                .isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.ruleSet"));
    }

    private static io.github.ocop.core.council.CouncilEvaluation exampleCouncil() {
        List<Assessment> members = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(AssessmentReader.read(EXAMPLES.resolve("council/member-" + i + ".json")));
        }
        return io.github.ocop.core.council.CouncilEvaluation.of(
                ScoringEngine.of(RuleSets.standard().get(members.get(0).ruleSet())), members,
                io.github.ocop.core.council.CouncilPolicy.provincialPractice());
    }

    @Test
    void aCouncilRoundTripsAndAnEditedMemberAnswerOrANextStepIsRefused() {
        io.github.ocop.core.council.CouncilEvaluation council = exampleCouncil();
        String json = CouncilJson.council(council, null);
        io.github.ocop.core.council.CouncilEvaluation read = OcopJsonReader.council(utf8(json), "council",
                RuleSets.standard());
        assertThat(CouncilJson.council(read, null)).isEqualTo(json);
        assertThat(read.exactTotal()).isEqualTo(council.exactTotal());
        // the written answers are scored again: a member's answers that no longer give its total are refused there
        String first = json.substring(json.indexOf("\"answers\""));
        String option = first.substring(first.indexOf(':', first.indexOf("\"1.1\"")) + 1, first.indexOf(',')).trim();
        String edited = json.replaceFirst("\"1\\.1\" *: *" + java.util.regex.Pattern.quote(option),
                "\"1.1\":\"none\"");
        assertThat(edited).isNotEqualTo(json);
        assertThatThrownBy(() -> OcopJsonReader.council(utf8(edited), "council", RuleSets.standard()))
                .isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).startsWith("$.members[0]."));
        String withNext = json.substring(0, json.lastIndexOf('}')) + ",\"nextStep\":{}}";
        assertThatThrownBy(() -> OcopJsonReader.council(utf8(withNext), "council", RuleSets.standard()))
                .isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.nextStep"));
    }

    @Test
    void aPlanRoundTripsAndATargetOutOfRangeOrAnUnknownSubjectTypeIsRefusedAtItsPath() {
        ScoreCard card = card(EXAMPLES.resolve("qd-26-2026/23-hoa.json"));
        String json = ExplanationJson.plan(io.github.ocop.core.advice.ImprovementPlanner
                .of(RuleSets.standard().get(card.ruleSetId())).plan(card, 5));
        assertThat(ExplanationJson.plan(OcopJsonReader.plan(utf8(json), "plan", RuleSets.standard()))).isEqualTo(json);
        assertThat(json).contains("\"target\" : 5,").contains("\"type\" : \"FARM\"");
        assertThatThrownBy(() -> OcopJsonReader.plan(utf8(json.replace("\"target\" : 5,", "\"target\" : 9,")), "plan",
                RuleSets.standard()))
                .isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.target"));
        assertThatThrownBy(() -> OcopJsonReader.plan(utf8(json.replace("\"FARM\"", "\"GUILD\"")), "plan",
                RuleSets.standard()))
                .isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.subject.type"));
    }
}
