package io.github.ocop.rules.internal;

import io.github.ocop.core.model.Amendment;
import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Erratum;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutEffect;
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

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The compact binary form of a rule set (like {@code tzdb.dat} for the tz source): compiled from the reviewed JSON,
 * it is read back without any JSON library, so a bundled rule set loads fast in a cold JVM.
 *
 * <p>Layout: the magic {@code OCRB}, a format version (one byte), the SHA-256 of the JSON the form was compiled from
 * (64 ASCII hex digits: {@link RuleSet#digest()} stays the JSON's digest), a string table (a count, then each
 * distinct string once as a UTF-8 length and bytes), then the model in a fixed order. Integers are LEB128 varints
 * (signed ones zig-zag encoded); a string is its table index plus one, 0 meaning {@code null}; a date is its epoch
 * day; an enum is its ordinal; a list is its size then its elements; an optional value is preceded by a presence
 * byte. Equal strings are therefore one instance on the heap once read. The writer is deterministic: the same rule
 * set always gives the same bytes.
 *
 * <p>The sheets are a count, then per sheet its id and the length in bytes of the rest of it, so that a reader finds
 * every sheet's id at once and decodes a sheet only when it is first read (format 5, issue 18: a command that scores
 * one sheet decodes one of 26). The process section is the JSON text of its one definition, parsed on first use.
 */
public final class RuleSetBinary {
    /** Format version; bump it when the layout changes (old resources are then refused, not misread). */
    public static final int VERSION = 5;
    private static final byte[] MAGIC = {'O', 'C', 'R', 'B'};
    private static final int DIGEST_LENGTH = 64;
    /**
     * Reads the process section's JSON text with Jackson's streaming parser into a tree (what an {@code ObjectMapper}'s
     * {@code readTree} gives for it): building an {@code ObjectMapper} costs a command's start about a fifth of a
     * second of class loading and initialisation (issue 18), the streaming parser little.
     */
    private static final com.fasterxml.jackson.core.JsonFactory PROCESS_JSON = new com.fasterxml.jackson.core.JsonFactory();
    private static final com.fasterxml.jackson.databind.node.JsonNodeFactory NODES =
            com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;

    private RuleSetBinary() {
    }

