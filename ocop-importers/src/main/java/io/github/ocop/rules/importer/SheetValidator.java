package io.github.ocop.rules.importer;

import io.github.ocop.rules.importer.SheetModel.Node;
import io.github.ocop.rules.importer.SheetModel.Option;
import io.github.ocop.rules.importer.SheetModel.Part;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a resolved sheet against the arithmetic of the decision: part maxima as in Điều 3,
 * sections summing to their maxima, options within their criterion's maximum and reaching it,
 * unique codes. Every violation is reported; the importer fails when there is any.
 */
final class SheetValidator {

    private SheetValidator() {
    }

    static void validate(SheetModel sheet, Map<String, Integer> partMaxima, List<String> problems) {
        String p = "sheet " + sheet.id + ": ";
        List<String> codes = sheet.parts.stream().map(x -> x.code).toList();
        if (!codes.equals(List.copyOf(partMaxima.keySet()))) {
            problems.add(p + "parts " + codes + " instead of " + partMaxima.keySet());
        }
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Part part : sheet.parts) {
            total += part.maxPoints;
            Integer expected = partMaxima.get(part.code);
            if (expected != null && expected != part.maxPoints) {
                problems.add(p + "part " + part.code + " maximum " + part.maxPoints + " instead of " + expected);
            }
            int sum = part.sections.stream().mapToInt(s -> s.maxPoints).sum();
            if (sum != part.maxPoints) {
                problems.add(p + "part " + part.code + " maximum " + part.maxPoints + " but its sections total " + sum);
            }
            for (Node s : part.sections) {
                node(p, s, seen, problems);
            }
        }
        if (total != 100) {
            problems.add(p + "parts total " + total);
        }
    }

    private static void node(String p, Node n, Set<String> seen, List<String> problems) {
        if (!seen.add(n.code)) {
            problems.add(p + "duplicate code " + n.code + " (line " + n.line + ")");
        }
        if (!n.isLeaf()) {
            int sum = n.children.stream().mapToInt(c -> c.maxPoints).sum();
            if (sum != n.maxPoints) {
                problems.add(p + "item " + n.code + " maximum " + n.maxPoints + " (line " + n.maxLine
                        + ") but its sub-items total " + sum);
            }
            for (Node c : n.children) {
                node(p, c, seen, problems);
            }
            return;
        }
        boolean reached = false;
        for (Option o : n.options) {
            if (o.points < 0 || o.points > n.maxPoints) {
                problems.add(p + "option " + n.code + "/" + o.key + " worth " + o.points + " (line " + o.pointsLine
                        + ") outside 0.." + n.maxPoints);
            }
            reached |= o.points == n.maxPoints;
        }
        if (!reached) {
            problems.add(p + "no option of " + n.code + " reaches its maximum " + n.maxPoints + " (line " + n.line + ")");
        }
    }
}
