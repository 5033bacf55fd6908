package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Applies the curated {@code subjectTypeOptions} to a generated rule set: each entry names sheets, the criterion on
 * the type of organisation ("Loại hình tổ chức sản xuất - kinh doanh") and, per option, the start of its printed text
 * and the subject types it describes; the criterion gets {@code subjectTypes} with a citation per sheet, as the law
 * cites it ({@code {sheet}} in the curated citation is replaced by the sheet id), the criterion's source line
 * ({@code line}, when its citation has one) and the curated {@code evidence} (why the options map so), if any. The import fails when a sheet, criterion or option does not exist, an option's text does not start as
 * curated, or a sheet is named twice.
 */
final class SubjectTypeOptions {

    private SubjectTypeOptions() {
    }

    /**
     * Sets {@code subjectTypes} on the named criteria of {@code ruleSet}.
     *
     * @param ruleSet the generated rule set (its {@code sheets})
     * @param entries the curated {@code subjectTypeOptions} array, or a missing node for none
     */
    static void apply(ObjectNode ruleSet, JsonNode entries) {
        if (entries == null || entries.isMissingNode() || entries.isNull()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode e : entries) {
            String code = CuratedData.text(e, "criterion");
            String citation = CuratedData.text(e, "citation");
            String evidence = e.hasNonNull("evidence") ? CuratedData.text(e, "evidence") : null;
            JsonNode options = CuratedData.required(e, "options");
            for (JsonNode sid : CuratedData.required(e, "sheets")) {
                String sheetId = sid.asText();
                String where = "curated subjectTypeOptions " + sheetId + "/" + code;
                if (!seen.add(sheetId)) {
                    throw new IllegalStateException(where + ": sheet named twice");
                }
                JsonNode sheet = CuratedData.sheet(ruleSet, sheetId, where);
                ObjectNode criterion = null;
                for (JsonNode p : sheet.path("parts")) {
                    for (JsonNode s : p.path("sections")) {
                        for (JsonNode c : s.path("criteria")) {
                            if (c.path("code").asText().equals(code)) {
                                criterion = (ObjectNode) c;
                            }
                        }
                    }
                }
                if (criterion == null) {
                    throw new IllegalStateException(where + ": sheet " + sheetId + " has no criterion " + code);
                }
                ObjectNode out = criterion.objectNode();
                ObjectNode by = out.putObject("byOption");
                Iterator<Map.Entry<String, JsonNode>> it = options.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> o = it.next();
                    JsonNode option = null;
                    for (JsonNode x : criterion.path("options")) {
                        if (x.path("key").asText().equals(o.getKey())) {
                            option = x;
                        }
                    }
                    if (option == null) {
                        throw new IllegalStateException(where + ": no option " + o.getKey());
                    }
                    String prefix = CuratedData.text(o.getValue(), "textStartsWith");
                    if (!option.path("text").asText().startsWith(prefix)) {
                        throw new IllegalStateException(where + ": option " + o.getKey() + " does not start with '"
                                + prefix + "': " + option.path("text").asText());
                    }
                    ArrayNode types = by.putArray(o.getKey());
                    for (JsonNode t : CuratedData.required(o.getValue(), "types")) {
                        types.add(t.asText());
                    }
                }
                JsonNode line = criterion.path("citation").path("line");
                out.put("citation", citation.replace("{sheet}", sheetId));
                if (line.isInt()) {
                    out.put("line", line.asInt());
                }
                if (evidence != null) {
                    out.put("evidence", evidence);
                }
                criterion.set("subjectTypes", out);
            }
        }
    }
}
