package io.github.ocop.rules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.model.Amendment;
import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Erratum;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.ProcessRules;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutEffect;
import io.github.ocop.core.model.KnockOutTrigger;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.ProductTaxonomy;
import io.github.ocop.core.model.Provenance;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.model.StarRanking;
import io.github.ocop.core.problem.Problem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Maps a rule set JSON tree (format "2", see docs/rule-set-format.md) to the model, strictly and with located errors. */
public final class RuleSetReader {
    /** The subject type names a file may use (those of io.github.ocop.core.scoring.SubjectType). */
    private static final List<String> SUBJECT_TYPES = Arrays.stream(io.github.ocop.core.scoring.SubjectType.values())
            .map(Enum::name).toList();
    /** The format version this reader understands. */
    public static final String FORMAT_VERSION = "2";

    private RuleSetReader() {
    }

    /**
     * {@return the rule set (not yet semantically validated)}
     *
     * @param root   the parsed document
     * @param digest the SHA-256 (hex) of the document's bytes, or null
     * @throws JsonProblem at the first structural problem
     */
    public static RuleSet read(JsonNode root, String digest) {
        return read(root, digest, java.util.Locale.ENGLISH);
    }

    /**
     * {@return the rule set (not yet semantically validated)}
     *
     * @param root   the parsed document
     * @param digest the SHA-256 (hex) of the document's bytes, or null
     * @param locale the language of the reading path's messages (keys, types)
     * @throws JsonProblem at the first structural problem
     */
    public static RuleSet read(JsonNode root, String digest, java.util.Locale locale) {
        JsonObject o = JsonObject.of(root, "$", locale);
        String version = o.string("formatVersion");
        if ("1".equals(version)) {
            throw new JsonProblem(new Problem(o.pathOf("formatVersion"), RulesMessages.of("ruleSet.formatVersion1")));
        }
        if (!FORMAT_VERSION.equals(version)) {
            throw new JsonProblem(new Problem(o.pathOf("formatVersion"), RulesMessages.of("ruleSet.formatVersion",
                    version, FORMAT_VERSION)));
        }
        String id = o.string("id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new JsonProblem(new Problem(o.pathOf("id"), RulesMessages.of("ruleSet.idSyntax", id)));
        }
        RuleSet.Builder b = RuleSet.builder().id(id).digest(digest)
                .title(o.string("title"))
                .instrument(instrument(o.object("instrument")))
                .provenance(provenance(o.object("provenance")))
                .parts(o.objects("parts", RuleSetReader::partDefinition))
                .starRanking(bands(o))
                .interpretations(o.objects("interpretations", RuleSetReader::interpretation))
                .errata(o.objects("errata", RuleSetReader::erratum))
                .taxonomy(taxonomy(o.object("taxonomy")))
                .sheets(o.objects("sheets", RuleSetReader::sheet));
        JsonObject process = o.optObject("process");
        b.process(process == null ? ProcessRules.NONE : ProcessJson.read(process));
        o.finish();
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem("$", RulesMessages.refused(e)));
        }
    }

    private static StarRanking bands(JsonObject o) {
        List<StarBand> bands = o.objects("starBands", x -> guard(x, () -> {
            StarBand b = new StarBand(x.integer("stars"), x.integer("minPoints"), citation(x.object("citation")));
            x.finish();
            return b;
        }));
        try {
            return StarRanking.of(bands);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(o.pathOf("starBands"), RulesMessages.refused(e)));
        }
    }

    private static LegalInstrument instrument(JsonObject o) {
        return guard(o, () -> {
            LegalInstrument i = new LegalInstrument(o.string("number"), o.string("title"), o.date("signed"),
                    o.date("effectiveFrom"), o.optDate("effectiveUntil"),
                    o.objects("amendedBy", a -> guard(a, () -> {
                        Amendment am = new Amendment(a.string("number"), a.date("signed"), nz(a.optString("note")));
                        a.finish();
                        return am;
                    })),
                    o.strings("replaces"));
            o.finish();
            return i;
        });
    }

    private static Provenance provenance(JsonObject o) {
        String kind = o.string("kind");
        ProvenanceKind k = enumValue(ProvenanceKind.class, kind, o.pathOf("kind"));
        Provenance p = new Provenance(k, o.string("source"), nz(o.optString("note")));
        o.finish();
        return p;
    }

    private static PartDefinition partDefinition(JsonObject o) {
        return guard(o, () -> {
            PartDefinition p = new PartDefinition(partCode(o), o.string("title"), o.integer("maxPoints"),
                    citation(o.object("citation")));
            o.finish();
            return p;
        });
    }

    private static Interpretation interpretation(JsonObject o) {
        String source = o.optString("source");
        Interpretation i = new Interpretation(o.string("id"), o.string("text"), o.string("reason"),
                source == null ? "" : source);
        o.finish();
        return i;
    }

    private static Erratum erratum(JsonObject o) {
        Erratum e = new Erratum(o.string("id"), o.optString("sheet"), o.optString("criterion"), o.optString("option"),
                o.string("field"), o.string("printed"), o.string("corrected"), o.string("reason"),
                o.optInteger("line"));
        o.finish();
        return e;
    }

    private static ProductTaxonomy taxonomy(JsonObject o) {
        List<ProductGroup> groups = o.objects("groups", g -> {
            ProductGroup pg = new ProductGroup(g.string("code"), g.string("title"), g.objects("categories", c -> {
                ProductCategory pc = new ProductCategory(c.string("code"), c.string("title"), c.strings("ministries"),
                        c.objects("subgroups", s -> {
                            ProductSubgroup ps = new ProductSubgroup(s.string("code"), s.string("title"),
                                    s.strings("ministries"), s.optString("sheet"), citation(s.object("citation")));
                            s.finish();
                            return ps;
                        }));
                c.finish();
                return pc;
            }), Optional.ofNullable(g.optObject("subjectTypes")).map(t -> guard(t, () -> {
                io.github.ocop.core.model.SubjectTypes st = new io.github.ocop.core.model.SubjectTypes(
                        new java.util.LinkedHashSet<>(t.strings("admitted")), t.string("citation"));
                t.finish();
                return st;
            })));
            g.finish();
            return pg;
        });
        o.finish();
        try {
            return ProductTaxonomy.of(groups);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(o.path(), RulesMessages.refused(e)));
        }
    }

    private static ScoringSheet sheet(JsonObject o) {
        return guard(o, () -> {
            JsonObject prov = o.optObject("provenance");
            ScoringSheet s = new ScoringSheet(o.string("id"), o.string("title"), o.optString("classification"),
                    prov == null ? null : provenance(prov), o.strings("deviations"), citation(o.object("citation")),
                    o.objects("knockOuts", RuleSetReader::knockOut), o.objects("parts", RuleSetReader::part));
            o.finish();
            return s;
        });
    }

    private static KnockOut knockOut(JsonObject o) {
        String id = o.string("id");
        String criterion = o.optString("criterion");
        KnockOutEffect effect = enumValue(KnockOutEffect.class, o.string("effect"), o.pathOf("effect"));
        String text = o.string("text");
        Citation citation = citation(o.object("citation"));
        JsonObject t = o.optObject("trigger");
        Optional<KnockOutTrigger> trigger = Optional.ofNullable(t).map(x -> guard(x, () -> {
            List<KnockOutTrigger.AnswerCondition> anyOf = x.objects("anyOf", y -> guard(y, () -> {
                KnockOutTrigger.AnswerCondition c = new KnockOutTrigger.AnswerCondition(y.string("criterion"),
                        new java.util.LinkedHashSet<>(y.strings("options")));
                y.finish();
                return c;
            }));
            x.finish();
            return new KnockOutTrigger(anyOf);
        }));
        o.finish();
        return new KnockOut(id, criterion, effect, text, citation, trigger);
    }

    private static Part part(JsonObject o) {
        return guard(o, () -> {
            Part p = new Part(partCode(o), o.string("title"), o.integer("maxPoints"), citation(o.object("citation")),
                    o.objects("sections", RuleSetReader::section));
            o.finish();
            return p;
        });
    }

    private static Section section(JsonObject o) {
        return guard(o, () -> {
            Section s = new Section(o.string("code"), o.string("title"), o.integer("maxPoints"),
                    citation(o.object("citation")), o.objects("sections", RuleSetReader::section),
                    o.objects("criteria", RuleSetReader::criterion));
            o.finish();
            return s;
        });
    }

    private static Criterion criterion(JsonObject o) {
        return guard(o, () -> {
            JsonObject ap = o.optObject("applicability");
            Applicability applicability = null;
            if (ap != null) {
                applicability = guard(ap, () -> new Applicability(ap.string("criterion"), ap.strings("anyOf"),
                        ap.string("text")));
                ap.finish();
            }
            String code = o.string("code");
            String title = o.string("title");
            int max = o.integer("maxPoints");
            List<String> notes = o.strings("notes");
            Citation cite = citation(o.object("citation"));
            List<Option> options = o.objects("options", RuleSetReader::option);
            JsonObject st = o.optObject("subjectTypes");
            io.github.ocop.core.model.OptionSubjectTypes types = st == null ? null : guard(st, () -> {
                JsonObject by = st.object("byOption");
                java.util.Map<String, java.util.Set<String>> map = new java.util.LinkedHashMap<>();
                for (String key : by.fieldNames()) {
                    java.util.List<String> names = by.strings(key);
                    for (int i = 0; i < names.size(); i++) {
                        if (!SUBJECT_TYPES.contains(names.get(i))) {
                            throw new JsonProblem(new Problem(by.pathOf(key) + "[" + i + "]",
                                    ReadMessages.UNKNOWN_SUBJECT_TYPE.message(names.get(i),
                                            RulesMessages.choices(SUBJECT_TYPES))));
                        }
                    }
                    map.put(key, new java.util.LinkedHashSet<>(names));
                }
                by.finish();
                io.github.ocop.core.model.OptionSubjectTypes v = new io.github.ocop.core.model.OptionSubjectTypes(map,
                        st.string("citation"), java.util.Optional.ofNullable(st.optInteger("line")),
                        java.util.Optional.ofNullable(st.optString("evidence")));
                st.finish();
                return v;
            });
            Criterion c = new Criterion(code, title, max, notes, applicability, cite, options, types);
            o.finish();
            return c;
        });
    }

    private static Option option(JsonObject o) {
        return guard(o, () -> {
            Option op = new Option(o.string("key"), o.string("text"), o.integer("points"), o.optInteger("minimumFor"),
                    o.optString("case"), o.optString("interpretation"), citation(o.object("citation")));
            o.finish();
            return op;
        });
    }

    private static Citation citation(JsonObject o) {
        return guard(o, () -> {
            Citation c = new Citation(o.string("instrument"), o.optString("article"), o.optString("annex"),
                    o.optString("sheet"), o.optString("item"), o.optInteger("line"));
            o.finish();
            return c;
        });
    }

    private static PartCode partCode(JsonObject o) {
        String code = o.string("code");
        try {
            return PartCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(o.pathOf("code"), RulesMessages.refused(e)));
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String path) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw new JsonProblem(new Problem(path, ReadMessages.UNKNOWN_VALUE.message(value,
                RulesMessages.choices(type.getEnumConstants()))));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Runs a model constructor, locating its IllegalArgumentException at the object's path. */
    private static <T> T guard(JsonObject o, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(o.path(), RulesMessages.refused(e)));
        }
    }
}
