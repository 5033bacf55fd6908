package io.github.ocop.rules.importer;

import java.util.ArrayList;
import java.util.List;

/** The parsed form of one scoring sheet, before it is written as JSON. */
final class SheetModel {

    String id;
    String title;
    String classification;
    int line;
    final List<String> deviations = new ArrayList<>();
    final List<KnockOut> knockOuts = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();

    /** A part (Phần A/B/C) of a sheet. */
    static final class Part {
        String code;
        String title;
        int line;
        String headingMax;
        int headingMaxLine;
        String cellMax;
        int maxPoints;
        final List<Node> sections = new ArrayList<>();
    }

    /** A numbered item: a section, a sub-section or a criterion, depending on its children. */
    static final class Node {
        String code;
        String title;
        int line;
        String printedMax;
        int maxLine;
        int maxPoints;
        Node parent;
        String applicabilityText;
        final List<String> notes = new ArrayList<>();
        final List<Option> options = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        /** Set after parsing: the criterion code and option keys this criterion depends on. */
        String applicabilityCriterion;
        final List<String> applicabilityKeys = new ArrayList<>();

        int depth() {
            return code.split("\\.").length;
        }

        boolean isLeaf() {
            return children.isEmpty();
        }
    }

    /** An answer option of a criterion. */
    static final class Option {
        String key;
        String text;
        int line;
        String printedPoints;
        int pointsLine;
        int points;
        Integer minimumFor;
        String caseHeading;
        String interpretation;
    }

    /** A knock-out rule of a sheet. */
    static final class KnockOut {
        String criterion;
        String effect;
        String text;
        int line;
    }
}
