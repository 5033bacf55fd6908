package io.github.ocop.rules.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The source text of a decision, line by line, with the table layout of the text transcript:
 * a line {@code "| | "} starts a new table row and a line {@code " | "} starts the next cell of the
 * row. Line numbers are 1-based, as cited in the rule set.
 */
public final class SourceText {

    /** One line of the source: its 1-based number and its text, without the line terminator. */
    public record Line(int number, String text) {

        /** The text without leading and trailing white space. */
        public String stripped() {
            return text.strip();
        }
    }

    /** One table cell: the lines printed in it (blank lines dropped). */
    public record Cell(List<Line> lines) {

        /** Whether the cell holds no printed text. */
        public boolean isEmpty() {
            return lines.isEmpty();
        }

        /** The cell's lines, stripped and joined with one space; empty for an empty cell. */
        public String joined() {
            return String.join(" ", lines.stream().map(Line::stripped).toList());
        }
    }

    /** One table row: its cells in printed order and the line of the row separator before it. */
    public record Row(int separatorLine, List<Cell> cells) {

        /** The cell at {@code index}, or an empty cell when the row has fewer cells. */
        public Cell cell(int index) {
            return index < cells.size() ? cells.get(index) : new Cell(List.of());
        }

        /** The first printed line of the row, or {@code null} when the row prints nothing. */
        public Line firstLine() {
            for (Cell c : cells) {
                if (!c.isEmpty()) {
                    return c.lines().get(0);
                }
            }
            return null;
        }
    }

    private final List<Line> lines;

    private SourceText(List<Line> lines) {
        this.lines = lines;
    }

    /** Reads a UTF-8 source file. */
    public static SourceText read(Path path) {
        try {
            String content = Files.readString(path, StandardCharsets.UTF_8);
            String[] raw = content.split("\n", -1);
            List<Line> list = new ArrayList<>(raw.length);
            for (int i = 0; i < raw.length; i++) {
                String t = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
                list.add(new Line(i + 1, t));
            }
            return new SourceText(List.copyOf(list));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Number of lines. */
    public int size() {
        return lines.size();
    }

    /** The line with the given 1-based number. */
    public Line line(int number) {
        if (number < 1 || number > lines.size()) {
            throw new IllegalArgumentException("no line " + number);
        }
        return lines.get(number - 1);
    }

    /** The number of the first line in {@code [from, to)} whose stripped text equals {@code text}. */
    public int find(String text, int from, int to) {
        for (int n = from; n < to; n++) {
            if (line(n).stripped().equals(text)) {
                return n;
            }
        }
        throw new IllegalStateException("line '" + text + "' not found between lines " + from + " and " + to);
    }

    /** Whether the line separates table rows. */
    public static boolean isRowSeparator(Line line) {
        return line.stripped().equals("| |");
    }

    /** Whether the line separates the cells of a row. */
    public static boolean isCellSeparator(Line line) {
        return line.stripped().equals("|");
    }

    /**
     * The table rows between lines {@code from} (inclusive, expected to be a row separator) and
     * {@code to} (exclusive). Text before the first row separator is ignored.
     */
    public List<Row> rows(int from, int to) {
        List<Row> rows = new ArrayList<>();
        List<Cell> cells = null;
        List<Line> cell = null;
        int separator = -1;
        for (int n = from; n < to; n++) {
            Line l = line(n);
            if (isRowSeparator(l)) {
                if (cells != null) {
                    cells.add(new Cell(List.copyOf(cell)));
                    rows.add(new Row(separator, List.copyOf(cells)));
                }
                cells = new ArrayList<>();
                cell = new ArrayList<>();
                separator = n;
            } else if (cells == null) {
                continue;
            } else if (isCellSeparator(l)) {
                cells.add(new Cell(List.copyOf(cell)));
                cell = new ArrayList<>();
            } else if (!l.stripped().isEmpty()) {
                cell.add(l);
            }
        }
        if (cells != null) {
            cells.add(new Cell(List.copyOf(cell)));
            rows.add(new Row(separator, List.copyOf(cells)));
        }
        return rows;
    }
}
