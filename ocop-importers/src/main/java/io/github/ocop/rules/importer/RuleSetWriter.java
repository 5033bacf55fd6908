package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.rules.importer.SheetModel.KnockOut;
import io.github.ocop.rules.importer.SheetModel.Node;
import io.github.ocop.rules.importer.SheetModel.Option;
import io.github.ocop.rules.importer.SheetModel.Part;
import io.github.ocop.rules.importer.TaxonomyParser.Category;
import io.github.ocop.rules.importer.TaxonomyParser.Group;
import io.github.ocop.rules.importer.TaxonomyParser.Subgroup;
import java.util.List;

/** Writes the rule set as JSON, keys in the order of {@code docs/rule-set-format.md}. */
final class RuleSetWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> CITATION_KEYS = List.of("instrument", "article", "annex", "sheet", "item", "line");

    private RuleSetWriter() {
    }

    /** Builds the whole rule set. */
    static ObjectNode ruleSet(CuratedData curated, List<Group> taxonomy, List<SheetModel> sheets) {
        JsonNode c = curated.root();
        ObjectNode root = F.objectNode();
        root.put("formatVersion", CuratedData.text(c, "formatVersion"));
        root.put("id", CuratedData.text(c, "id"));
        root.put("title", CuratedData.text(c, "title"));
        root.set("instrument", ordered(CuratedData.required(c, "instrument"),
                "number", "title", "signed", "effectiveFrom", "effectiveUntil", "amendedBy", "replaces"));
        root.set("provenance", ordered(CuratedData.required(c, "provenance"), "kind", "source", "note"));
        ArrayNode parts = root.putArray("parts");
        for (JsonNode p : CuratedData.required(c, "parts")) {
            ObjectNode o = ordered(p, "code", "title", "maxPoints");
            o.set("citation", citation(p.get("citation")));
            parts.add(o);
        }
        ArrayNode bands = root.putArray("starBands");
        for (JsonNode b : CuratedData.required(c, "starBands")) {
            ObjectNode o = ordered(b, "stars", "minPoints");
            o.set("citation", citation(b.get("citation")));
            bands.add(o);
        }
        ArrayNode interpretations = root.putArray("interpretations");
        for (JsonNode i : CuratedData.required(c, "interpretations")) {
            ObjectNode io = ordered(i, "id", "text", "reason");
            if (i.has("source")) {
                io.set("source", i.get("source").deepCopy());
            }
            interpretations.add(io);
        }
        ArrayNode errata = root.putArray("errata");
        for (JsonNode e : CuratedData.required(c, "errata")) {
            errata.add(ordered(e, "id", "sheet", "criterion", "option", "field", "printed", "corrected", "reason", "line"));
        }
        root.set("taxonomy", taxonomy(taxonomy));
        // the subject types each group admits are curated (Điều 2 khoản 3 is prose, not Annex I's table)
        JsonNode types = c.get("subjectTypes");
        if (types != null) {
            for (JsonNode g : root.get("taxonomy").get("groups")) {
                for (JsonNode t : types) {
                    for (JsonNode code : t.get("groups")) {
                        if (code.asText().equals(g.get("code").asText())) {
                            ObjectNode st = ((ObjectNode) g).putObject("subjectTypes");
                            st.set("admitted", t.get("admitted").deepCopy());
                            st.set("citation", t.get("citation").deepCopy());
                        }
                    }
                }
            }
        }
        ArrayNode sheetArray = root.putArray("sheets");
        for (SheetModel s : sheets) {
            sheetArray.add(sheet(s));
        }
        // the process facts are curated by hand (docs/rule-set-format.md, "process") and copied as written
        root.set("process", CuratedData.required(c, "process").deepCopy());
        return root;
    }

    private static ObjectNode ordered(JsonNode source, String... keys) {
        ObjectNode o = F.objectNode();
        for (String k : keys) {
            if (!source.has(k)) {
                throw new IllegalStateException("curated data lacks '" + k + "' in " + source);
            }
            o.set(k, source.get(k).deepCopy());
        }
        return o;
    }

    private static ObjectNode citation(JsonNode source) {
        if (source == null || !source.isObject()) {
            throw new IllegalStateException("curated citation missing");
        }
        ObjectNode o = F.objectNode();
        for (String k : CITATION_KEYS) {
            if (source.has(k)) {
                o.set(k, source.get(k).deepCopy());
            }
        }
        return o;
    }

    private static ObjectNode taxonomy(List<Group> groups) {
        ObjectNode t = F.objectNode();
        ArrayNode ga = t.putArray("groups");
        for (Group g : groups) {
            ObjectNode go = ga.addObject();
            go.put("code", g.code);
            go.put("title", g.title);
            ArrayNode ca = go.putArray("categories");
            for (Category c : g.categories) {
                ObjectNode co = ca.addObject();
                co.put("code", c.code);
                co.put("title", c.title);
                strings(co.putArray("ministries"), c.ministries);
                ArrayNode sa = co.putArray("subgroups");
                for (Subgroup s : c.subgroups) {
                    ObjectNode so = sa.addObject();
                    so.put("code", s.code);
                    so.put("title", s.title);
                    strings(so.putArray("ministries"), s.ministries);
                    so.put("sheet", s.sheet);
                    so.set("citation", Citations.annex("I", null, s.code, s.line));
                }
            }
        }
        return t;
    }

    private static ObjectNode sheet(SheetModel s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id);
        o.put("title", s.title);
        o.put("classification", s.classification);
        o.putNull("provenance");
        strings(o.putArray("deviations"), s.deviations);
        o.set("citation", Citations.annex("II", s.id, null, s.line));
        ArrayNode ko = o.putArray("knockOuts");
        int n = 1;
        for (KnockOut k : s.knockOuts) {
            ObjectNode ko1 = ko.addObject();
            ko1.put("id", "KO" + n++);
            ko1.put("criterion", k.criterion);
            ko1.put("effect", k.effect);
            ko1.put("text", k.text);
            ko1.set("citation", Citations.annex("II", s.id, k.criterion, k.line));
        }
        ArrayNode parts = o.putArray("parts");
        for (Part p : s.parts) {
            ObjectNode po = parts.addObject();
            po.put("code", p.code);
            po.put("title", p.title);
            po.put("maxPoints", p.maxPoints);
            po.set("citation", Citations.annex("II", s.id, p.code, p.line));
            ArrayNode sections = po.putArray("sections");
            for (Node sec : p.sections) {
                sections.add(section(s.id, sec));
            }
        }
        return o;
    }

    private static ObjectNode section(String sheet, Node n) {
        ObjectNode o = F.objectNode();
        o.put("code", n.code);
        o.put("title", n.title);
        o.put("maxPoints", n.maxPoints);
        o.set("citation", Citations.annex("II", sheet, n.code, n.line));
        ArrayNode subs = o.putArray("sections");
        ArrayNode criteria = o.putArray("criteria");
        if (n.isLeaf()) {
            criteria.add(criterion(sheet, n));
            return o;
        }
        for (Node c : n.children) {
            if (c.isLeaf()) {
                criteria.add(criterion(sheet, c));
            } else {
                subs.add(section(sheet, c));
            }
        }
        return o;
    }

    private static ObjectNode criterion(String sheet, Node n) {
        ObjectNode o = F.objectNode();
        o.put("code", n.code);
        o.put("title", n.title);
        o.put("maxPoints", n.maxPoints);
        strings(o.putArray("notes"), n.notes);
        if (n.applicabilityCriterion == null) {
            o.putNull("applicability");
        } else {
            ObjectNode a = o.putObject("applicability");
            a.put("criterion", n.applicabilityCriterion);
            strings(a.putArray("anyOf"), n.applicabilityKeys);
            a.put("text", n.applicabilityText);
        }
        o.set("citation", Citations.annex("II", sheet, n.code, n.line));
        ArrayNode options = o.putArray("options");
        for (Option op : n.options) {
            ObjectNode oo = options.addObject();
            oo.put("key", op.key);
            oo.put("text", op.text);
            oo.put("points", op.points);
            if (op.minimumFor == null) {
                oo.putNull("minimumFor");
            } else {
                oo.put("minimumFor", op.minimumFor);
            }
            oo.put("case", op.caseHeading);
            oo.put("interpretation", op.interpretation);
            oo.set("citation", Citations.annex("II", sheet, n.code, op.line));
        }
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
