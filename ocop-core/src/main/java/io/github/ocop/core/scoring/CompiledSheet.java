package io.github.ocop.core.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A sheet prepared for fast scoring: criteria by index, sections as index lists, minima precomputed. */
final class CompiledSheet {
    final ScoringSheet sheet;
    final Criterion[] criteria;
    final PartCode[] partOf;
    final Map<String, Integer> indexOf;
    /** For each criterion, the index of the criterion its applicability reads, or -1. */
    final int[] conditionIndex;
    final List<MinimumRequirement> minima;
    final int[] minimumIndex;
    final String[] sectionCodes;
    final int[][] sectionMembers;
    final String validCodes;
    /** Per minimum (parallel to {@link #minima}): the points required and the star level. */
    final int[] minimumPoints;
    final int[] minimumLevel;

    CompiledSheet(ScoringSheet sheet) {
        this.sheet = sheet;
        List<Criterion> cs = sheet.criteria();
        this.criteria = cs.toArray(new Criterion[0]);
        this.partOf = new PartCode[criteria.length];
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < criteria.length; i++) {
            idx.put(criteria[i].code(), i);
            partOf[i] = sheet.partOf(criteria[i].code());
        }
        this.indexOf = Map.copyOf(idx);
        this.conditionIndex = new int[criteria.length];
        for (int i = 0; i < criteria.length; i++) {
            conditionIndex[i] = -1;
            if (criteria[i].applicability().isPresent()) {
                String target = criteria[i].applicability().get().criterion();
                Integer j = idx.get(target);
                if (j == null) {
                    throw new IllegalArgumentException("sheet " + sheet.id() + ": criterion " + criteria[i].code()
                            + " applies under a condition on unknown criterion " + target);
                }
                conditionIndex[i] = j;
            }
        }
        List<MinimumRequirement> mins = new ArrayList<>();
        List<Integer> minIdx = new ArrayList<>();
        for (int i = 0; i < criteria.length; i++) {
            // per level, the most lenient marked option (alternative cases may each carry a mark)
            Map<Integer, Option> byLevel = new TreeMap<>();
            for (Option o : criteria[i].options()) {
                if (o.minimumFor() != null) {
                    byLevel.merge(o.minimumFor(), o, (x, y) -> y.points() < x.points() ? y : x);
                }
            }
            for (Map.Entry<Integer, Option> e : byLevel.entrySet()) {
                mins.add(new MinimumRequirement(criteria[i].code(), e.getKey(), e.getValue().key(), e.getValue().points()));
                minIdx.add(i);
            }
        }
        this.minima = List.copyOf(mins);
        this.minimumIndex = minIdx.stream().mapToInt(Integer::intValue).toArray();
        this.minimumPoints = mins.stream().mapToInt(MinimumRequirement::requiredPoints).toArray();
        this.minimumLevel = mins.stream().mapToInt(MinimumRequirement::requiredFor).toArray();
        Map<String, int[]> sections = new LinkedHashMap<>();
        for (Part p : sheet.parts()) {
            for (Section s : p.sections()) {
                addSection(s, idx, sections);
            }
        }
        this.sectionCodes = sections.keySet().toArray(new String[0]);
        this.sectionMembers = sections.values().toArray(new int[0][]);
        this.validCodes = String.join(", ", idx.keySet().stream().sorted(CompiledSheet::compareCodes).toList());
    }

    /**
     * @param i   a criterion index
     * @param key an answer
     * @return the option with that key, or null; keys a, b, c... are found by position first
     */
    Option option(int i, String key) {
        List<Option> options = criteria[i].options();
        if (key.length() == 1) {
            int k = key.charAt(0) - 'a';
            if (k >= 0 && k < options.size() && options.get(k).key().equals(key)) {
                return options.get(k);
            }
        }
        return criteria[i].option(key).orElse(null);
    }

    private static void addSection(Section s, Map<String, Integer> idx, Map<String, int[]> out) {
        out.put(s.code(), s.allCriteria().mapToInt(c -> idx.get(c.code())).toArray());
        for (Section sub : s.sections()) {
            addSection(sub, idx, out);
        }
    }

    /** Orders codes like "1.2" < "1.10" < "2". */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb && a.length() < 10 && b.length() < 10) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }
}
