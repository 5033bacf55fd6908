package io.github.ocop.jackson2;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.advice.ImprovementPlanner;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilPolicy;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.ProgrammeRoundReader;
import io.github.ocop.rules.RuleSets;
import io.github.ocop.samples.OcopCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A mapper that found the module by itself writes what the {@code ocop} CLI prints for the bundled examples, reads
 * the assessment format strictly, and reads back what it wrote.
 */
class OcopModuleTest {
    private static final Path EXAMPLES = Path.of("../ocop-samples/examples");
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    static Stream<Path> assessments() throws IOException {
        try (Stream<Path> s = Stream.concat(Files.list(EXAMPLES.resolve("qd-26-2026")),
                Files.list(EXAMPLES.resolve("qd-1048-2019")))) {
            return s.sorted().toList().stream();
        }
    }

    /** @return what the CLI prints on standard output, less the final line end */
    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as("ocop %s: %s", String.join(" ", args), err).isZero();
        assertThat(out.toString()).endsWith("\n");
        return out.toString().substring(0, out.toString().length() - 1);
    }

    private static Assessment read(Path file) throws IOException {
        return MAPPER.readValue(Files.readAllBytes(file), Assessment.class);
    }

    private static ScoreCard score(Assessment a) {
        return ScoringEngine.of(RuleSets.standard().get(a.ruleSet())).score(a);
    }

    @Test
    void theModuleIsFoundByModuleDiscovery() {
        assertThat(MAPPER.getRegisteredModuleIds()).contains("ocop");
    }

    @ParameterizedTest
    @MethodSource("assessments")
    void aScoreCardIsWrittenByteForByteAsTheCliPrintsIt(Path file) throws IOException {
        ScoreCard card = score(read(file));
        String json = MAPPER.writeValueAsString(card);
        assertThat(json).isEqualTo(cli("score", "--format", "json", file.toString()));
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, ScoreCard.class))).isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("assessments")
    void explanationsAndPlansAreTheCliOutputAndRoundTrip(Path file) throws IOException {
        ScoreCard card = score(read(file));
        RuleSet rules = RuleSets.standard().get(card.ruleSetId());
        Explanation why = Explanation.of(rules, card);
        String json = MAPPER.writeValueAsString(why);
        assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(cli("explain", "--format", "json", file.toString())));
        assertThat(MAPPER.writeValueAsString(MAPPER.readValue(json, Explanation.class))).isEqualTo(json);

        ImprovementPlan plan = ImprovementPlanner.of(rules).plan(card, 5);
        String planJson = MAPPER.writeValueAsString(plan);
        assertThat(MAPPER.readTree(planJson))
                .isEqualTo(MAPPER.readTree(cli("advise", "--format", "json", "--target", "5", file.toString())));
        ImprovementPlan back = MAPPER.readValue(planJson, ImprovementPlan.class);
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(planJson);
        assertThat(back.current().assessment().answers()).isEqualTo(card.assessment().answers());
        assertThat(back.current().assessment().knockOuts()).isEqualTo(card.assessment().knockOuts());
        assertThat(back.changes()).isEqualTo(plan.changes());
        assertThat(back.reachable()).isEqualTo(plan.reachable());
    }

    @Test
    void aCouncilResultIsTheCliOutputWithoutItsNextStep() throws IOException {
        List<Assessment> members = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("council", "--format", "json"));
        for (int i = 1; i <= 4; i++) {
            Path f = EXAMPLES.resolve("council/member-" + i + ".json");
            members.add(read(f));
            args.add(f.toString());
        }
        CouncilEvaluation council = CouncilEvaluation.of(
                ScoringEngine.of(RuleSets.standard().get(members.get(0).ruleSet())), members,
                CouncilPolicy.provincialPractice());
        JsonNode expected = MAPPER.readTree(cli(args.toArray(String[]::new)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("nextStep");
        String json = MAPPER.writeValueAsString(council);
        assertThat(MAPPER.readTree(json)).isEqualTo(expected);
        // means keep their decimals as written (12.50, not 12.5)
        assertThat(json).containsPattern("\"mean\":\\d+\\.\\d\\d[,}]");

        CouncilEvaluation back = MAPPER.readValue(json, CouncilEvaluation.class);
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
        assertThat(back.exactTotal()).isEqualTo(council.exactTotal());
        assertThat(back.memberTotals()).isEqualTo(council.memberTotals());
        assertThat(back.criteria()).isEqualTo(council.criteria());
    }

    @Test
    void anEditedCouncilOrPlanIsRefusedAtThePathThatDiffers() throws IOException {
        List<Assessment> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(read(EXAMPLES.resolve("council/member-" + i + ".json")));
        }
        CouncilEvaluation council = CouncilEvaluation.of(
                ScoringEngine.of(RuleSets.standard().get(members.get(0).ruleSet())), members,
                CouncilPolicy.provincialPractice());
        com.fasterxml.jackson.databind.node.ObjectNode edited = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(council));
        com.fasterxml.jackson.databind.node.ObjectNode first = (com.fasterxml.jackson.databind.node.ObjectNode) edited.get("criteria").get(0);
        first.put("mean", first.get("mean").decimalValue().add(java.math.BigDecimal.ONE));
        assertThatThrownBy(() -> MAPPER.readValue(MAPPER.writeValueAsString(edited), CouncilEvaluation.class))
                .isInstanceOf(JsonMappingException.class)
                .cause().isInstanceOfSatisfying(OcopInputException.class, e -> {
                    assertThat(e.source()).isEqualTo("council");
                    assertThat(e.problems().get(0).path()).isEqualTo("$.criteria[0].mean");
                });

        Assessment a = read(EXAMPLES.resolve("qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json"));
        ImprovementPlan plan = ImprovementPlanner.of(RuleSets.standard().get(a.ruleSet())).plan(score(a), 5);
        com.fasterxml.jackson.databind.node.ObjectNode plant = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(plan));
        plant.put("currentTotal", plant.get("currentTotal").intValue() + 1);
        assertThatThrownBy(() -> MAPPER.readValue(MAPPER.writeValueAsString(plant), ImprovementPlan.class))
                .isInstanceOf(JsonMappingException.class)
                .cause().isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.currentTotal"));
    }

    @Test
    void aProgrammeReportIsTheCliOutput() throws IOException {
        Path f = EXAMPLES.resolve("district-round/ngoc-hoi-2021-illustrative.json");
        ProgrammeReport report = ProgrammeReport.of(ProgrammeRoundReader.read(f));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(report)))
                .isEqualTo(MAPPER.readTree(cli("report", "--format", "json", f.toString())));
    }

    @Test
    void optionalAssessmentFieldsMayBeLeftOut() throws IOException {
        Assessment a = MAPPER.readValue("""
                {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "Bưởi"}, "answers": {"1.1": "a"}}""",
                Assessment.class);
        assertThat(a.assessor()).isEmpty();
        assertThat(a.knockOuts()).isEmpty();
        assertThat(a.product().subject()).isNull();
        assertThat(a.answers()).containsExactly(java.util.Map.entry("1.1", "a"));
    }

    @Test
    void unknownAndDuplicateFieldsAreRefusedWithTheirPath() {
        assertThatThrownBy(() -> MAPPER.readValue("""
                {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "Bưởi", "colour": "green"}, "answers": {}}""",
                Assessment.class))
                .isInstanceOf(JsonMappingException.class)
                .cause().isInstanceOfSatisfying(OcopInputException.class,
                        e -> assertThat(e.problems().get(0).path()).isEqualTo("$.product.colour"));
        assertThatThrownBy(() -> MAPPER.readValue("""
                {"ruleSet": "qd-26-2026", "sheet": "1", "sheet": "2", "product": {"name": "Bưởi"}, "answers": {}}""",
                Assessment.class))
                .cause().isInstanceOf(OcopInputException.class).hasMessageContaining("sheet");
    }

    @Test
    void assessmentsAreReadInsideOtherValuesAndFromTrees() throws IOException {
        String one = """
                {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "Bưởi"}, "answers": {"1.1": "b"}}""";
        List<Assessment> list = MAPPER.readerForListOf(Assessment.class).readValue("[" + one + ", " + one + "]");
        assertThat(list).hasSize(2).allSatisfy(a -> assertThat(a.answers()).containsEntry("1.1", "b"));
        JsonNode tree = MAPPER.readTree("{\"batch\": 3, \"assessment\": " + one + "}");
        assertThat(MAPPER.treeToValue(tree.get("assessment"), Assessment.class)).isEqualTo(list.get(0));
    }
}
