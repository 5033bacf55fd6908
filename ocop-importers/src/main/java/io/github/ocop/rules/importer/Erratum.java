package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A reviewed correction of a misprint in the source, read from the curated file. The importer
 * applies it where the printed value is read and fails when the printed value no longer matches.
 *
 * @param id        identifier, e.g. {@code E-SHEET4-7}
 * @param sheet     sheet id
 * @param criterion criterion code, or {@code null} for a part heading
 * @param option    option key, or {@code null} for a maximum
 * @param field     {@code points} or {@code maxPoints}
 * @param printed   the value as printed (the score cell's lines joined by one space; empty when blank)
 * @param corrected the value the rule set uses
 * @param reason    why the printed value is a misprint
 * @param line      1-based line of the printed value in the source
 */
public record Erratum(String id, String sheet, String criterion, String option, String field,
                      String printed, String corrected, String reason, int line) {

    /** Reads an erratum from its curated JSON object. */
    static Erratum fromJson(JsonNode n) {
        return new Erratum(n.path("id").asText(), n.path("sheet").asText(), textOrNull(n.get("criterion")),
                textOrNull(n.get("option")), n.path("field").asText(), n.path("printed").asText(),
                n.path("corrected").asText(), n.path("reason").asText(), n.path("line").asInt());
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
