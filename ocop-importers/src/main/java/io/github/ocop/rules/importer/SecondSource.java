package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second, third-party transcription of the QĐ 1048 sheets (a student app's Excel workbook flattened to CSV,
 * {@code src/data/qd-1048-2019/second-source/}) and the sheets the importer builds from it.
 */
final class SecondSource {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern LABEL = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s*(.*)$");
    private static final Pattern PART = Pattern.compile("^Phần ([ABC])\\b.*");

    /** One option row of a workbook CSV, with its 1-based line in the file. */
    record Row(String sheet, String subgroup, String part, String group, String criterion, String option,
               int points, int line) {
    }

    private SecondSource() {
    }

    /**
     * Reads a workbook CSV: {@code #} comment lines, a header, then rows; a file without the {@code sheet,bo_san_pham}
     * columns (a single-sheet file) gets an empty sheet and subgroup.
     */
    static List<Row> read(Path csv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv, e);
        }
        List<Row> rows = new ArrayList<>();
        boolean header = true;
        boolean withSheet = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            List<String> cells = cells(l);
            if (header) {
                withSheet = cells.get(0).equals("sheet");
                header = false;
                continue;
            }
            int o = withSheet ? 2 : 0;
            if (cells.size() != o + 5) {
                throw new IllegalStateException(csv + " line " + (i + 1) + ": expected " + (o + 5) + " cells: " + l);
            }
            rows.add(new Row(withSheet ? cells.get(0) : "", withSheet ? cells.get(1) : "", cells.get(o),
                    cells.get(o + 1), cells.get(o + 2), cells.get(o + 3), Integer.parseInt(cells.get(o + 4).strip()),
                    i + 1));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    /** Splits a workbook label such as {@code "1.1. Nguồn nguyên liệu"} into code and title. */
    static String[] label(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalStateException("Workbook label without code: " + text);
        }
        return new String[] {m.group(1), m.group(2).strip()};
    }

    /** The part code (A, B, C) of a workbook part label. */
    static String part(String text) {
        Matcher m = PART.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalStateException("Workbook part label without A/B/C: " + text);
        }
        return m.group(1);
    }

    /**
     * Builds one rule set sheet from a workbook sheet.
     *
     * @param id      the sheet id (the subgroup code)
     * @param title   the sheet title
     * @param spec    the curated entry of {@code second-source.json}
     * @param source  the curated {@code source} of {@code second-source.json}
     * @param rows    the sheet's rows
     * @param partTitles the rule set's part titles by code
     * @param errata  receives the errata applied
     * @return the sheet in the rule set format
     */
    static ObjectNode sheet(String id, String title, JsonNode spec, JsonNode source, List<Row> rows,
                            Map<String, String> partTitles, ArrayNode errata) {
        ObjectNode sheet = F.objectNode();
        sheet.put("id", id);
        sheet.put("title", title);
        sheet.putNull("classification");
        ObjectNode prov = sheet.putObject("provenance");
        prov.put("kind", "THIRD_PARTY");
        prov.put("source", spec.get("provenanceSource").asText());
        prov.put("note", "Third-party transcription [3P], not the signed text: workbook sheet "
                + spec.get("workbookSheet").asText() + " of " + source.get("description").asText()
                + ", github.com/" + source.get("repo").asText() + ", " + source.get("path").asText() + " (blob "
                + source.get("blob").asText() + ") at commit " + source.get("commit").asText()
                + ". Known defect: group 8 labelled 'CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM' carries the options of 'TÍNH ĐỘC ĐÁO'"
                + " (erratum E-1048-I21-8-TINH-DOC-DAO). Lines cited are lines of the CSV.");
        ArrayNode deviations = sheet.putArray("deviations");
        spec.get("deviations").forEach(d -> deviations.add(d.asText()));
        sheet.set("citation", Qd1048Importer.citation(null, "III", id, null));
        sheet.putArray("knockOuts");
        ArrayNode parts = sheet.putArray("parts");

        Map<String, JsonNode> titleErrata = new HashMap<>();
        for (JsonNode e : spec.get("titleErrata")) {
            titleErrata.put(e.get("item").asText(), e);
        }
        Set<String> errataApplied = new HashSet<>();
        Set<String> alternative = new HashSet<>();
        spec.get("alternativeCases").forEach(c -> alternative.add(c.asText()));
        Map<String, JsonNode> minima = new HashMap<>();
        spec.get("minima").forEach(m -> minima.put(m.get("criterion").asText(), m));
        Set<String> minimaApplied = new HashSet<>();

        Map<String, ObjectNode> partsByCode = new LinkedHashMap<>();
        Map<String, ObjectNode> sections = new LinkedHashMap<>();
        Map<String, ObjectNode> criteria = new LinkedHashMap<>();
        Map<String, Integer> previousPoints = new HashMap<>();
        Map<String, Integer> caseNo = new HashMap<>();
        for (Row r : rows) {
            String partCode = part(r.part());
            ObjectNode part = partsByCode.computeIfAbsent(partCode, c -> {
                ObjectNode p = parts.addObject();
                p.put("code", c);
                p.put("title", partTitles.get(c));
                p.put("maxPoints", 0);
                p.set("citation", cite(id, c, r.line()));
                p.putArray("sections");
                return p;
            });
            String[] g = label(r.group());
            ObjectNode section = sections.get(g[0]);
            if (section == null) {
                section = F.objectNode();
                section.put("code", g[0]);
                section.put("title", corrected(g[0], g[1], titleErrata, errataApplied, id, errata, r.line()));
                section.put("maxPoints", 0);
                section.set("citation", cite(id, g[0], r.line()));
                section.putArray("sections");
                section.putArray("criteria");
                ((ArrayNode) part.get("sections")).add(section);
                sections.put(g[0], section);
            }
            String[] c = label(r.criterion());
            if (!c[0].startsWith(g[0] + ".")) {
                throw new IllegalStateException(id + ": criterion " + c[0] + " outside group " + g[0]);
            }
            ObjectNode criterion = criteria.get(c[0]);
            if (criterion == null) {
                criterion = F.objectNode();
                criterion.put("code", c[0]);
                criterion.put("title", corrected(c[0], c[1], titleErrata, errataApplied, id, errata, r.line()));
                criterion.put("maxPoints", 0);
                criterion.putArray("notes");
                criterion.putNull("applicability");
                criterion.set("citation", cite(id, c[0], r.line()));
                criterion.putArray("options");
                ((ArrayNode) section.get("criteria")).add(criterion);
                criteria.put(c[0], criterion);
                caseNo.put(c[0], 1);
            }
            ArrayNode options = (ArrayNode) criterion.get("options");
            String key = String.valueOf((char) ('a' + options.size()));
            ObjectNode o = options.addObject();
            o.put("key", key);
            o.put("text", r.option().strip());
            o.put("points", r.points());
            o.putNull("minimumFor");
            JsonNode minimum = minima.get(c[0]);
            if (minimum != null && minimum.get("option").asText().equals(key)) {
                if (r.points() != minimum.get("points").asInt()
                        || !r.option().strip().startsWith(minimum.get("textStartsWith").asText())) {
                    throw new IllegalStateException("Minimum does not match option " + id + " " + c[0] + key);
                }
                o.put("minimumFor", minimum.get("stars").asInt());
                minimaApplied.add(c[0]);
            }
            if (alternative.contains(c[0])) {
                Integer prev = previousPoints.get(c[0]);
                if (prev != null && r.points() < prev) {
                    caseNo.merge(c[0], 1, Integer::sum);
                }
                o.put("case", "Trường hợp " + caseNo.get(c[0]));
            } else {
                o.putNull("case");
            }
            previousPoints.put(c[0], r.points());
            o.putNull("interpretation");
            o.set("citation", cite(id, c[0], r.line()));
            criterion.put("maxPoints", Math.max(criterion.get("maxPoints").asInt(), r.points()));
        }
        for (String a : alternative) {
            if (caseNo.getOrDefault(a, 0) != 2) {
                throw new IllegalStateException("Expected two cases in " + id + " " + a);
            }
        }
        if (!errataApplied.equals(titleErrata.keySet()) || !minimaApplied.equals(minima.keySet())) {
            throw new IllegalStateException("Curated second-source entries not applied in " + id);
        }
        JsonNode app = spec.get("applicability");
        ObjectNode on = criteria.get(app.get("criterion").asText());
        for (JsonNode target : app.get("criteria")) {
            ObjectNode a = F.objectNode();
            a.put("criterion", on.get("code").asText());
            ArrayNode anyOf = a.putArray("anyOf");
            for (JsonNode o : on.get("options")) {
                if (o.get("text").asText().startsWith(app.get("optionTextPrefix").asText())) {
                    anyOf.add(o.get("key").asText());
                }
            }
            a.put("text", app.get("text").asText());
            criteria.get(target.asText()).set("applicability", a);
        }
        for (ObjectNode s : sections.values()) {
            int sum = 0;
            for (JsonNode c : s.get("criteria")) {
                sum += c.get("maxPoints").asInt();
            }
            s.put("maxPoints", sum);
        }
        for (ObjectNode p : partsByCode.values()) {
            int sum = 0;
            for (JsonNode s : p.get("sections")) {
                sum += s.get("maxPoints").asInt();
            }
            p.put("maxPoints", sum);
        }
        return sheet;
    }

    private static String corrected(String code, String printed, Map<String, JsonNode> titleErrata,
                                    Set<String> applied, String sheet, ArrayNode errata, int line) {
        JsonNode e = titleErrata.get(code);
        if (e == null) {
            return printed;
        }
        if (!e.get("printed").asText().equals(printed)) {
            throw new IllegalStateException("Erratum " + e.get("id").asText() + " does not match '" + printed + "'");
        }
        applied.add(code);
        ObjectNode o = errata.addObject();
        o.put("id", e.get("id").asText());
        o.put("sheet", sheet);
        o.put("criterion", code);
        o.putNull("option");
        o.put("field", "title");
        o.put("printed", printed);
        o.put("corrected", e.get("corrected").asText());
        o.put("reason", e.get("reason").asText());
        o.put("line", line);
        return e.get("corrected").asText();
    }

    private static ObjectNode cite(String sheet, String item, int line) {
        ObjectNode c = Qd1048Importer.citation(null, "III", sheet, item);
        c.put("line", line);
        return c;
    }
}
