package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.rules.importer.TaxonomyParser.Group;
import io.github.ocop.rules.importer.TaxonomyParser.Subgroup;
import io.github.ocop.rules.internal.RuleSetFileFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Imports the rule set of QĐ 26/2026/QĐ-TTg from the text of the decision
 * ({@code ocop-importers/src/data/qd-26-2026/source.txt}) and the reviewed curated data
 * ({@code ocop-importers/src/data/qd-26-2026/curated.json}) into the JSON format of
 * {@code docs/rule-set-format.md}.
 *
 * <p>The taxonomy comes from Annex I, the 26 scoring sheets from Annex II. The curated file
 * supplies the header, the rule-set parts and star bands (checked against Điều 3), the
 * interpretations, the errata (applied where the value is read; the import fails when an erratum
 * no longer matches the printed value) and the accepted deviations. The import fails on any
 * arithmetic inconsistency that no erratum explains. The output is deterministic.
 *
 * <p>Regenerate the bundled file from the repository root with
 * <pre>
 * mvn -q -B -o install -pl ocop-rules -am -DskipTests
 * mvn -B -o test -pl ocop-importers -Dtest=Qd26ImporterTest -Docop.regenerate=true
 * </pre>
 * or run {@link #main} with the module directory as working directory.
 */
public final class Qd26Importer {

    /** Source text, relative to the {@code ocop-importers} module directory. */
    public static final Path SOURCE = Path.of("src/data/qd-26-2026/source.txt");
    /** Curated data, relative to the {@code ocop-importers} module directory. */
    public static final Path CURATED = Path.of("src/data/qd-26-2026/curated.json");
    /** Generated rule set (the bundled resource of ocop-rules), relative to the {@code ocop-importers} module directory. */
    public static final Path OUTPUT = Path.of("../ocop-rules/src/main/resources/io/github/ocop/rules/qd-26-2026.json");

    private Qd26Importer() {
    }

    /**
     * Imports the rule set.
     *
     * @param sourceTxt   the decision's text
     * @param curatedJson the curated data
     * @return the rule set as pretty-printed JSON ending with a newline
     * @throws IllegalStateException when the source does not parse, is inconsistent, or an erratum no longer matches
     */
    public static String importRuleSet(Path sourceTxt, Path curatedJson) {
        SourceText source = SourceText.read(sourceTxt);
        CuratedData curated = CuratedData.read(curatedJson);
        checkCuratedCitations(source, curated);

        int annex1 = source.find("PHỤ LỤC I", 1, source.size() + 1);
        int annex2 = source.find("PHỤ LỤC II", annex1, source.size() + 1);
        int annex3 = source.find("PHỤ LỤC III", annex2, source.size() + 1);

        List<Group> taxonomy = new TaxonomyParser(source).parse(annex1, annex2);
        SheetParser parser = new SheetParser(source);
        Map<String, String> index = parser.index(annex2, annex3);
        List<Integer> headers = parser.headerLines(annex2, annex3);

        ErrataBook errata = new ErrataBook(curated.errata());
        List<String> problems = new ArrayList<>();
        List<SheetModel> sheets = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            int end = i + 1 < headers.size() ? headers.get(i + 1) : annex3;
            SheetModel sheet = parser.parse(headers.get(i), end);
            sheet.deviations.addAll(curated.deviations(sheet.id));
            SheetParser.resolve(sheet, errata, problems);
            SheetParser.linkApplicability(sheet, problems);
            SheetValidator.validate(sheet, curated.partMaxima(), problems);
            sheets.add(sheet);
        }
        errata.verifyAllApplied();
        knockOutsFromNotes(source, curated, sheets);
        checkSheets(sheets, index, curated);
        linkSubgroups(taxonomy, index);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("inconsistencies not covered by an erratum:\n  " + String.join("\n  ", problems));
        }
        var ruleSet = RuleSetWriter.ruleSet(curated, taxonomy, sheets);
        KnockOutTriggers.apply(ruleSet, curated.root().path("knockOutTriggers"), (entry, ko) -> {
            int line = CuratedData.required(entry, "line").asInt();
            if (line != ko.path("citation").path("line").asInt()) {
                throw new IllegalStateException("curated knockOutTriggers " + entry.path("sheet").asText() + "/"
                        + entry.path("knockOut").asText() + ": cites line " + line + " but the knock-out stands at line "
                        + ko.path("citation").path("line").asInt());
            }
        });
        SubjectTypeOptions.apply(ruleSet, curated.root().path("subjectTypeOptions"));
        return RuleSetFileFormat.write(ruleSet);
    }

    /**
     * The curated {@code knockOutsFromNotes}: a note the parser kept under a criterion that is a ground not to
     * evaluate (e.g. "Không đánh giá những sản phẩm có tính phổ biến..."), made a knock-out of the sheet with the
     * curated effect, in printed order. Fails when the cited line is not a note of the named criterion.
     */
    private static void knockOutsFromNotes(SourceText source, CuratedData curated, List<SheetModel> sheets) {
        for (JsonNode e : curated.root().path("knockOutsFromNotes")) {
            String sheetId = CuratedData.text(e, "sheet");
            String code = CuratedData.text(e, "criterion");
            int line = CuratedData.required(e, "line").asInt();
            String effect = CuratedData.text(e, "effect");
            String where = "curated knockOutsFromNotes " + sheetId + "/" + code + " line " + line;
            if (!effect.equals("DISQUALIFIED") && !effect.equals("NOT_EVALUATED_FURTHER")) {
                throw new IllegalStateException(where + ": unknown effect " + effect);
            }
            SheetModel sheet = sheets.stream().filter(s -> s.id.equals(sheetId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(where + ": no sheet " + sheetId));
            SheetModel.Node node = sheet.parts.stream().map(p -> find(p.sections, code)).filter(n -> n != null)
                    .findFirst().orElseThrow(() -> new IllegalStateException(where + ": no criterion " + code));
            String text = source.line(line).stripped();
            if (!node.notes.remove(text)) {
                throw new IllegalStateException(where + ": is not a note of the criterion: " + text);
            }
            SheetModel.KnockOut k = new SheetModel.KnockOut();
            k.criterion = code;
            k.effect = effect;
            k.text = text;
            k.line = line;
            sheet.knockOuts.add(k);
            sheet.knockOuts.sort(java.util.Comparator.comparingInt(x -> x.line));
        }
    }

    private static SheetModel.Node find(List<SheetModel.Node> nodes, String code) {
        for (SheetModel.Node n : nodes) {
            if (n.code.equals(code) && n.isLeaf()) {
                return n;
            }
            SheetModel.Node c = find(n.children, code);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * Writes the rule set. Arguments (all optional): source, curated file, output; the defaults
     * are {@link #SOURCE}, {@link #CURATED} and {@link #OUTPUT}, relative to the working directory.
     *
     * @param args optional paths
     * @throws IOException when the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path source = args.length > 0 ? Path.of(args[0]) : SOURCE;
        Path curated = args.length > 1 ? Path.of(args[1]) : CURATED;
        Path output = args.length > 2 ? Path.of(args[2]) : OUTPUT;
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, importRuleSet(source, curated), StandardCharsets.UTF_8);
    }

    private static void checkSheets(List<SheetModel> sheets, Map<String, String> index, CuratedData curated) {
        List<String> ids = sheets.stream().map(s -> s.id).toList();
        if (!ids.equals(List.copyOf(index.keySet()))) {
            throw new IllegalStateException("sheets " + ids + " do not match the Annex II list " + index.keySet());
        }
        TitleMatch.verifyPairing(sheets.stream().map(s -> s.title).toList(), List.copyOf(index.values()),
                "sheet headers vs the Annex II list");
        curated.root().path("deviations").fieldNames().forEachRemaining(id -> {
            if (!index.containsKey(id)) {
                throw new IllegalStateException("deviation for unknown sheet " + id);
            }
        });
    }

    private static void linkSubgroups(List<Group> taxonomy, Map<String, String> index) {
        List<Subgroup> subgroups = TaxonomyParser.subgroups(taxonomy);
        TitleMatch.verifyPairing(subgroups.stream().map(s -> s.title).toList(), List.copyOf(index.values()),
                "Annex I subgroups vs the Annex II list");
        List<String> ids = List.copyOf(index.keySet());
        for (int i = 0; i < subgroups.size(); i++) {
            subgroups.get(i).sheet = ids.get(i);
        }
    }

    /** The curated rule-set parts and star bands must be what the cited lines of Điều 3 say. */
    private static void checkCuratedCitations(SourceText source, CuratedData curated) {
        for (JsonNode p : curated.root().path("parts")) {
            String line = citedLine(source, p);
            String code = p.path("code").asText();
            int max = p.path("maxPoints").asInt();
            if (!line.contains("Phần " + code + ":") || !line.contains("(" + max + " điểm)")
                    || !line.contains(p.path("title").asText())) {
                throw new IllegalStateException("curated part " + code + " does not match its cited line: " + line);
            }
        }
        for (JsonNode b : curated.root().path("starBands")) {
            String line = citedLine(source, b);
            int stars = b.path("stars").asInt();
            int min = b.path("minPoints").asInt();
            boolean ok = line.contains("Hạng " + stars + " sao")
                    && (min == 0 ? line.contains("đạt dưới") : line.contains("đạt từ " + min + " "));
            if (!ok) {
                throw new IllegalStateException("curated star band " + stars + " does not match its cited line: " + line);
            }
        }
    }

    private static String citedLine(SourceText source, JsonNode entry) {
        return source.line(entry.path("citation").path("line").asInt()).stripped();
    }
}
