package io.github.ocop.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ocop.rules.JsonSchemas;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every JSON output of the CLI on the bundled examples is valid against its published schema, and the schemas are strict. */
class OutputSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCORE_CARD = REGISTRY.getSchema(JsonSchemas.scoreCard(), InputFormat.JSON);
    private static final Schema EXPLANATION = REGISTRY.getSchema(JsonSchemas.explanation(), InputFormat.JSON);
    private static final Schema PLAN = REGISTRY.getSchema(JsonSchemas.plan(), InputFormat.JSON);
    private static final Schema COUNCIL = REGISTRY.getSchema(JsonSchemas.council(), InputFormat.JSON);
    private static final Schema REPORT = REGISTRY.getSchema(JsonSchemas.report(), InputFormat.JSON);

    private static List<String> assessments() throws IOException {
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("examples/qd-26-2026")),
                Files.list(Path.of("examples/qd-1048-2019")))) {
            return s.map(Path::toString).sorted().toList();
        }
    }

    private static JsonNode cli(String... args) throws IOException {
        OcopCliTest.Run r = OcopCliTest.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void theSchemasAreValidDraft202012Schemas() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String s : List.of(JsonSchemas.scoreCard(), JsonSchemas.explanation(), JsonSchemas.plan(),
                JsonSchemas.council(), JsonSchemas.report())) {
            assertThat(meta.validate(JSON.readTree(s))).isEmpty();
        }
    }

    @Test
    void everyScoreCardExplanationAndPlanOfTheExamplesIsValid() throws IOException {
        List<String> files = assessments();
        assertThat(files).hasSizeGreaterThanOrEqualTo(11);
        for (String f : files) {
            assertThat(SCORE_CARD.validate(cli("score", "--format", "json", f))).as(f).isEmpty();
            assertThat(EXPLANATION.validate(cli("explain", "--format", "json", f))).as(f).isEmpty();
            for (String target : List.of("3", "5")) {
                assertThat(PLAN.validate(cli("advise", "--format", "json", "--target", target, f))).as(f).isEmpty();
            }
        }
    }

    @Test
    void theCouncilWithAndWithoutANextStepAndTheReportAreValid() throws IOException {
        List<String> args = new ArrayList<>(List.of("council", "--format", "json"));
        for (int i = 1; i <= 4; i++) {
            args.add("examples/council/member-" + i + ".json");
        }
        JsonNode council = cli(args.toArray(String[]::new));
        assertThat(council.has("nextStep")).isTrue();
        assertThat(COUNCIL.validate(council)).isEmpty();
        ((ObjectNode) council).remove("nextStep");
        assertThat(COUNCIL.validate(council)).isEmpty();
        assertThat(REPORT.validate(cli("report", "--format", "json",
                "examples/district-round/ngoc-hoi-2021-illustrative.json"))).isEmpty();
    }

    @Test
    void aFieldTheFormatLacksOrAMissingOneIsRefused() throws IOException {
        ObjectNode card = (ObjectNode) cli("score", "--format", "json", "examples/qd-26-2026/23-hoa.json");
        card.put("grade", "A");
        assertThat(SCORE_CARD.validate(card)).isNotEmpty();
        card.remove("grade");
        assertThat(SCORE_CARD.validate(card)).isEmpty();
        ((ObjectNode) card.get("criteria").get(0)).remove("points");
        assertThat(SCORE_CARD.validate(card)).isNotEmpty();
        ObjectNode plan = (ObjectNode) cli("advise", "--format", "json", "--target", "5", "examples/qd-26-2026/23-hoa.json");
        plan.put("target", 6);
        assertThat(PLAN.validate(plan)).isNotEmpty();
    }
}