    /**
     * Compiles a rule set to its binary form.
     *
     * @param rules a rule set carrying the digest of the JSON it was loaded from
     * @return the binary form
     * @throws IllegalArgumentException if the rule set has no 64-digit digest
     */
    public static byte[] write(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        String digest = rules.digest().orElseThrow(() -> new IllegalArgumentException(
                "rule set " + rules.id() + " has no digest of its JSON source"));
        if (digest.length() != DIGEST_LENGTH || !digest.chars().allMatch(c -> c < 128)) {
            throw new IllegalArgumentException("rule set " + rules.id() + ": digest is not 64 hex digits: " + digest);
        }
        Writer body = new Writer();
        body.ruleSet(rules);
        Out out = new Out();
        out.bytes(MAGIC);
        out.raw(VERSION);
        out.bytes(digest.getBytes(StandardCharsets.US_ASCII));
        out.uint(body.strings.size());
        for (String s : body.strings.keySet()) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.uint(utf8.length);
            out.bytes(utf8);
        }
        out.bytes(body.out.toByteArray());
        return out.toByteArray();
    }

    /**
     * Reads a rule set from its binary form.
     *
     * @param bytes the binary form
     * @param digestOfJson the SHA-256 the caller expects the form to carry (that of the reviewed JSON)
     * @return the rule set, whose {@link RuleSet#digest()} is {@code digestOfJson}
     * @throws IllegalStateException if the bytes are not this format and version, are truncated or corrupt, or were
     *                               compiled from another JSON
     */
    public static RuleSet read(byte[] bytes, String digestOfJson) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(digestOfJson, "digestOfJson");
        try {
            Reader in = new Reader(bytes);
            for (byte m : MAGIC) {
                if (in.raw() != m) {
                    throw new IllegalStateException("not a compiled rule set (bad magic)");
                }
            }
            int version = in.raw();
            if (version != VERSION) {
                throw new IllegalStateException("compiled rule set format " + version + ", expected " + VERSION);
            }
            String digest = in.ascii(DIGEST_LENGTH);
            if (!digest.equals(digestOfJson)) {
                throw new IllegalStateException("compiled from the JSON with SHA-256 " + digest + ", expected "
                        + digestOfJson);
            }
            in.stringTable();
            RuleSet rules = in.ruleSet(digest);
            if (in.pos != bytes.length) {
                throw new IllegalStateException((bytes.length - in.pos) + " trailing bytes");
            }
            return rules;
        } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IllegalStateException("compiled rule set is truncated or corrupt", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("compiled rule set is corrupt: " + e.getMessage(), e);
        }
    }

    /** A growable byte buffer with varint output. */
    private static final class Out {
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        void raw(int b) {
            buf.write(b);
        }

        void bytes(byte[] b) {
            buf.writeBytes(b);
        }

        void uint(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative count " + v);
            }
            while ((v & ~0x7F) != 0) {
                buf.write((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf.write(v);
        }

        byte[] toByteArray() {
            return buf.toByteArray();
        }
    }

    /** Writes the model in the order {@link Reader} reads it, collecting the string table. */
    private static final class Writer {
        private Out out = new Out();
        private final Map<String, Integer> strings = new LinkedHashMap<>();

        void str(String s) {
            out.uint(s == null ? 0 : strings.computeIfAbsent(s, k -> strings.size()) + 1);
        }

        void sint(int v) {
            out.uint((v << 1) ^ (v >> 31));
        }

        void optInt(Integer v) {
            out.raw(v == null ? 0 : 1);
            if (v != null) {
                sint(v);
            }
        }

        void date(LocalDate d) {
            out.raw(d == null ? 0 : 1);
            if (d != null) {
                sint(Math.toIntExact(d.toEpochDay()));
            }
        }

        <T> void list(List<T> items, java.util.function.Consumer<T> each) {
            out.uint(items.size());
            items.forEach(each);
        }

        void strings(List<String> items) {
            list(items, this::str);
        }

        void ruleSet(RuleSet r) {
            str(r.id());
            str(r.title());
            LegalInstrument i = r.instrument();
            str(i.number());
            str(i.title());
            date(i.signed());
            date(i.effectiveFrom());
            date(i.effectiveUntil());
            list(i.amendedBy(), a -> {
                str(a.number());
                date(a.signed());
                str(a.note());
            });
            strings(i.replaces());
            provenance(r.provenance());
            list(r.parts(), p -> {
                out.raw(p.code().ordinal());
                str(p.title());
                sint(p.maxPoints());
                citation(p.citation());
            });
            list(r.starRanking().bands(), b -> {
                sint(b.stars());
                sint(b.minPoints());
                citation(b.citation());
            });
            list(r.interpretations(), x -> {
                str(x.id());
                str(x.text());
                str(x.reason());
                str(x.source());
            });
            list(r.errata(), e -> {
                str(e.id());
                str(e.sheet());
                str(e.criterion());
                str(e.option());
                str(e.field());
                str(e.printed());
                str(e.corrected());
                str(e.reason());
                optInt(e.line());
            });
            list(r.taxonomy().groups(), g -> {
                str(g.code());
                str(g.title());
                list(g.categories(), c -> {
                    str(c.code());
                    str(c.title());
                    strings(c.ministries());
                    list(c.subgroups(), s -> {
                        str(s.code());
                        str(s.title());
                        strings(s.ministries());
                        str(s.sheetId());
                        citation(s.citation());
                    });
                });
                out.raw(g.subjectTypes().isPresent() ? 1 : 0);
                g.subjectTypes().ifPresent(t -> {
                    strings(t.admitted().stream().sorted().toList());
                    str(t.citation());
                });
            });
            out.uint(r.sheets().size());
            for (ScoringSheet sheet : r.sheets()) {
                str(sheet.id()); // its id up front and its length: a reader decodes a sheet only when it is read
                Out whole = out;
                out = new Out();
                sheet(sheet);
                byte[] one = out.toByteArray();
                out = whole;
                out.uint(one.length);
                out.bytes(one);
            }
            // the process section is small and read once: kept as the JSON text of its one definition (ProcessJson)
            str(ProcessJson.write(r.process()).toString());
        }

        void provenance(Provenance p) {
            out.raw(p == null ? 0 : 1);
            if (p != null) {
                out.raw(p.kind().ordinal());
                str(p.source());
                str(p.note());
            }
        }

        void citation(Citation c) {
            str(c.instrument());
            str(c.article());
            str(c.annex());
            str(c.sheet());
            str(c.item());
            optInt(c.line());
        }

        void sheet(ScoringSheet s) {
            str(s.id());
            str(s.title());
            str(s.classification().orElse(null));
            provenance(s.provenance().orElse(null));
            strings(s.deviations());
            citation(s.citation());
            list(s.knockOuts(), k -> {
                str(k.id());
                str(k.criterion());
                out.raw(k.effect().ordinal());
                str(k.text());
                citation(k.citation());
                out.raw(k.trigger().isPresent() ? 1 : 0);
                k.trigger().ifPresent(t -> list(t.anyOf(), c -> {
                    str(c.criterion());
                    strings(c.options().stream().sorted().toList());
                }));
            });
            list(s.parts(), p -> {
                out.raw(p.code().ordinal());
                str(p.title());
                sint(p.maxPoints());
                citation(p.citation());
                list(p.sections(), this::section);
            });
        }

        void section(Section s) {
            str(s.code());
            str(s.title());
            sint(s.maxPoints());
            citation(s.citation());
            list(s.sections(), this::section);
            list(s.criteria(), this::criterion);
        }

        void criterion(Criterion c) {
            str(c.code());
            str(c.title());
            sint(c.maxPoints());
            strings(c.notes());
            Applicability a = c.applicability().orElse(null);
            out.raw(a == null ? 0 : 1);
            if (a != null) {
                str(a.criterion());
                strings(a.anyOf());
                str(a.text());
            }
            citation(c.citation());
            list(c.options(), o -> {
                str(o.key());
                str(o.text());
                sint(o.points());
                optInt(o.minimumFor());
                str(o.caseLabel());
                str(o.interpretation());
                citation(o.citation());
            });
            io.github.ocop.core.model.OptionSubjectTypes t = c.subjectTypes().orElse(null);
            out.raw(t == null ? 0 : 1);
            if (t != null) {
                list(List.copyOf(t.byOption().keySet()), k -> {
                    str(k);
                    strings(t.byOption().get(k).stream().sorted().toList());
                });
                str(t.citation());
                optInt(t.line().orElse(null));
                str(t.evidence().orElse(null));
            }
        }
    }

    /** Reads the model from a byte array; every read bounds-checks through the array access itself. */
    private static final class Reader {
        private static final PartCode[] PART_CODES = PartCode.values();
        private static final ProvenanceKind[] KINDS = ProvenanceKind.values();
        private static final KnockOutEffect[] EFFECTS = KnockOutEffect.values();
        private final byte[] b;
        private int pos;
        private String[] table;

        Reader(byte[] b) {
            this.b = b;
        }

        int raw() {
            return b[pos++] & 0xFF;
        }

        int uint() {
            int v = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int x = b[pos++];
                v |= (x & 0x7F) << shift;
                if (x >= 0) {
                    return v;
                }
            }
            throw new IllegalStateException("varint too long at byte " + pos);
        }

        int sint() {
            int v = uint();
            return (v >>> 1) ^ -(v & 1);
        }

        boolean present() {
            int f = raw();
            if (f > 1) {
                throw new IllegalStateException("bad presence flag " + f + " at byte " + (pos - 1));
            }
            return f == 1;
        }

        String ascii(int n) {
            if (pos + n > b.length) {
                throw new ArrayIndexOutOfBoundsException(pos + n);
            }
            String s = new String(b, pos, n, StandardCharsets.US_ASCII);
            pos += n;
            return s;
        }

        void stringTable() {
            int n = uint();
            table = new String[n];
            for (int i = 0; i < n; i++) {
                int len = uint();
                if (len > b.length - pos) {
                    throw new ArrayIndexOutOfBoundsException(pos + len);
                }
                table[i] = new String(b, pos, len, StandardCharsets.UTF_8);
                pos += len;
            }
        }

        String str() {
            int i = uint();
            return i == 0 ? null : table[i - 1];
        }

        Integer optInt() {
            return present() ? sint() : null;
        }

        LocalDate date() {
            return present() ? LocalDate.ofEpochDay(sint()) : null;
        }

        <T> List<T> list(Function<Reader, T> each) {
            int n = uint();
            if (n > b.length - pos) {
                throw new IllegalStateException("list of " + n + " exceeds the remaining bytes");
            }
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = each.apply(this);
            }
            @SuppressWarnings("unchecked")
            List<T> list = (List<T>) Arrays.asList(items);
            return list;
        }

        List<String> strings() {
            return list(Reader::str);
        }

        RuleSet ruleSet(String digest) {
            RuleSet.Builder r = RuleSet.builder().id(str()).title(str());
            r.instrument(new LegalInstrument(str(), str(), date(), date(), date(),
                    list(x -> new Amendment(x.str(), x.date(), x.str())), strings()));
            r.provenance(provenance());
            r.parts(list(x -> new PartDefinition(PART_CODES[x.raw()], x.str(), x.sint(), x.citation())));
            r.starRanking(StarRanking.of(list(x -> new StarBand(x.sint(), x.sint(), x.citation()))));
            r.interpretations(list(x -> new Interpretation(x.str(), x.str(), x.str(), x.str())));
            r.errata(list(x -> new Erratum(x.str(), x.str(), x.str(), x.str(), x.str(), x.str(), x.str(), x.str(),
                    x.optInt())));
            r.taxonomy(ProductTaxonomy.of(list(g -> new ProductGroup(g.str(), g.str(),
                    g.list(c -> new ProductCategory(c.str(), c.str(), c.strings(),
                            c.list(s -> new ProductSubgroup(s.str(), s.str(), s.strings(), s.str(),
                                    s.citation())))),
                    g.present() ? java.util.Optional.of(new io.github.ocop.core.model.SubjectTypes(
                            new java.util.LinkedHashSet<>(g.strings()), g.str())) : java.util.Optional.empty()))));
            int n = uint();
            if (n > b.length - pos) {
                throw new IllegalStateException("list of " + n + " sheets exceeds the remaining bytes");
            }
            String[] ids = new String[n];
            int[] starts = new int[n];
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = Objects.requireNonNull(str(), "sheet id");
                int length = uint();
                if (length > b.length - pos) {
                    throw new ArrayIndexOutOfBoundsException(pos + length);
                }
                starts[i] = pos;
                pos += length;
                ends[i] = pos;
            }
            byte[] bytes = b;
            String[] strings = table;
            io.github.ocop.core.internal.LazyRuleSets.sheetsLater(r, Arrays.asList(ids), i -> {
                // the bytes were checked against the digest compiled into the jar before this; a sheet that does not
                // decode exactly to its length is refused all the same
                Reader one = new Reader(bytes);
                one.table = strings;
                one.pos = starts[i];
                try {
                    ScoringSheet sheet = one.sheet();
                    if (one.pos != ends[i]) {
                        throw new IllegalStateException("sheet " + ids[i] + " ends at byte " + one.pos + ", not "
                                + ends[i]);
                    }
                    return sheet;
                } catch (ArrayIndexOutOfBoundsException | NegativeArraySizeException | IllegalArgumentException
                        | NullPointerException e) {
                    throw new IllegalStateException("compiled sheet " + ids[i] + " is corrupt: " + e.getMessage(), e);
                }
            });
            // decoded on first use: scoring never reads the process facts (issue 18, the CLI's start); the bytes were
            // checked against the digest compiled into the jar before this, and CompiledRuleSetsTest decodes every
            // bundled process section at build time
            String processJson = str();
            io.github.ocop.core.internal.LazyRuleSets.processLater(r, () -> process(processJson));
            return r.digest(digest).build();
        }

        static io.github.ocop.core.model.ProcessRules process(String json) {
            try {
                return ProcessJson.read(JsonObject.of(tree(json), "$.process"));
            } catch (java.io.IOException | JsonProblem e) {
                throw new IllegalStateException("compiled rule set has a corrupt process section: " + e.getMessage(), e);
            }
        }

        /** @return the tree of one JSON value with nothing after it */
        static com.fasterxml.jackson.databind.JsonNode tree(String json) throws java.io.IOException {
            try (com.fasterxml.jackson.core.JsonParser p = PROCESS_JSON.createParser(json)) {
                if (p.nextToken() == null) {
                    throw new java.io.EOFException("no value");
                }
                com.fasterxml.jackson.databind.JsonNode node = node(p);
                if (p.nextToken() != null) {
                    throw new java.io.IOException("content after the value");
                }
                return node;
            }
        }

        private static com.fasterxml.jackson.databind.JsonNode node(com.fasterxml.jackson.core.JsonParser p)
                throws java.io.IOException {
            switch (p.currentToken()) {
                case START_OBJECT -> {
                    com.fasterxml.jackson.databind.node.ObjectNode o = NODES.objectNode();
                    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        p.nextToken();
                        o.set(key, node(p));
                    }
                    return o;
                }
                case START_ARRAY -> {
                    com.fasterxml.jackson.databind.node.ArrayNode a = NODES.arrayNode();
                    while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                        a.add(node(p));
                    }
                    return a;
                }
                case VALUE_STRING -> {
                    return NODES.textNode(p.getText());
                }
                case VALUE_NUMBER_INT -> {
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                }
                case VALUE_NUMBER_FLOAT -> {
                    return NODES.numberNode(p.getDoubleValue());
                }
                case VALUE_TRUE -> {
                    return NODES.booleanNode(true);
                }
                case VALUE_FALSE -> {
                    return NODES.booleanNode(false);
                }
                case VALUE_NULL -> {
                    return NODES.nullNode();
                }
                default -> throw new java.io.IOException("unexpected " + p.currentToken());
            }
        }

        Provenance provenance() {
            return present() ? new Provenance(KINDS[raw()], str(), str()) : null;
        }

        Citation citation() {
            return new Citation(str(), str(), str(), str(), str(), optInt());
        }

        ScoringSheet sheet() {
            return new ScoringSheet(str(), str(), str(), provenance(), strings(), citation(),
                    list(x -> new KnockOut(x.str(), x.str(), EFFECTS[x.raw()], x.str(), x.citation(),
                            x.present() ? java.util.Optional.of(new io.github.ocop.core.model.KnockOutTrigger(
                                    x.list(y -> new io.github.ocop.core.model.KnockOutTrigger.AnswerCondition(y.str(),
                                            new java.util.LinkedHashSet<>(y.strings()))))) : java.util.Optional.empty())),
                    list(x -> new Part(PART_CODES[x.raw()], x.str(), x.sint(), x.citation(),
                            x.list(Reader::section))));
        }

        Section section() {
            return new Section(str(), str(), sint(), citation(), list(Reader::section), list(Reader::criterion));
        }

        Criterion criterion() {
            String code = str();
            String title = str();
            int max = sint();
            List<String> notes = strings();
            Applicability a = present() ? new Applicability(str(), strings(), str()) : null;
            Citation c = citation();
            List<Option> options = list(x -> new Option(x.str(), x.str(), x.sint(), x.optInt(), x.str(), x.str(),
                    x.citation()));
            io.github.ocop.core.model.OptionSubjectTypes types = null;
            if (present()) {
                java.util.Map<String, java.util.Set<String>> by = new java.util.LinkedHashMap<>();
                list(x -> {
                    by.put(x.str(), new java.util.LinkedHashSet<>(x.strings()));
                    return Boolean.TRUE;
                });
                String citation = str();
                Integer line = optInt();
                types = new io.github.ocop.core.model.OptionSubjectTypes(by, citation, java.util.Optional.ofNullable(line),
                        java.util.Optional.ofNullable(str()));
            }
            return new Criterion(code, title, max, notes, a, c, options, types);
        }
    }
}
