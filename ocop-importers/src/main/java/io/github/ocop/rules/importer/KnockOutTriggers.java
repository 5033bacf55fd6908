package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Applies the curated {@code knockOutTriggers} to a generated rule set: each entry names a sheet and one of its
 * knock-outs (by id) and the answers it follows from ({@code anyOf: [{criterion, options}]}). The import fails when
 * an entry names a sheet, knock-out, criterion or option that does not exist, uses {@code "none"} on a criterion that
 * does not accept it (its printed options start at 0 points), or names a knock-out twice.
 */
final class KnockOutTriggers {

    private KnockOutTriggers() {
    }

    /**
     * Sets {@code trigger} on the named knock-outs of {@code ruleSet}.
     *
     * @param ruleSet the generated rule set (its {@code sheets})
     * @param entries the curated {@code knockOutTriggers} array, or a missing node for none
     * @param check   further checks of an entry against its knock-out (e.g. the cited source line), or null
     */
    static void apply(ObjectNode ruleSet, JsonNode entries, BiConsumer<JsonNode, JsonNode> check) {
        if (entries == null || entries.isMissingNode() || entries.isNull()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode e : entries) {
            String sheetId = CuratedData.text(e, "sheet");
            String koId = CuratedData.text(e, "knockOut");
            String where = "curated knockOutTriggers " + sheetId + "/" + koId;
            if (!seen.add(sheetId + "/" + koId)) {
                throw new IllegalStateException(where + ": named twice");
            }
            JsonNode sheet = CuratedData.sheet(ruleSet, sheetId, where);
            ObjectNode ko = null;
            for (JsonNode k : sheet.path("knockOuts")) {
                if (k.path("id").asText().equals(koId)) {
                    ko = (ObjectNode) k;
                }
            }
            if (ko == null) {
                throw new IllegalStateException(where + ": sheet " + sheetId + " has no knock-out " + koId);
            }
            if (check != null) {
                check.accept(e, ko);
            }
            JsonNode anyOf = CuratedData.required(e, "anyOf");
            if (!anyOf.isArray() || anyOf.isEmpty()) {
                throw new IllegalStateException(where + ": anyOf must list at least one answer");
            }
            ObjectNode trigger = ko.objectNode();
            ArrayNode out = trigger.putArray("anyOf");
            for (JsonNode cond : anyOf) {
                String code = CuratedData.text(cond, "criterion");
                JsonNode criterion = criterion(sheet, code);
                if (criterion == null) {
                    throw new IllegalStateException(where + ": sheet " + sheetId + " has no criterion " + code);
                }
                List<String> keys = new ArrayList<>();
                for (JsonNode o : criterion.path("options")) {
                    keys.add(o.path("key").asText());
                }
                int lowest = Integer.MAX_VALUE;
                for (JsonNode o : criterion.path("options")) {
                    lowest = Math.min(lowest, o.path("points").asInt());
                }
                boolean acceptsNone = lowest > 0;
                JsonNode options = CuratedData.required(cond, "options");
                if (!options.isArray() || options.isEmpty()) {
                    throw new IllegalStateException(where + ": criterion " + code + " lists no option");
                }
                ObjectNode c = out.addObject();
                c.put("criterion", code);
                ArrayNode opts = c.putArray("options");
                for (JsonNode o : options) {
                    String key = o.asText();
                    if (key.equals("none") ? !acceptsNone : !keys.contains(key)) {
                        throw new IllegalStateException(where + ": criterion " + code + " has no option '" + key
                                + "' (options " + keys + (acceptsNone ? " and none" : "") + ")");
                    }
                    opts.add(key);
                }
            }
            ko.set("trigger", trigger);
        }
    }

    private static JsonNode criterion(JsonNode sheet, String code) {
        for (JsonNode p : sheet.path("parts")) {
            JsonNode c = find(p.path("sections"), code);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static JsonNode find(JsonNode sections, String code) {
        for (JsonNode s : sections) {
            for (JsonNode c : s.path("criteria")) {
                if (c.path("code").asText().equals(code)) {
                    return c;
                }
            }
            JsonNode sub = find(s.path("sections"), code);
            if (sub != null) {
                return sub;
            }
        }
        return null;
    }
}
