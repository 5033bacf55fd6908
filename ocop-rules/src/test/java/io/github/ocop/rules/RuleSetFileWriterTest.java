package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.internal.RuleSetFileWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runtime writer of rule set files (what {@code ocop export} prints) writes a loaded rule set back as its file:
 * byte for byte for a file in the canonical form, and for every bundled file a file that loads to an equal rule set.
 */
class RuleSetFileWriterTest {
    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ocop/rules");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * Bundled files not in the canonical form, and why. Their citations write absent keys as explicit {@code null}
     * (qd-1048-2019: all but {@code article}; qd-148-2023: all six), which the model does not keep; the writer omits
     * them, as qd-26-2026 does. Normalising these files is a content change of the bundled rule sets (new digests),
     * left to the format work of issue 12; remove an id from here once its file is canonical.
     */
    private static final Set<String> NULL_KEYS_IN_CITATIONS = Set.of("qd-1048-2019", "qd-148-2023");

    static List<String> bundledIds() {
        return List.copyOf(new BundledRuleSets().ids());
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void writingALoadedBundledRuleSetGivesItsFileBack(String id) throws IOException {
        byte[] file = Files.readAllBytes(RESOURCES.resolve(id + ".json"));
        RuleSet loaded = RuleSetLoader.parse(file, id + ".json");
        String written = RuleSetFileWriter.write(loaded);

        if (NULL_KEYS_IN_CITATIONS.contains(id)) {
            assertThat(written.getBytes(StandardCharsets.UTF_8))
                    .as("%s.json is now canonical: remove it from NULL_KEYS_IN_CITATIONS", id).isNotEqualTo(file);
            assertThat(MAPPER.readTree(written)).isEqualTo(withoutNullCitationKeys(MAPPER.readTree(file)));
        } else {
            assertThat(written).isEqualTo(new String(file, StandardCharsets.UTF_8));
        }
        RuleSet reloaded = RuleSetLoader.parse(written.getBytes(StandardCharsets.UTF_8), "written " + id + ".json");
        assertThat(reloaded).isEqualTo(loaded);
        assertThat(RuleSetValidator.validate(reloaded).errors()).isEmpty();
        assertThat(RuleSetFileWriter.write(reloaded)).as("the canonical form is a fixed point").isEqualTo(written);
    }

    @ParameterizedTest
    @MethodSource("bundledIds")
    void everyKeyOfTheFileIsWrittenInItsOrder(String id) throws IOException {
        JsonNode file = withoutNullCitationKeys(MAPPER.readTree(RESOURCES.resolve(id + ".json").toFile()));
        JsonNode written = MAPPER.readTree(RuleSetFileWriter.write(
                RuleSetLoader.parse(Files.readAllBytes(RESOURCES.resolve(id + ".json")), id + ".json")));
        assertThat(keyPaths(written, "$")).isEqualTo(keyPaths(file, "$"));
    }

    private static JsonNode withoutNullCitationKeys(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                if (e.getKey().equals("citation") && e.getValue() instanceof ObjectNode c) {
                    List<String> nulls = new ArrayList<>();
                    c.properties().forEach(k -> {
                        if (k.getValue().isNull()) {
                            nulls.add(k.getKey());
                        }
                    });
                    c.remove(nulls);
                }
                withoutNullCitationKeys(e.getValue());
            }
        } else if (node instanceof ArrayNode a) {
            a.forEach(RuleSetFileWriterTest::withoutNullCitationKeys);
        }
        return node;
    }

    private static List<String> keyPaths(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                out.add(path + "." + e.getKey());
                out.addAll(keyPaths(e.getValue(), path + "." + e.getKey()));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.addAll(keyPaths(node.get(i), path + "[" + i + "]"));
            }
        }
        return out;
    }
}
