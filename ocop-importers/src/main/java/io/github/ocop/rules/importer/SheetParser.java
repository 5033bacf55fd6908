package io.github.ocop.rules.importer;

import io.github.ocop.rules.importer.SheetModel.KnockOut;
import io.github.ocop.rules.importer.SheetModel.Node;
import io.github.ocop.rules.importer.SheetModel.Option;
import io.github.ocop.rules.importer.SheetModel.Part;
import io.github.ocop.rules.importer.SourceText.Cell;
import io.github.ocop.rules.importer.SourceText.Line;
import io.github.ocop.rules.importer.SourceText.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the scoring sheets of Annex II: sheet headers, sheet-level knock-outs, parts, sections,
 * criteria, options with their star marks, notes, knock-out notes and alternative cases.
 * Printed numbers are kept as printed; {@link #resolve} applies the errata and derives the rest.
 */
final class SheetParser {

    static final String STORY_NOTE = "Chỉ áp dụng khi có câu chuyện sản phẩm";
    static final String STORY_CRITERION_TITLE = "Câu chuyện sản phẩm";
    static final String BINARY = "I-BINARY-NO-OPTIONS";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern HEADER = Pattern.compile("^(\\d{1,2})\\.\\s+(?:Bộ sản phẩm:\\s*)?(\\S.*)$");
    private static final Pattern PART = Pattern.compile("^Phần\\s+([ABC])\\s*:?$", FLAGS);
    private static final Pattern PART_TITLE = Pattern.compile("^(.*?)\\s*\\((\\d+)\\s*điểm\\)$", FLAGS);
    private static final Pattern CODE = Pattern.compile("^(\\d+(?:\\.\\d+){0,2})\\.?\\s+(\\S.*)$");
    private static final Pattern CASE = Pattern.compile("^[a-z]\\.\\s*(Trường hợp\\s*\\d+\\s*:.*)$");
    private static final Pattern OPTION = Pattern.compile("^(?:□|o\\s)\\s*(.*)$");
    private static final Pattern STARS = Pattern.compile("^(.*?)\\s*((?:\\*\\s*){3,5});?$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+$");

    private final SourceText source;

    SheetParser(SourceText source) {
        this.source = source;
    }

    /** The sheet index at the start of Annex II: sheet id to listed title, in printed order. */
    Map<String, String> index(int annexStart, int annexEnd) {
        Map<String, String> index = new LinkedHashMap<>();
        int firstHeader = headerLines(annexStart, annexEnd).get(0);
        for (Row row : source.rows(source.find("| |", annexStart, annexEnd), firstHeader)) {
            String no = row.cell(0).joined();
            if (NUMBER.matcher(no).matches() && !row.cell(1).isEmpty()) {
                String title = row.cell(1).lines().get(0).stripped();
                if (!title.startsWith("Bộ sản phẩm:")) {
                    throw new IllegalStateException("unexpected sheet index entry at line " + row.separatorLine());
                }
                index.put(no, title.substring("Bộ sản phẩm:".length()).strip());
            }
        }
        return index;
    }

    /** Lines starting a sheet: {@code N. [Bộ sản phẩm: ]Title} followed by {@code (Sản phẩm: ...)}. */
    List<Integer> headerLines(int annexStart, int annexEnd) {
        List<Integer> headers = new ArrayList<>();
        for (int n = annexStart; n < annexEnd - 1; n++) {
            if (HEADER.matcher(source.line(n).stripped()).matches()
                    && source.line(n + 1).stripped().startsWith("(Sản phẩm:")) {
                headers.add(n);
            }
        }
        return headers;
    }

    /** Parses the sheet whose header is at {@code start}; the sheet ends before {@code end}. */
    SheetModel parse(int start, int end) {
        SheetModel sheet = new SheetModel();
        Matcher h = HEADER.matcher(source.line(start).stripped());
        if (!h.matches()) {
            throw new IllegalStateException("no sheet header at line " + start);
        }
        sheet.id = h.group(1);
        sheet.title = h.group(2).strip();
        sheet.line = start;
        String cls = source.line(start + 1).stripped();
        sheet.classification = cls.startsWith("(") && cls.endsWith(")") ? cls.substring(1, cls.length() - 1).strip() : cls;

        int tableStart = -1;
        for (int n = start + 2; n < end; n++) {
            Line l = source.line(n);
            if (SourceText.isRowSeparator(l)) {
                tableStart = n;
                break;
            }
            if (l.stripped().toLowerCase(Locale.ROOT).matches("^(hồ sơ )?bị loại khi.*")) {
                addKnockOut(sheet, null, l);
            }
        }
        if (tableStart < 0) {
            throw new IllegalStateException("sheet " + sheet.id + " has no table");
        }
        new TableState(sheet).run(source.rows(tableStart, end));
        return sheet;
    }

    /** Walks the rows of one sheet's table. */
    private final class TableState {
        private final SheetModel sheet;
        private Part part;
        private Node node;
        private String caseHeading;
        private boolean total;

        TableState(SheetModel sheet) {
            this.sheet = sheet;
        }

        void run(List<Row> rows) {
            for (Row row : rows) {
                if (total) {
                    break;
                }
                if (row.cell(0).isEmpty()) {
                    if (row.firstLine() != null) {
                        throw new IllegalStateException("sheet " + sheet.id + ": row without text in its first cell at line "
                                + row.firstLine().number());
                    }
                    continue;
                }
                row(row, row.cell(0).lines().get(0));
            }
            if (!total) {
                throw new IllegalStateException("sheet " + sheet.id + ": no TỔNG CỘNG row");
            }
        }

        private void row(Row row, Line first) {
            String head = first.stripped();
            List<Line> rest = row.cell(0).lines().subList(Math.min(1, row.cell(0).lines().size()), row.cell(0).lines().size());
            Cell score = row.cell(1);
            Matcher m;
            if (head.equals("Các tiêu chí")) {
                return;
            }
            if (head.startsWith("TỔNG CỘNG")) {
                if (!score.lines().get(0).stripped().equals("100")) {
                    throw new IllegalStateException("sheet " + sheet.id + ": total is not 100 at line " + first.number());
                }
                total = true;
                return;
            }
            if ((m = PART.matcher(head)).matches()) {
                startPart(m.group(1).toUpperCase(Locale.ROOT), first, rest, score);
                return;
            }
            if ((m = OPTION.matcher(head)).matches()) {
                option(m.group(1), first, rest, score);
                return;
            }
            if ((m = CODE.matcher(head)).matches()) {
                startNode(m.group(1), m.group(2).strip(), first, rest, score);
                return;
            }
            if ((m = CASE.matcher(head)).matches()) {
                requireNode(first);
                requireEmpty(score, first);
                caseHeading = m.group(1).strip();
                return;
            }
            requireNode(first);
            requireEmpty(score, first);
            for (Line l : row.cell(0).lines()) {
                note(l);
            }
        }

        private void startPart(String code, Line first, List<Line> rest, Cell score) {
            if (rest.isEmpty()) {
                throw new IllegalStateException("part heading without title at line " + first.number());
            }
            Line titleLine = rest.get(0);
            Matcher t = PART_TITLE.matcher(titleLine.stripped());
            part = new Part();
            part.code = code;
            part.line = first.number();
            if (t.matches()) {
                part.title = t.group(1).strip();
                part.headingMax = t.group(2);
                part.headingMaxLine = titleLine.number();
            } else {
                part.title = titleLine.stripped();
            }
            part.cellMax = score.joined();
            sheet.parts.add(part);
            node = null;
            caseHeading = null;
        }

        private void startNode(String code, String title, Line first, List<Line> rest, Cell score) {
            if (part == null) {
                throw new IllegalStateException("item " + code + " outside a part at line " + first.number());
            }
            Node n = new Node();
            n.code = code;
            n.title = title;
            n.line = first.number();
            n.printedMax = score.joined();
            n.maxLine = score.isEmpty() ? first.number() : score.lines().get(0).number();
            if (n.depth() == 1) {
                part.sections.add(n);
            } else {
                Node parent = findParent(code);
                n.parent = parent;
                parent.children.add(n);
            }
            node = n;
            caseHeading = null;
            for (Line l : rest) {
                note(l);
            }
        }

        private Node findParent(String code) {
            String parentCode = code.substring(0, code.lastIndexOf('.'));
            Node candidate = node;
            while (candidate != null && !candidate.code.equals(parentCode)) {
                candidate = candidate.parent;
            }
            if (candidate == null) {
                throw new IllegalStateException("sheet " + sheet.id + ": item " + code + " has no parent " + parentCode);
            }
            return candidate;
        }

        private void option(String body, Line first, List<Line> rest, Cell score) {
            requireNode(first);
            Option o = new Option();
            Matcher s = STARS.matcher(body.strip());
            if (s.matches()) {
                o.text = s.group(1).strip();
                o.minimumFor = (int) s.group(2).chars().filter(ch -> ch == '*').count();
            } else {
                o.text = body.strip();
            }
            if (o.text.contains("*")) {
                throw new IllegalStateException("star mark inside option text at line " + first.number());
            }
            o.line = first.number();
            o.printedPoints = score.joined();
            o.pointsLine = score.isEmpty() ? first.number() : score.lines().get(0).number();
            o.caseHeading = caseHeading;
            node.options.add(o);
            for (Line l : rest) {
                note(l);
            }
        }

        private void note(Line l) {
            String text = l.stripped();
            String lower = text.toLowerCase(Locale.ROOT);
            if (text.replaceAll("[.:;]+$", "").equalsIgnoreCase(STORY_NOTE)) {
                node.applicabilityText = STORY_NOTE;
            } else if (lower.contains("bị loại") || lower.contains("không đánh giá các bước tiếp theo")
                    || lower.contains("không xem xét các chỉ tiêu khác")) {
                addKnockOut(sheet, node.code, l);
            } else {
                node.notes.add(text);
            }
        }

        private void requireNode(Line l) {
            if (node == null) {
                throw new IllegalStateException("sheet " + sheet.id + ": text outside a criterion at line " + l.number()
                        + ": " + l.stripped());
            }
        }

        private void requireEmpty(Cell score, Line l) {
            if (!score.isEmpty()) {
                throw new IllegalStateException("sheet " + sheet.id + ": unexpected score '" + score.joined()
                        + "' for a note at line " + l.number());
            }
        }
    }

    private static void addKnockOut(SheetModel sheet, String criterion, Line l) {
        String text = l.stripped();
        for (KnockOut k : sheet.knockOuts) {
            if (k.text.equals(text) && java.util.Objects.equals(k.criterion, criterion)) {
                return;
            }
        }
        KnockOut k = new KnockOut();
        k.criterion = criterion;
        k.text = text;
        k.line = l.number();
        k.effect = text.toLowerCase(Locale.ROOT).contains("loại") ? "DISQUALIFIED" : "NOT_EVALUATED_FURTHER";
        sheet.knockOuts.add(k);
    }

    /**
     * Applies the errata, converts printed numbers, assigns option keys, supplies the option of
     * criteria printed without options and links story-dependent criteria. Problems are added to
     * {@code problems}.
     */
    static void resolve(SheetModel sheet, ErrataBook errata, List<String> problems) {
        for (Part p : sheet.parts) {
            if (p.headingMax != null) {
                String heading = errata.resolve(sheet.id, null, null, "maxPoints", p.headingMaxLine, p.headingMax);
                p.maxPoints = Integer.parseInt(heading);
                if (!heading.equals(p.cellMax)) {
                    problems.add("sheet " + sheet.id + " part " + p.code + ": heading says " + heading
                            + " but the score cell says '" + p.cellMax + "' (line " + p.line + ")");
                }
            } else {
                p.maxPoints = number(sheet, "part " + p.code, p.cellMax, problems);
            }
            for (Node s : p.sections) {
                resolveNode(sheet, s, errata, problems);
            }
        }
    }

    private static void resolveNode(SheetModel sheet, Node n, ErrataBook errata, List<String> problems) {
        String max = errata.resolve(sheet.id, n.code, null, "maxPoints", n.maxLine, n.printedMax);
        n.maxPoints = number(sheet, "item " + n.code + " maximum (line " + n.maxLine + ")", max, problems);
        if (!n.isLeaf()) {
            if (!n.options.isEmpty() || !n.notes.isEmpty() || n.applicabilityText != null) {
                problems.add("sheet " + sheet.id + ": item " + n.code + " has both sub-items and options/notes");
            }
            for (Node c : n.children) {
                resolveNode(sheet, c, errata, problems);
            }
            return;
        }
        char key = 'a';
        for (Option o : n.options) {
            o.key = String.valueOf(key++);
            String pts = errata.resolve(sheet.id, n.code, o.key, "points", o.pointsLine, o.printedPoints);
            o.points = number(sheet, "option " + n.code + "/" + o.key + " (line " + o.pointsLine + ")", pts, problems);
        }
        if (n.options.isEmpty()) {
            Option o = new Option();
            o.key = "a";
            o.text = n.title;
            o.line = n.line;
            o.points = n.maxPoints;
            o.interpretation = BINARY;
            n.options.add(o);
        }
    }

    /** Links every criterion carrying the story note to the story criterion of its section. */
    static void linkApplicability(SheetModel sheet, List<String> problems) {
        for (Part p : sheet.parts) {
            for (Node s : p.sections) {
                linkApplicability(sheet, s, problems);
            }
        }
    }

    private static void linkApplicability(SheetModel sheet, Node n, List<String> problems) {
        for (Node c : n.children) {
            linkApplicability(sheet, c, problems);
        }
        if (n.applicabilityText == null) {
            return;
        }
        Node story = null;
        if (n.parent != null) {
            for (Node sibling : n.parent.children) {
                if (sibling != n && sibling.title.strip().equalsIgnoreCase(STORY_CRITERION_TITLE)) {
                    story = sibling;
                }
            }
        }
        if (story == null) {
            problems.add("sheet " + sheet.id + ": no product-story criterion next to " + n.code);
            return;
        }
        n.applicabilityCriterion = story.code;
        for (Option o : story.options) {
            if (o.points > 0) {
                n.applicabilityKeys.add(o.key);
            }
        }
    }

    private static int number(SheetModel sheet, String what, String printed, List<String> problems) {
        if (!NUMBER.matcher(printed).matches()) {
            problems.add("sheet " + sheet.id + ": " + what + " is not a number: '" + printed + "'");
            return 0;
        }
        return Integer.parseInt(printed);
    }
}
