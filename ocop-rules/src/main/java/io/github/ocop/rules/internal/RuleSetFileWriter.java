package io.github.ocop.rules.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.Amendment;
import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Erratum;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.Provenance;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.model.StarBand;

import java.util.List;

/**
 * Writes a loaded {@link RuleSet} as a complete rule set file (format {@value RuleSetReader#FORMAT_VERSION}, see
 * {@code docs/rule-set-format.md}): the inverse of {@link RuleSetReader}, in the layout of {@link RuleSetFileFormat}
 * and the key order of the format document, so that the file reads back to an equal rule set.
 *
 * <p>Canonical form: every key of the format is written, {@code null} where a value is absent, except in citations,
 * which hold only their non-null keys (the model does not tell an omitted key from a {@code null} one). A file in this
 * form, such as the bundled {@code qd-26-2026.json}, is written back byte for byte.
 */
public final class RuleSetFileWriter {
    /** The order subject types are written in (docs/rule-set-format.md). */
    private static final List<String> SUBJECT_TYPE_ORDER = List.of("HOUSEHOLD", "FARM", "COOPERATIVE_GROUP",
            "COOPERATIVE", "ENTERPRISE", "LARGE_ENTERPRISE", "ASSOCIATION");


    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private RuleSetFileWriter() {
    }

    /**
     * Writes the rule set file.
     *
     * @param ruleSet the rule set
     * @return the JSON text, ending with a newline
     */
    public static String write(RuleSet ruleSet) {
        return RuleSetFileFormat.write(tree(ruleSet));
    }

    /**
     * Builds the JSON tree of a rule set file.
     *
     * @param r the rule set
     * @return the tree, keys in the order of the format document
     */
    public static ObjectNode tree(RuleSet r) {
        ObjectNode o = F.objectNode();
        o.put("formatVersion", RuleSetReader.FORMAT_VERSION);
        o.put("id", r.id());
        o.put("title", r.title());
        o.set("instrument", instrument(r.instrument()));
        o.set("provenance", provenance(r.provenance()));
        ArrayNode parts = o.putArray("parts");
        for (PartDefinition p : r.parts()) {
            ObjectNode po = parts.addObject();
            po.put("code", p.code().name());
            po.put("title", p.title());
            po.put("maxPoints", p.maxPoints());
            po.set("citation", citation(p.citation()));
        }
        ArrayNode bands = o.putArray("starBands");
        for (StarBand b : r.starRanking().bands()) {
            ObjectNode bo = bands.addObject();
            bo.put("stars", b.stars());
            bo.put("minPoints", b.minPoints());
            bo.set("citation", citation(b.citation()));
        }
        ArrayNode interpretations = o.putArray("interpretations");
        for (Interpretation i : r.interpretations()) {
            ObjectNode io = interpretations.addObject();
            io.put("id", i.id());
            io.put("text", i.text());
            io.put("reason", i.reason());
            if (!i.source().isEmpty()) {
                io.put("source", i.source());
            }
        }
        ArrayNode errata = o.putArray("errata");
        for (Erratum e : r.errata()) {
            ObjectNode eo = errata.addObject();
            eo.put("id", e.id());
            eo.put("sheet", e.sheet());
            eo.put("criterion", e.criterion());
            eo.put("option", e.option());
            eo.put("field", e.field());
            eo.put("printed", e.printed());
            eo.put("corrected", e.corrected());
            eo.put("reason", e.reason());
            eo.put("line", e.line());
        }
        ArrayNode groups = o.putObject("taxonomy").putArray("groups");
        for (ProductGroup g : r.taxonomy().groups()) {
            ObjectNode go = groups.addObject();
            go.put("code", g.code());
            go.put("title", g.title());
            ArrayNode categories = go.putArray("categories");
            for (ProductCategory c : g.categories()) {
                ObjectNode co = categories.addObject();
                co.put("code", c.code());
                co.put("title", c.title());
                strings(co.putArray("ministries"), c.ministries());
                ArrayNode subgroups = co.putArray("subgroups");
                for (ProductSubgroup s : c.subgroups()) {
                    ObjectNode so = subgroups.addObject();
                    so.put("code", s.code());
                    so.put("title", s.title());
                    strings(so.putArray("ministries"), s.ministries());
                    so.put("sheet", s.sheetId());
                    so.set("citation", citation(s.citation()));
                }
            }
            g.subjectTypes().ifPresent(t -> {
                ObjectNode to = go.putObject("subjectTypes");
                ArrayNode admitted = to.putArray("admitted");
                SUBJECT_TYPE_ORDER.stream().filter(t.admitted()::contains).forEach(admitted::add);
                t.admitted().stream().filter(x -> !SUBJECT_TYPE_ORDER.contains(x)).sorted().forEach(admitted::add);
                to.put("citation", t.citation());
            });
        }
        ArrayNode sheets = o.putArray("sheets");
        for (ScoringSheet s : r.sheets()) {
            sheets.add(sheet(s));
        }
        o.set("process", ProcessJson.write(r.process()));
        return o;
    }

