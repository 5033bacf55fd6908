package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewed, hand-maintained part of the rule set ({@code curated.json}): header, rule-set parts
 * and star bands, interpretations, errata and per-sheet deviations.
 *
 * @param root the curated JSON document
 */
record CuratedData(JsonNode root) {

    static CuratedData read(Path path) {
        try {
            return new CuratedData(new ObjectMapper().readTree(path.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    List<Erratum> errata() {
        List<Erratum> list = new ArrayList<>();
        required(root, "errata").forEach(e -> list.add(Erratum.fromJson(e)));
        return list;
    }

    /** Maximum of each rule-set part, in order (A, B, C). */
    Map<String, Integer> partMaxima() {
        Map<String, Integer> m = new LinkedHashMap<>();
        required(root, "parts").forEach(p -> m.put(text(p, "code"), p.path("maxPoints").asInt()));
        return m;
    }

    /** The accepted deviations of a sheet. */
    List<String> deviations(String sheet) {
        List<String> list = new ArrayList<>();
        root.path("deviations").path(sheet).forEach(d -> list.add(d.asText()));
        return list;
    }

    static JsonNode required(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null) {
            throw new IllegalStateException("curated data lacks '" + key + "'");
        }
        return v;
    }

    static String text(JsonNode node, String key) {
        return required(node, key).asText();
    }

    /**
     * The sheet of a rule set's JSON tree that a curated entry names.
     *
     * @param ruleSet the rule set's tree
     * @param sheetId the sheet's id
     * @param where   the curated entry, for the message
     * @return the sheet
     * @throws IllegalStateException when the rule set has no such sheet
     */
    static JsonNode sheet(JsonNode ruleSet, String sheetId, String where) {
        for (JsonNode s : ruleSet.path("sheets")) {
            if (s.path("id").asText().equals(sheetId)) {
                return s;
            }
        }
        throw new IllegalStateException(where + ": no sheet " + sheetId);
    }
}
