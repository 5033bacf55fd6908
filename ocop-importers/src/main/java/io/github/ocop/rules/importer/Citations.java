package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds citation objects in the key order of {@code docs/rule-set-format.md}; absent fields are omitted. */
final class Citations {

    /** The instrument every citation of this rule set names. */
    static final String INSTRUMENT = "26/2026/QĐ-TTg";

    private Citations() {
    }

    /** A citation of an annex item: {@code instrument, annex, sheet, item, line}, nulls omitted. */
    static ObjectNode annex(String annex, String sheet, String item, int line) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("instrument", INSTRUMENT);
        c.put("annex", annex);
        if (sheet != null) {
            c.put("sheet", sheet);
        }
        if (item != null) {
            c.put("item", item);
        }
        c.put("line", line);
        return c;
    }
}
