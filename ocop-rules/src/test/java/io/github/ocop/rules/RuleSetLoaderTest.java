package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetLoaderTest {
    static final Path MINI = Path.of("src/test/resources/fixtures/mini-rule-set.json");

    static String mini() throws IOException {
        return Files.readString(MINI);
    }

    private static OcopInputException failure(String json) {
        try {
            RuleSetLoader.parse(json.getBytes(StandardCharsets.UTF_8), "user.json");
        } catch (OcopInputException e) {
            return e;
        }
        throw new AssertionError("expected the rule set to be refused");
    }

    @Test
    void aValidFileLoadsWithItsDigest() throws IOException {
        RuleSet r = RuleSetLoader.load(MINI);
        assertThat(r.id()).isEqualTo("mini");
        assertThat(r.sheets()).hasSize(1);
        assertThat(r.digest()).hasValue(RuleSetLoader.sha256(Files.readAllBytes(MINI)));
        assertThat(RuleSetLoader.load(new ByteArrayInputStream(Files.readAllBytes(MINI)), "stream")).isEqualTo(r);
    }

    static String mutate(java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change)
            throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(mini());
        change.accept(root);
        return mapper.writeValueAsString(root);
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode at(com.fasterxml.jackson.databind.JsonNode root,
                                                                    String pointer) {
        return (com.fasterxml.jackson.databind.node.ObjectNode) root.at(pointer);
    }

    @Test
    void anOptionAboveItsCriterionMaximumIsLocated() throws IOException {
        OcopInputException e = failure(mutate(r ->
                at(r, "/sheets/0/parts/0/sections/0/criteria/0/options/1").put("points", 23)));
        assertThat(e.getMessage()).isEqualTo("user.json $.sheets[0].parts[0].sections[0].criteria[0].options[1].points: "
                + "sheet 1, criterion 1.1: an option of 23 points exceeds the criterion maximum 20");
    }

    @Test
    void sectionsAndPartsThatDoNotSumToTheirMaximaAreLocated() throws IOException {
        OcopInputException e = failure(mutate(r -> at(r, "/sheets/0/parts/2/sections/0").put("maxPoints", 36)));
        assertThat(e.problems()).extracting(io.github.ocop.core.problem.Problem::path)
                .containsExactlyInAnyOrder("$.sheets[0].parts[2].maxPoints", "$.sheets[0].parts[2].sections[0].maxPoints");
        assertThat(e.getMessage()).contains("sections sum to 36, expected the part maximum 35")
                .contains("items sum to 35, expected the section maximum 36");
    }

    @Test
    void repeatedCodesOptionKeysOutOfOrderAndBadConditionsAreRefused() throws IOException {
        assertThat(failure(mutate(r -> at(r, "/sheets/0/parts/0/sections/0/criteria/1").put("code", "1.1")))
                .getMessage()).contains("duplicate criterion code 1.1");
        assertThat(failure(mutate(r -> at(r, "/sheets/0/parts/0/sections/0/criteria/1/options/1").put("key", "c")))
                .getMessage()).contains("option key \"c\", expected \"b\"");
        assertThat(failure(mutate(r -> at(r, "/sheets/0/parts/1/sections/0/criteria/1/applicability")
                .put("criterion", "9.9"))).getMessage()).contains("criterion 9.9, which the sheet does not have");
        assertThat(failure(mutate(r -> at(r, "/sheets/0/parts/0/sections/0/criteria/0/options/1")
                .put("minimumFor", 6))).getMessage()).contains("minimumFor must be 3, 4 or 5, was 6");
        assertThat(failure(mutate(r -> at(r, "/taxonomy/groups/0/categories/0/subgroups/0").put("sheet", "7")))
                .getMessage()).contains("$.taxonomy.groups[0].categories[0].subgroups[0].sheet")
                .contains("refers to sheet 7, which the rule set does not have");
    }

    @Test
    void unknownKeysAreRefusedWithTheKeysExpected() throws IOException {
        OcopInputException e = failure(mini().replaceFirst("\"title\": \"Mini rule set for tests\"",
                "\"title\": \"Mini rule set for tests\", \"colour\": \"red\""));
        assertThat(e.getMessage()).startsWith("user.json $.colour: unknown field (expected one of formatVersion, id, title");
    }

    @Test
    void duplicateKeysAreRefused() throws IOException {
        OcopInputException e = failure(mini().replaceFirst("\"id\": \"mini\"", "\"id\": \"mini\", \"id\": \"other\""));
        assertThat(e.getMessage()).contains("user.json").contains("the key \"id\" appears twice")
                .contains("line 3, column 17");
    }

    @Test
    void wrongTypesAndMissingFieldsAreLocated() throws IOException {
        assertThat(failure(mini().replaceFirst("\"stars\": 1", "\"stars\": \"one\"")).getMessage())
                .contains("$.starBands[0].stars: expected an integer, found string \"one\"");
        assertThat(failure(mini().replaceFirst("\"formatVersion\": \"2\",", "")).getMessage())
                .contains("$.formatVersion: missing required field");
        assertThat(failure(mini().replaceFirst("\"signed\": \"2030-01-01\"", "\"signed\": \"01/01/2030\"")).getMessage())
                .contains("$.instrument.signed: expected an ISO date (yyyy-mm-dd), found \"01/01/2030\"");
        assertThat(failure(mini().replaceFirst("\"kind\": \"SECONDARY\"", "\"kind\": \"RUMOUR\"")).getMessage())
                .contains("$.provenance.kind: unknown value \"RUMOUR\"");
    }

    @Test
    void bandsWithAGapOrOverlapAreRefused() throws IOException {
        assertThat(failure(mini().replaceFirst("\"minPoints\": 0", "\"minPoints\": 5")).getMessage())
                .contains("$.starBands").contains("1-star band must start at 0");
        assertThat(failure(mini().replaceFirst("\"minPoints\": 70", "\"minPoints\": 50")).getMessage())
                .contains("band minima must increase");
    }

    @Test
    void malformedTruncatedAndEmptyDocumentsGiveOneLocatedParagraph() throws IOException {
        String m = mini();
        // located at the JSON path where the document stops, and its line and column
        assertThat(failure(m.substring(0, m.length() / 2)).getMessage()).startsWith("user.json $.sheets[0].")
                .contains("JSON syntax error at line ").contains("the file ends too early").doesNotContain("\tat ");
        assertThat(failure("").getMessage()).startsWith("user.json $: the file is empty (0 bytes); expected a JSON"
                + " object");
        assertThat(failure("[1, 2]").getMessage()).contains("$: expected an object, found array");
        assertThat(failure("{\"a\": NaN}").getMessage()).contains("an invalid number");
        assertThat(failure("{} {}").getMessage()).contains("more content after the JSON object");
    }

    @Test
    void aByteOrderMarkIsAcceptedAndInvalidUtf8IsNamed() throws IOException {
        byte[] body = mini().getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[body.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bom, 3, body.length);
        // Notepad writes a byte order mark: accepted, the same rule set as without it
        assertThat(RuleSetLoader.parse(bom, "bom.json").id()).isEqualTo(RuleSetLoader.parse(body, "plain.json").id());
        byte[] bad = {'{', '"', (byte) 0xC3, '"', ':', '1', '}'};
        assertThatThrownBy(() -> RuleSetLoader.parse(bad, "bad.json")).hasMessageContaining("not UTF-8")
                .hasMessageContaining("line 1, column 3").hasMessageContaining("Save the file as UTF-8");
    }

    @Test
    void deepNestingIsRefusedWithoutAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThat(failure(deep).getMessage()).contains("user.json").contains("nested too deep (more than 64 levels)");
    }

    @Test
    void aDirectoryOrMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> RuleSetLoader.load(dir)).isInstanceOf(OcopInputException.class)
                .hasMessageContaining(dir + " $: is a directory, expected a JSON file");
        assertThatThrownBy(() -> RuleSetLoader.load(dir.resolve("nope.json")))
                .hasMessageContaining("nope.json $: no such file");
    }
}
