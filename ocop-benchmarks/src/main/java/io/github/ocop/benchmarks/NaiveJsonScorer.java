package io.github.ocop.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * A naive baseline: scores by walking the Jackson tree of the rule set file on every call (find the sheet, walk its
 * parts, sections and criteria, look the chosen option up by key, collect the minima, find the band). No
 * validation.
 */
public final class NaiveJsonScorer {
    private final JsonNode root;

    /** @param root the parsed rule set file */
    public NaiveJsonScorer(JsonNode root) {
        this.root = root;
    }

    /**
     * @param sheetId a sheet id
     * @param answers criterion code to option key
     * @return {total, stars}
     */
    public int[] score(String sheetId, Map<String, String> answers) {
        JsonNode sheet = null;
        for (JsonNode s : root.get("sheets")) {
            if (s.get("id").asText().equals(sheetId)) {
                sheet = s;
            }
        }
        if (sheet == null) {
            throw new IllegalArgumentException("no sheet " + sheetId);
        }
        int[] acc = {0, 6};
        for (JsonNode part : sheet.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                walk(section, answers, acc);
            }
        }
        int band = 1;
        for (JsonNode b : root.get("starBands")) {
            if (acc[0] >= b.get("minPoints").asInt()) {
                band = Math.max(band, b.get("stars").asInt());
            }
        }
        return new int[] {acc[0], Math.max(1, Math.min(band, acc[1] - 1))};
    }

    private static void walk(JsonNode section, Map<String, String> answers, int[] acc) {
        for (JsonNode c : section.get("criteria")) {
            JsonNode app = c.get("applicability");
            boolean applies = true;
            if (app != null && !app.isNull()) {
                String cond = answers.get(app.get("criterion").asText());
                applies = false;
                for (JsonNode k : app.get("anyOf")) {
                    if (k.asText().equals(cond)) {
                        applies = true;
                    }
                }
            }
            String key = answers.get(c.get("code").asText());
            int points = 0;
            Map<Integer, Integer> minimum = new HashMap<>();
            for (JsonNode o : c.get("options")) {
                if (applies && o.get("key").asText().equals(key)) {
                    points = o.get("points").asInt();
                }
                JsonNode m = o.get("minimumFor");
                if (m != null && !m.isNull()) {
                    minimum.merge(m.asInt(), o.get("points").asInt(), Math::min);
                }
            }
            acc[0] += points;
            for (Map.Entry<Integer, Integer> e : minimum.entrySet()) {
                if (points < e.getValue()) {
                    acc[1] = Math.min(acc[1], e.getKey());
                }
            }
        }
        for (JsonNode sub : section.get("sections")) {
            walk(sub, answers, acc);
        }
    }
}
