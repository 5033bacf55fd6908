package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.rules.internal.RuleSetFileFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts the scoring platform's QĐ 1048/2019 (+ QĐ 781/2020) data into the rule set
 * {@code qd-1048-2019} in the format of {@code docs/rule-set-format.md}.
 *
 * <p>Inputs: {@code platform-sheets-full-text.json} (the platform's sheets keyed by its sheet id, full
 * option texts) and {@code curated.json} (header, taxonomy with the proposed codes, interpretations,
 * errata, deviations, 781 minima and other hand decisions). The output is deterministic: the same
 * inputs always give the same bytes.
 */
public final class Qd1048Importer {

    /** Instrument number used in every citation. */
    static final String INSTRUMENT = "1048/QĐ-TTg";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Repository-relative default paths used by {@link #main(String[])}. */
    private static final String DEFAULT_PLATFORM =
            "ocop-importers/src/data/qd-1048-2019/platform-sheets-full-text.json";
    private static final String DEFAULT_CURATED = "ocop-importers/src/data/qd-1048-2019/curated.json";
    private static final String DEFAULT_OUTPUT =
            "ocop-rules/src/main/resources/io/github/ocop/rules/qd-1048-2019.json";

    /**
     * The curated file of the second (third-party) transcription, read from the directory of the platform data
     * (with the CSVs it names, under {@code second-source/}).
     */
    static final String SECOND_SOURCE = "second-source.json";

    private Qd1048Importer() {
    }

    /**
     * Command-line entry point: {@code Qd1048Importer [platformJson curatedJson outputJson]}. Without
     * arguments the repository-relative default paths are used (run from the repository root).
     *
     * @param args optional paths: platform JSON, curated JSON, output file
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 0 && args.length != 3) {
            throw new IllegalArgumentException("usage: Qd1048Importer [platformJson curatedJson outputJson]");
        }
        Path platform = Path.of(args.length == 3 ? args[0] : DEFAULT_PLATFORM);
        Path curated = Path.of(args.length == 3 ? args[1] : DEFAULT_CURATED);
        Path output = Path.of(args.length == 3 ? args[2] : DEFAULT_OUTPUT);
        String json = importRuleSet(platform, curated);
        Files.writeString(output, json, StandardCharsets.UTF_8);
    }

    /**
     * Converts the platform data into the rule set JSON.
     *
     * @param platformJson the platform's sheets with full option texts
     * @param curatedJson  the hand-curated data
     * @return the rule set as pretty JSON (two-space indent, {@code \n}, trailing newline)
     */
    public static String importRuleSet(Path platformJson, Path curatedJson) {
        JsonNode platform = read(platformJson);
        JsonNode curated = read(curatedJson);
        Path secondSourceJson = platformJson.toAbsolutePath().getParent().resolve(SECOND_SOURCE);
        JsonNode secondSource = read(secondSourceJson);
        ObjectNode ruleSet = new Conversion(platform, curated, secondSource, secondSourceJson.getParent()).run();
        KnockOutTriggers.apply(ruleSet, curated.path("knockOutTriggers"), (entry, ko) -> {
            String prefix = CuratedData.text(entry, "textStartsWith");
            if (!ko.path("text").asText().startsWith(prefix)) {
                throw new IllegalStateException("curated knockOutTriggers " + entry.path("sheet").asText() + "/"
                        + entry.path("knockOut").asText() + ": the knock-out's text does not start with '" + prefix
                        + "': " + ko.path("text").asText());
            }
        });
        SubjectTypeOptions.apply(ruleSet, curated.path("subjectTypeOptions"));
        return RuleSetFileFormat.write(ruleSet);
    }

    private static JsonNode read(Path path) {
        try {
            return RuleSetFileFormat.mapper().readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** Builds a citation; {@code article} is omitted when null. */
    static ObjectNode citation(String article, String annex, String sheet, String item) {
        ObjectNode c = F.objectNode();
        c.put("instrument", INSTRUMENT);
        if (article != null) {
            c.put("article", article);
        }
        c.put("annex", annex);
        c.put("sheet", sheet);
        c.put("item", item);
        c.putNull("line");
        return c;
    }

    /** One conversion run; holds the curated look-up tables and checks that each is used. */
    private static final class Conversion {

        private final JsonNode platform;
        private final JsonNode curated;
        private final JsonNode secondSource;
        private final Path dataDir;
        private final ArrayNode errataOut = F.arrayNode();
        private final Set<String> secondSourceApplied = new HashSet<>();
        private final Map<Integer, JsonNode> errataByQuestion = new HashMap<>();
        private final Set<Integer> errataApplied = new HashSet<>();
        private final Set<String> explicitCases = new HashSet<>();
        private final Set<String> explicitCasesApplied = new HashSet<>();
        private final Map<String, JsonNode> minima = new HashMap<>();
        private final Set<String> minimaApplied = new HashSet<>();

        Conversion(JsonNode platform, JsonNode curated, JsonNode secondSource, Path dataDir) {
            this.platform = platform;
            this.curated = curated;
            this.secondSource = secondSource;
            this.dataDir = dataDir;
            for (JsonNode e : curated.get("errata")) {
                errataByQuestion.put(e.get("platformQuestionId").asInt(), e);
            }
            for (JsonNode c : curated.get("alternativeCases")) {
                explicitCases.add(c.get("sheet").asText() + "|" + c.get("criterion").asText());
            }
            for (JsonNode m : curated.get("minima")) {
                for (JsonNode s : m.get("sheets")) {
                    String key = s.asText() + "|" + m.get("criterion").asText();
                    if (minima.put(key, m) != null) {
                        throw new IllegalStateException("Two minima for " + key);
                    }
                }
            }
        }

        ObjectNode run() {
            ObjectNode root = F.objectNode();
            root.put("formatVersion", "2");
            root.put("id", curated.get("id").asText());
            root.put("title", curated.get("title").asText());
            root.set("instrument", instrument());
            root.set("provenance", provenance());
            root.set("parts", parts());
            root.set("starBands", starBands());
            root.set("interpretations", interpretations());
            root.set("errata", errata());
            ArrayNode sheets = F.arrayNode();
            root.set("taxonomy", taxonomy(sheets));
            root.set("sheets", sheets);
            // the process facts are curated by hand (docs/rule-set-format.md, "process") and copied as written
            root.set("process", curated.get("process").deepCopy());
            checkAllUsed(sheets);
            return root;
        }

        private ObjectNode instrument() {
            JsonNode in = curated.get("instrument");
            ObjectNode out = F.objectNode();
            for (String k : List.of("number", "title", "signed", "effectiveFrom", "effectiveUntil")) {
                out.set(k, in.get(k));
            }
            ArrayNode amended = out.putArray("amendedBy");
            for (JsonNode a : in.get("amendedBy")) {
                ObjectNode o = amended.addObject();
                o.set("number", a.get("number"));
                o.set("signed", a.get("signed"));
                o.set("note", a.get("note"));
            }
            out.set("replaces", in.get("replaces").deepCopy());
            return out;
        }

        private ObjectNode provenance() {
            JsonNode p = curated.get("platform");
            ObjectNode out = F.objectNode();
            out.put("kind", "PLATFORM_DATA");
            out.put("source", curated.get("provenanceSource").asText());
            out.put("note", curated.get("provenanceNote").asText() + " Source database: github.com/"
                    + p.get("repo").asText() + ", " + p.get("path").asText() + " at commit "
                    + p.get("commit").asText() + ".");
            return out;
        }

        private ArrayNode parts() {
            ArrayNode out = F.arrayNode();
            String article = curated.get("partsArticle").asText();
            for (JsonNode p : curated.get("parts")) {
                ObjectNode o = out.addObject();
                o.set("code", p.get("code"));
                o.set("title", p.get("title"));
                o.set("maxPoints", p.get("maxPoints"));
                o.set("citation", citation(article, null, null, p.get("code").asText()));
            }
            return out;
        }

        private ArrayNode starBands() {
            ArrayNode out = F.arrayNode();
            for (JsonNode b : curated.get("starBands")) {
                ObjectNode o = out.addObject();
                o.set("stars", b.get("stars"));
                o.set("minPoints", b.get("minPoints"));
                o.set("citation", citation(null, null, null, null));
            }
            return out;
        }

        private ArrayNode interpretations() {
            ArrayNode out = F.arrayNode();
            for (JsonNode i : curated.get("interpretations")) {
                ObjectNode o = out.addObject();
                o.set("id", i.get("id"));
                o.set("text", i.get("text"));
                o.set("reason", i.get("reason"));
                if (i.has("source")) {
                    o.set("source", i.get("source"));
                }
            }
            return out;
        }

        private ArrayNode errata() {
            ArrayNode out = errataOut;
            for (JsonNode e : curated.get("errata")) {
                ObjectNode o = out.addObject();
                for (String k : List.of("id", "sheet", "criterion", "option", "field", "printed", "corrected",
                        "reason", "line")) {
                    o.set(k, e.get(k));
                }
            }
            return out;
        }

        private ObjectNode taxonomy(ArrayNode sheets) {
            ObjectNode out = F.objectNode();
            ArrayNode groups = out.putArray("groups");
            for (JsonNode g : curated.get("taxonomy").get("groups")) {
                ObjectNode go = groups.addObject();
                go.set("code", g.get("code"));
                go.set("title", g.get("title"));
                ArrayNode cats = go.putArray("categories");
                for (JsonNode c : g.get("categories")) {
                    ObjectNode co = cats.addObject();
                    co.set("code", c.get("code"));
                    co.set("title", c.get("title"));
                    co.putArray("ministries");
                    ArrayNode subs = co.putArray("subgroups");
                    for (JsonNode s : c.get("subgroups")) {
                        String code = s.get("code").asText();
                        ObjectNode so = subs.addObject();
                        so.put("code", code);
                        so.set("title", s.get("title"));
                        so.set("ministries", s.get("ministries").deepCopy());
                        JsonNode platformSheet = s.get("platformSheet");
                        JsonNode second = secondSourceSheet(code);
                        if (platformSheet.isNull() && second != null) {
                            so.put("sheet", code);
                            sheets.add(secondSourceSheet(code, s.get("title").asText(), second));
                        } else if (platformSheet.isNull()) {
                            JsonNode data = platform.get(findEmptyPlatformSheet(s.get("title").asText()));
                            if (data != null && data.get("sections").size() != 0) {
                                throw new IllegalStateException("Subgroup " + code + " has data but no sheet");
                            }
                            so.putNull("sheet");
                        } else {
                            so.put("sheet", code);
                            sheets.add(sheet(code, platformSheet.asInt()));
                        }
                        so.set("citation", citation(null, "I", null, null));
                    }
                }
            }
            return out;
        }

        /** The curated second-source entry filling subgroup {@code code}, or null. */
        private JsonNode secondSourceSheet(String code) {
            for (JsonNode s : secondSource.get("sheets")) {
                if (s.get("subgroup").asText().equals(code)) {
                    return s;
                }
            }
            return null;
        }

        private ObjectNode secondSourceSheet(String code, String title, JsonNode spec) {
            String workbookSheet = spec.get("workbookSheet").asText();
            List<SecondSource.Row> rows = SecondSource.read(dataDir.resolve(spec.get("file").asText()));
            // the single-sheet CSV must be the workbook sheet of the same name in the all-sheets file
            List<SecondSource.Row> all = new ArrayList<>();
            for (SecondSource.Row r : SecondSource.read(dataDir.resolve("second-source/all-26-sheets.csv"))) {
                if (r.sheet().equals(workbookSheet)) {
                    all.add(r);
                }
            }
            if (all.size() != rows.size() || !all.get(0).subgroup().equals(title)) {
                throw new IllegalStateException("Workbook " + workbookSheet + " is not '" + title + "'");
            }
            for (int i = 0; i < rows.size(); i++) {
                SecondSource.Row a = rows.get(i);
                SecondSource.Row b = all.get(i);
                if (!a.criterion().equals(b.criterion()) || !a.option().equals(b.option()) || a.points() != b.points()) {
                    throw new IllegalStateException("Workbook " + workbookSheet + " differs from " + spec.get("file"));
                }
            }
            Map<String, String> partTitles = new HashMap<>();
            curated.get("parts").forEach(p -> partTitles.put(p.get("code").asText(), p.get("title").asText()));
            secondSourceApplied.add(code);
            return SecondSource.sheet(code, title, spec, secondSource.get("source"), rows, partTitles, errataOut);
        }

        /** Finds the platform id of an empty sheet by its normalised name, or returns "" if none. */
        private String findEmptyPlatformSheet(String title) {
            String want = title.replaceAll("\\s+", " ").strip();
            for (Map.Entry<String, JsonNode> e : platform.properties()) {
                String name = e.getValue().get("name").asText().replaceAll("\\s+", " ").strip();
                if (name.equals(want)) {
                    return e.getKey();
                }
            }
            return "";
        }

        private ObjectNode sheet(String id, int platformId) {
            JsonNode data = platform.get(Integer.toString(platformId));
            if (data == null || data.get("sections").size() == 0) {
                throw new IllegalStateException("No platform data for sheet " + id + " (" + platformId + ")");
            }
            String title = data.get("name").asText().strip();
            ObjectNode sheet = F.objectNode();
            sheet.put("id", id);
            sheet.put("title", title);
            sheet.putNull("classification");
            ObjectNode prov = sheet.putObject("provenance");
            prov.put("kind", "PLATFORM_DATA");
            prov.put("source", curated.get("provenanceSource").asText());
            prov.put("note", "Platform sheet id " + platformId + " ('" + title
                    + "'); platform data, not the signed text.");
            ArrayNode deviations = sheet.putArray("deviations");
            JsonNode devs = curated.get("deviations").get(id);
            if (devs != null) {
                devs.forEach(d -> deviations.add(d.asText()));
            }
            sheet.set("citation", citation(null, "III", id, null));
            ArrayNode knockOuts = sheet.putArray("knockOuts");
            ArrayNode parts = sheet.putArray("parts");
            SheetBuilder builder = new SheetBuilder(id, knockOuts);
            Map<String, ObjectNode> partsByCode = new LinkedHashMap<>();
            for (JsonNode section : data.get("sections")) {
                String partCode = section.get("group").asText().strip();
                ObjectNode part = partsByCode.computeIfAbsent(partCode, c -> newPart(id, c, parts));
                ((ArrayNode) part.get("sections")).add(builder.section(section));
            }
            for (ObjectNode part : partsByCode.values()) {
                int sum = 0;
                for (JsonNode s : part.get("sections")) {
                    sum += s.get("maxPoints").asInt();
                }
                part.put("maxPoints", sum);
            }
            return sheet;
        }

        private ObjectNode newPart(String sheetId, String code, ArrayNode parts) {
            String title = null;
            for (JsonNode p : curated.get("parts")) {
                if (p.get("code").asText().equals(code)) {
                    title = p.get("title").asText();
                }
            }
            if (title == null) {
                throw new IllegalStateException("Unknown part " + code + " in sheet " + sheetId);
            }
            ObjectNode part = parts.addObject();
            part.put("code", code);
            part.put("title", title);
            part.put("maxPoints", 0);
            part.set("citation", citation(null, "III", sheetId, code));
            part.putArray("sections");
            return part;
        }

        private void checkAllUsed(ArrayNode sheets) {
            for (JsonNode s : secondSource.get("sheets")) {
                if (!secondSourceApplied.contains(s.get("subgroup").asText())) {
                    throw new IllegalStateException("Second-source sheet not used: " + s.get("subgroup").asText()
                            + " (its subgroup has platform data or does not exist)");
                }
            }
            if (!errataApplied.equals(errataByQuestion.keySet())) {
                throw new IllegalStateException("Errata not applied: " + errataByQuestion.keySet());
            }
            if (!explicitCasesApplied.equals(explicitCases)) {
                throw new IllegalStateException("Alternative cases not found: " + explicitCases);
            }
            if (!minimaApplied.equals(minima.keySet())) {
                Set<String> missing = new HashSet<>(minima.keySet());
                missing.removeAll(minimaApplied);
                throw new IllegalStateException("Minima not applied: " + missing);
            }
            Set<String> ids = new HashSet<>();
            sheets.forEach(s -> ids.add(s.get("id").asText()));
            curated.get("deviations").fieldNames().forEachRemaining(k -> {
                if (!ids.contains(k)) {
                    throw new IllegalStateException("Deviation for unknown sheet " + k);
                }
            });
        }

        /** Builds the sections, criteria and knock-outs of one sheet. */
        private final class SheetBuilder {

            private final String sheetId;
            private final ArrayNode knockOuts;
            private final Set<String> codes = new HashSet<>();
            private ObjectNode storyCriterion;

            SheetBuilder(String sheetId, ArrayNode knockOuts) {
                this.sheetId = sheetId;
                this.knockOuts = knockOuts;
            }

            ObjectNode section(JsonNode section) {
                PlatformItemLabel label = PlatformItemLabel.parse(section.get("name").asText());
                if (label.code() == null) {
                    throw new IllegalStateException("Section without code in " + sheetId + ": " + label.title());
                }
                if (!section.get("note").isNull() && !section.get("note").asText().isBlank()) {
                    throw new IllegalStateException("Unexpected section note in " + sheetId);
                }
                ObjectNode out = newSection(label.code(), label.title());
                Map<Integer, ObjectNode> subsections = new HashMap<>();
                Map<Integer, String> pendingSubsectionNotes = new HashMap<>();
                for (JsonNode q : section.get("questions")) {
                    int qid = q.get("id").asInt();
                    if (q.get("type").asInt() == 2) {
                        PlatformItemLabel sub = PlatformItemLabel.parse(q.get("q").asText());
                        ObjectNode so = newSection(sub.code(), sub.title());
                        ((ArrayNode) out.get("sections")).add(so);
                        subsections.put(qid, so);
                        String note = noteText(q);
                        if (!note.isEmpty()) {
                            pendingSubsectionNotes.put(qid, note);
                        }
                        continue;
                    }
                    int parent = q.get("parent").asInt();
                    ObjectNode target = out;
                    if (parent != 0) {
                        target = subsections.get(parent);
                        if (target == null) {
                            throw new IllegalStateException("Unknown parent " + parent + " in " + sheetId);
                        }
                    }
                    String subNote = parent == 0 ? null : pendingSubsectionNotes.remove(parent);
                    ObjectNode criterion = criterion(q, label, subNote);
                    ((ArrayNode) target.get("criteria")).add(criterion);
                }
                if (!pendingSubsectionNotes.isEmpty()) {
                    throw new IllegalStateException("Sub-heading note without item in " + sheetId);
                }
                for (ObjectNode so : subsections.values()) {
                    so.put("maxPoints", sumMax(so));
                }
                out.put("maxPoints", sumMax(out));
                return out;
            }

            private ObjectNode newSection(String code, String title) {
                ObjectNode s = F.objectNode();
                s.put("code", code);
                s.put("title", title);
                s.put("maxPoints", 0);
                s.set("citation", citation(null, "III", sheetId, code));
                s.putArray("sections");
                s.putArray("criteria");
                return s;
            }

            private int sumMax(ObjectNode section) {
                int sum = 0;
                for (JsonNode s : section.get("sections")) {
                    sum += s.get("maxPoints").asInt();
                }
                for (JsonNode c : section.get("criteria")) {
                    sum += c.get("maxPoints").asInt();
                }
                return sum;
            }

            private ObjectNode criterion(JsonNode q, PlatformItemLabel section, String subsectionNote) {
                PlatformItemLabel label = PlatformItemLabel.parse(q.get("q").asText());
                String code = label.code() == null ? section.code() : label.code();
                String title = label.code() == null && label.title().isEmpty() ? section.title() : label.title();
                JsonNode erratum = errataByQuestion.get(q.get("id").asInt());
                if (erratum != null) {
                    if (!erratum.get("sheet").asText().equals(sheetId)
                            || !erratum.get("printed").asText().equals(code)) {
                        throw new IllegalStateException("Erratum " + erratum.get("id").asText() + " does not match");
                    }
                    code = erratum.get("corrected").asText();
                    errataApplied.add(q.get("id").asInt());
                }
                if (!codes.add(code)) {
                    throw new IllegalStateException("Duplicate criterion code " + code + " in " + sheetId);
                }
                ObjectNode c = F.objectNode();
                c.put("code", code);
                c.put("title", title);
                c.put("maxPoints", 0);
                ArrayNode notes = c.putArray("notes");
                c.putNull("applicability");
                c.set("citation", citation(null, "III", sheetId, code));
                if (subsectionNote != null) {
                    handleNote(subsectionNote, code, notes, true);
                }
                String note = noteText(q);
                boolean alternative = false;
                if (!note.isEmpty()) {
                    JsonNode story = curated.get("storyApplicability");
                    if (note.startsWith(story.get("notePrefix").asText())) {
                        c.set("applicability", storyApplicability(note));
                    } else {
                        handleNote(note, code, notes, false);
                    }
                    alternative = note.startsWith(curated.get("alternativeCaseNotePrefix").asText());
                }
                String caseKey = sheetId + "|" + code;
                if (explicitCases.contains(caseKey)) {
                    alternative = true;
                    explicitCasesApplied.add(caseKey);
                }
                ArrayNode options = c.putArray("options");
                int max = 0;
                int caseNo = 1;
                int previous = Integer.MIN_VALUE;
                char key = 'a';
                JsonNode minimum = minima.get(caseKey);
                for (JsonNode a : q.get("answers")) {
                    String text = a.get(0).asText().strip();
                    int points = a.get(1).asInt();
                    if (alternative && points < previous) {
                        caseNo++;
                    }
                    previous = points;
                    max = Math.max(max, points);
                    ObjectNode o = options.addObject();
                    o.put("key", String.valueOf(key));
                    o.put("text", text);
                    o.put("points", points);
                    o.putNull("minimumFor");
                    if (minimum != null && minimum.get("option").asText().equals(String.valueOf(key))) {
                        if (points != minimum.get("points").asInt()
                                || !text.startsWith(minimum.get("textStartsWith").asText())) {
                            throw new IllegalStateException("Minimum does not match option " + caseKey + key);
                        }
                        o.put("minimumFor", minimum.get("stars").asInt());
                        minimaApplied.add(caseKey);
                    }
                    if (alternative) {
                        o.put("case", "Trường hợp " + caseNo);
                    } else {
                        o.putNull("case");
                    }
                    o.putNull("interpretation");
                    o.set("citation", citation(null, "III", sheetId, code));
                    key++;
                }
                if (alternative && caseNo != 2) {
                    throw new IllegalStateException("Expected two cases in " + caseKey + ", found " + caseNo);
                }
                if (options.isEmpty()) {
                    throw new IllegalStateException("Criterion without options: " + caseKey);
                }
                c.put("maxPoints", max);
                if ("5.1".equals(code)) {
                    storyCriterion = c;
                }
                return c;
            }

            private ObjectNode storyApplicability(String note) {
                JsonNode story = curated.get("storyApplicability");
                String criterion = story.get("criterion").asText();
                if (storyCriterion == null || !criterion.equals(storyCriterion.get("code").asText())) {
                    throw new IllegalStateException("Story criterion not found before note in " + sheetId);
                }
                ObjectNode app = F.objectNode();
                app.put("criterion", criterion);
                ArrayNode anyOf = app.putArray("anyOf");
                for (JsonNode o : storyCriterion.get("options")) {
                    if (o.get("text").asText().startsWith(story.get("optionTextPrefix").asText())) {
                        anyOf.add(o.get("key").asText());
                    }
                }
                if (anyOf.isEmpty()) {
                    throw new IllegalStateException("No story options in " + sheetId);
                }
                app.put("text", note);
                return app;
            }

            /** Splits a note into knock-out paragraphs and the remaining verbatim note. */
            private void handleNote(String note, String criterion, ArrayNode notes, boolean knockOutOnly) {
                List<String> rest = new ArrayList<>();
                boolean anyKnockOut = false;
                for (String paragraph : note.split("\n")) {
                    String p = paragraph.strip();
                    if (p.isEmpty()) {
                        continue;
                    }
                    String effect = knockOutEffect(p);
                    if (effect != null) {
                        anyKnockOut = true;
                        ObjectNode ko = knockOuts.addObject();
                        ko.put("id", "KO" + knockOuts.size());
                        ko.put("criterion", criterion);
                        ko.put("effect", effect);
                        ko.put("text", p);
                        ko.set("citation", citation(null, "III", sheetId, criterion));
                    } else {
                        rest.add(p);
                    }
                }
                if (!rest.isEmpty()) {
                    if (knockOutOnly) {
                        throw new IllegalStateException("Sub-heading note that is not a knock-out in " + sheetId);
                    }
                    notes.add(anyKnockOut ? String.join("\n", rest) : note);
                }
            }
        }
    }

    /** Returns the knock-out effect of a note paragraph, or null when it is an ordinary note. */
    static String knockOutEffect(String paragraph) {
        String p = paragraph.toLowerCase(Locale.ROOT);
        if (p.contains("bị loại")) {
            return "DISQUALIFIED";
        }
        if (p.contains("không đánh giá các bước tiếp theo") || p.contains("không xem xét các chỉ tiêu khác")) {
            return "NOT_EVALUATED_FURTHER";
        }
        return null;
    }

    /** The note of a platform question, trimmed, with {@code \r\n} read as {@code \n}; "" when blank. */
    static String noteText(JsonNode question) {
        JsonNode n = question.get("note");
        if (n == null || n.isNull()) {
            return "";
        }
        return n.asText().replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