    private static ObjectNode instrument(LegalInstrument i) {
        ObjectNode o = F.objectNode();
        o.put("number", i.number());
        o.put("title", i.title());
        o.put("signed", i.signed().toString());
        o.put("effectiveFrom", i.effectiveFrom().toString());
        o.put("effectiveUntil", i.effectiveUntil() == null ? null : i.effectiveUntil().toString());
        ArrayNode amendments = o.putArray("amendedBy");
        for (Amendment a : i.amendedBy()) {
            ObjectNode ao = amendments.addObject();
            ao.put("number", a.number());
            ao.put("signed", a.signed().toString());
            ao.put("note", a.note());
        }
        strings(o.putArray("replaces"), i.replaces());
        return o;
    }

    private static ObjectNode provenance(Provenance p) {
        ObjectNode o = F.objectNode();
        o.put("kind", p.kind().name());
        o.put("source", p.source());
        o.put("note", p.note());
        return o;
    }

    private static ObjectNode sheet(ScoringSheet s) {
        ObjectNode o = F.objectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("classification", s.classification().orElse(null));
        if (s.provenance().isPresent()) {
            o.set("provenance", provenance(s.provenance().get()));
        } else {
            o.putNull("provenance");
        }
        strings(o.putArray("deviations"), s.deviations());
        o.set("citation", citation(s.citation()));
        ArrayNode knockOuts = o.putArray("knockOuts");
        for (KnockOut k : s.knockOuts()) {
            ObjectNode ko = knockOuts.addObject();
            ko.put("id", k.id());
            ko.put("criterion", k.criterion());
            ko.put("effect", k.effect().name());
            ko.put("text", k.text());
            ko.set("citation", citation(k.citation()));
            k.trigger().ifPresent(t -> {
                ArrayNode any = ko.putObject("trigger").putArray("anyOf");
                for (var c : t.anyOf()) {
                    ObjectNode co = any.addObject();
                    co.put("criterion", c.criterion());
                    ArrayNode opts = co.putArray("options");
                    c.options().stream().sorted().forEach(opts::add);
                }
            });
        }
        ArrayNode parts = o.putArray("parts");
        for (Part p : s.parts()) {
            ObjectNode po = parts.addObject();
            po.put("code", p.code().name());
            po.put("title", p.title());
            po.put("maxPoints", p.maxPoints());
            po.set("citation", citation(p.citation()));
            ArrayNode sections = po.putArray("sections");
            for (Section sec : p.sections()) {
                sections.add(section(sec));
            }
        }
        return o;
    }

    private static ObjectNode section(Section s) {
        ObjectNode o = F.objectNode();
        o.put("code", s.code());
        o.put("title", s.title());
        o.put("maxPoints", s.maxPoints());
        o.set("citation", citation(s.citation()));
        ArrayNode sections = o.putArray("sections");
        for (Section sub : s.sections()) {
            sections.add(section(sub));
        }
        ArrayNode criteria = o.putArray("criteria");
        for (Criterion c : s.criteria()) {
            criteria.add(criterion(c));
        }
        return o;
    }

    private static ObjectNode criterion(Criterion c) {
        ObjectNode o = F.objectNode();
        o.put("code", c.code());
        o.put("title", c.title());
        o.put("maxPoints", c.maxPoints());
        strings(o.putArray("notes"), c.notes());
        if (c.applicability().isPresent()) {
            ObjectNode a = o.putObject("applicability");
            a.put("criterion", c.applicability().get().criterion());
            strings(a.putArray("anyOf"), c.applicability().get().anyOf());
            a.put("text", c.applicability().get().text());
        } else {
            o.putNull("applicability");
        }
        o.set("citation", citation(c.citation()));
        ArrayNode options = o.putArray("options");
        for (Option op : c.options()) {
            ObjectNode oo = options.addObject();
            oo.put("key", op.key());
            oo.put("text", op.text());
            oo.put("points", op.points());
            oo.put("minimumFor", op.minimumFor());
            oo.put("case", op.caseLabel());
            oo.put("interpretation", op.interpretation());
            oo.set("citation", citation(op.citation()));
        }
        c.subjectTypes().ifPresent(t -> {
            ObjectNode to = o.putObject("subjectTypes");
            ObjectNode by = to.putObject("byOption");
            for (Option op : c.options()) {
                t.typesOf(op.key()).ifPresent(types -> {
                    ArrayNode a = by.putArray(op.key());
                    SUBJECT_TYPE_ORDER.stream().filter(types::contains).forEach(a::add);
                    types.stream().filter(x -> !SUBJECT_TYPE_ORDER.contains(x)).sorted().forEach(a::add);
                });
            }
            to.put("citation", t.citation());
            t.line().ifPresent(l -> to.put("line", l));
            t.evidence().ifPresent(e -> to.put("evidence", e));
        });
        return o;
    }

    /** A citation holds its non-null keys only, in the order instrument, article, annex, sheet, item, line. */
    private static ObjectNode citation(Citation c) {
        ObjectNode o = F.objectNode();
        o.put("instrument", c.instrument());
        putIfPresent(o, "article", c.article());
        putIfPresent(o, "annex", c.annex());
        putIfPresent(o, "sheet", c.sheet());
        putIfPresent(o, "item", c.item());
        if (c.line() != null) {
            o.put("line", c.line());
        }
        return o;
    }

    private static void putIfPresent(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
