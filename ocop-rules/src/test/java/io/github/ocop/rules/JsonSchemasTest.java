package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The published schemas accept every shipped file and refuse what the strict readers refuse. */
class JsonSchemasTest {
    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ocop/rules");
    private static final Path EXAMPLES = Path.of("../ocop-samples/examples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema RULE_SET = REGISTRY.getSchema(JsonSchemas.ruleSet(), InputFormat.JSON);
    private static final Schema ASSESSMENT = REGISTRY.getSchema(JsonSchemas.assessment(), InputFormat.JSON);

    private static List<Path> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void bothSchemasAreValidDraft202012Schemas() throws IOException {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String schema : List.of(JsonSchemas.ruleSet(), JsonSchemas.assessment())) {
            JsonNode node = JSON.readTree(schema);
            assertThat(node.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(meta.validate(node)).isEmpty();
        }
    }

    @Test
    void everyBundledRuleSetAndTheTestFixtureValidateAgainstTheRuleSetSchema() throws IOException {
        List<Path> files = Stream.concat(jsonFiles(RESOURCES).stream()
                        .filter(p -> !p.toString().contains("schema"))
                        .filter(p -> !p.toString().contains("calendar")), // the holiday calendar is no rule set
                Stream.of(Path.of("src/test/resources/fixtures/mini-rule-set.json"))).toList();
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (Path f : files) {
            assertThat(RULE_SET.validate(JSON.readTree(f.toFile()))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void everyExampleAssessmentValidatesAgainstTheAssessmentSchemaAndReads() throws IOException {
        // every example file is an assessment, except the programme round files of examples/district-round and the
        // sample rule set file of examples/rules-file (checked against the rule set schema below)
        List<Path> examples = jsonFiles(EXAMPLES).stream()
                .filter(p -> !p.toString().contains("district-round"))
                .filter(p -> !p.getFileName().toString().startsWith("qd-")).toList();
        assertThat(examples).as("example assessments under ocop-samples/examples").hasSizeGreaterThanOrEqualTo(15);
        for (Path f : examples) {
            assertThat(ASSESSMENT.validate(JSON.readTree(f.toFile()))).as(f.toString()).isEmpty();
            assertThat(AssessmentReader.read(f).ruleSet()).isNotBlank();
        }
    }

    @Test
    void theSampleRulesFileValidatesAgainstTheRuleSetSchema() throws IOException {
        List<Path> rules = jsonFiles(EXAMPLES.resolve("rules-file")).stream()
                .filter(p -> p.getFileName().toString().startsWith("qd-")).toList();
        assertThat(rules).hasSize(1);
        assertThat(RULE_SET.validate(JSON.readTree(rules.get(0).toFile()))).isEmpty();
    }

    private static ObjectNode example() throws IOException {
        return (ObjectNode) JSON.readTree(jsonFiles(EXAMPLES).get(0).toFile());
    }

    /** @param where the JSON Pointer of the first schema error (the validator's default path form) */
    private static void assertBothRefuse(ObjectNode doc, String where) throws IOException {
        List<Error> errors = ASSESSMENT.validate(doc);
        assertThat(errors).as("schema errors").isNotEmpty();
        assertThat(errors.get(0).getInstanceLocation().toString()).startsWith(where);
        byte[] bytes = JSON.writeValueAsBytes(doc);
        assertThatThrownBy(() -> AssessmentReader.parse(bytes, "doc.json")).isInstanceOf(OcopInputException.class);
    }

    @Test
    void anUnknownKeyIsRefusedByTheSchemaAsByTheReader() throws IOException {
        ObjectNode root = example();
        root.put("comment", "typo for note");
        assertBothRefuse(root, "");

        ObjectNode nested = example();
        ((ObjectNode) nested.get("product")).put("category", "I.1");
        assertBothRefuse(nested, "/product");

        ObjectNode subject = example();
        ((ObjectNode) subject.get("product").get("subject")).put("taxCode", "0101");
        assertBothRefuse(subject, "/product/subject");
    }

    @Test
    void aBlankOptionASubgroupWithASpaceAndABlankSubjectNameAreRefusedByTheSchemaAsByTheReader() throws IOException {
        // issue 12: the schema accepted these three while the Java validation refused them
        ObjectNode blankOption = example();
        ((ObjectNode) blankOption.get("answers")).put("1.1", " ");
        assertBothRefuse(blankOption, "/answers/1.1");

        ObjectNode spacedSubgroup = example();
        ((ObjectNode) spacedSubgroup.get("product")).put("subgroup", "I 1");
        assertBothRefuse(spacedSubgroup, "/product/subgroup");

        ObjectNode blankSubject = example();
        ((ObjectNode) blankSubject.get("product").get("subject")).put("name", "  ");
        // the subject is "null or an object": the validator reports the anyOf at the subject
        assertBothRefuse(blankSubject, "/product/subject");
    }

    @Test
    void blankIdsNullAnswersAndUnknownSubjectTypesAreRefusedByTheSchemaAsByTheReader() throws IOException {
        ObjectNode blank = example();
        blank.put("ruleSet", "  ");
        assertBothRefuse(blank, "/ruleSet");

        ObjectNode nullAnswer = example();
        ((ObjectNode) nullAnswer.get("answers")).putNull("1.1");
        assertBothRefuse(nullAnswer, "/answers/1.1");

        ObjectNode type = example();
        ((ObjectNode) type.get("product").get("subject")).put("type", "COMPANY");
        assertBothRefuse(type, "/product/subject");
    }

    @Test
    void optionalFieldsMayBeNullOrAbsentInBoth() throws IOException {
        ObjectNode doc = example();
        doc.putNull("assessor");
        doc.putNull("knockOuts");
        doc.putNull("note");
        doc.remove("$schema");
        ((ObjectNode) doc.get("product")).putNull("subject");
        assertThat(ASSESSMENT.validate(doc)).isEmpty();
        assertThat(AssessmentReader.parse(JSON.writeValueAsBytes(doc), "doc.json").assessor()).isEmpty();
    }

    @Test
    void anUnknownKeyInARuleSetIsRefusedByTheSchemaAsByTheLoader() throws IOException {
        Path fixture = Path.of("src/test/resources/fixtures/mini-rule-set.json");
        ObjectNode doc = (ObjectNode) JSON.readTree(fixture.toFile());
        ObjectNode option = (ObjectNode) doc.at("/sheets/0/parts/0/sections/0/criteria/0/options/0");
        assertThat(option.isMissingNode()).isFalse();
        option.put("minimumFour", 4);
        List<Error> errors = RULE_SET.validate(doc);
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).getInstanceLocation().toString())
                .isEqualTo("/sheets/0/parts/0/sections/0/criteria/0/options/0");
        assertThatThrownBy(() -> RuleSetLoader.parse(JSON.writeValueAsBytes(doc), "mini.json"))
                .isInstanceOf(OcopInputException.class).hasMessageContaining("minimumFour");
    }

    @Test
    void theSchemasAreReadableThroughThePublicAccessor() {
        assertThat(JsonSchemas.ruleSet()).contains("\"additionalProperties\": false");
        assertThat(JsonSchemas.assessment()).contains("\"$id\"");
    }
}
