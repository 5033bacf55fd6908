package io.github.ocop.rules.importer;

import io.github.ocop.rules.importer.SourceText.Line;
import io.github.ocop.rules.importer.SourceText.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses Annex I (the product classification): groups I..VI, categories ("Nhóm") and subgroups
 * ("Phân nhóm"). A category printed without subgroups gets one subgroup with the category's code,
 * title and ministries.
 */
final class TaxonomyParser {

    private static final Pattern ROMAN = Pattern.compile("^(I|II|III|IV|V|VI|VII|VIII|IX|X)$");
    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    private static final Pattern LETTER = Pattern.compile("^[a-zđ]$");

    /** A product group. */
    static final class Group {
        String code;
        String title;
        final List<Category> categories = new ArrayList<>();
    }

    /** A category (nhóm) of a group. */
    static final class Category {
        String code;
        String title;
        int line;
        List<String> ministries = List.of();
        final List<Subgroup> subgroups = new ArrayList<>();
    }

    /** A subgroup (phân nhóm), the level a scoring sheet belongs to. */
    static final class Subgroup {
        String code;
        String title;
        int line;
        List<String> ministries = List.of();
        String sheet;
    }

    private final SourceText source;

    TaxonomyParser(SourceText source) {
        this.source = source;
    }

    /** Parses the rows between the Annex I heading and the Annex II heading. */
    List<Group> parse(int annexStart, int annexEnd) {
        List<Group> groups = new ArrayList<>();
        Group group = null;
        Category category = null;
        for (Row row : source.rows(source.find("| |", annexStart, annexEnd), annexEnd)) {
            String no = row.cell(0).joined();
            if (row.cell(1).isEmpty()) {
                continue;
            }
            Line titleLine = row.cell(1).lines().get(0);
            String title = titleLine.stripped();
            if (ROMAN.matcher(no).matches()) {
                group = new Group();
                group.code = no;
                group.title = title;
                groups.add(group);
                category = null;
            } else if (DIGITS.matcher(no).matches()) {
                if (group == null) {
                    throw new IllegalStateException("category outside a group at line " + titleLine.number());
                }
                category = new Category();
                category.code = group.code + "." + no;
                category.title = strip(title, "Nhóm:", titleLine);
                category.line = titleLine.number();
                category.ministries = ministries(row);
                group.categories.add(category);
            } else if (LETTER.matcher(no).matches()) {
                if (category == null) {
                    throw new IllegalStateException("subgroup outside a category at line " + titleLine.number());
                }
                Subgroup s = new Subgroup();
                s.code = category.code + "." + no;
                s.title = strip(title, "Phân nhóm:", titleLine);
                s.line = titleLine.number();
                s.ministries = ministries(row);
                category.subgroups.add(s);
            } else if (!no.equals("STT")) {
                throw new IllegalStateException("unexpected classification row at line " + titleLine.number());
            }
        }
        for (Group g : groups) {
            for (Category c : g.categories) {
                if (c.subgroups.isEmpty()) {
                    Subgroup s = new Subgroup();
                    s.code = c.code;
                    s.title = c.title;
                    s.line = c.line;
                    s.ministries = c.ministries;
                    c.subgroups.add(s);
                } else if (!c.ministries.isEmpty()) {
                    throw new IllegalStateException("category " + c.code + " prints ministries and subgroups");
                }
            }
        }
        return groups;
    }

    private static String strip(String title, String prefix, Line line) {
        if (!title.startsWith(prefix)) {
            throw new IllegalStateException("expected '" + prefix + "' at line " + line.number());
        }
        return title.substring(prefix.length()).strip();
    }

    /** The third cell split on ";", trimmed, without footnote markers; stops at the footnote rule. */
    private static List<String> ministries(Row row) {
        StringBuilder sb = new StringBuilder();
        for (Line l : row.cell(2).lines()) {
            if (l.stripped().startsWith("___")) {
                break;
            }
            sb.append(' ').append(l.stripped());
        }
        List<String> result = new ArrayList<>();
        for (String part : sb.toString().split(";")) {
            String m = part.strip().replaceAll("\\d+$", "").strip();
            if (!m.isEmpty()) {
                result.add(m);
            }
        }
        return List.copyOf(result);
    }

    /** All subgroups in printed order. */
    static List<Subgroup> subgroups(List<Group> groups) {
        List<Subgroup> all = new ArrayList<>();
        for (Group g : groups) {
            for (Category c : g.categories) {
                all.addAll(c.subgroups);
            }
        }
        return all;
    }
}
