package io.github.ocop.core.compare;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.TitleKey;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.model.StarRanking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What changed from one rule set to another (so sánh hai bộ tiêu chí), optionally for one product group: part maxima,
 * star bands, groups and subgroups (same, renamed, added, removed), and per matched sheet the criteria added, removed
 * and re-weighted and the count of star minima per level. Immutable.
 *
 * <p>Matching: groups are matched by code (I..VI, stable across the decisions) and reported renamed when their titles
 * differ once case, diacritics, punctuation and spacing are
 * ignored (normalised). Subgroups are matched by title: equal keys first, then, greedily by decreasing
 * word-set similarity (Dice coefficient over the words), pairs at or above 0.5 within the same group code as
 * renamed; the rest are added or removed. Sheets are matched when a subgroup of one is matched with a subgroup of the
 * other. Criteria of a matched pair are matched by equal normalised title only (a reworded criterion shows
 * as one removed and one added).
 *
 * @param from      the older rule set's id
 * @param to        the newer rule set's id
 * @param group     the group code compared, empty for all
 * @param parts     part maxima (A, B, C)
 * @param bands     lower bound of each star band
 * @param groups    the groups
 * @param subgroups the subgroups
 * @param sheets    the matched sheet pairs, newer rule set's order
 * @param unmatchedFromSheets sheets of the older rule set matched with none
 * @param unmatchedToSheets   sheets of the newer rule set matched with none
 */
public record RuleSetDiff(String from, String to, Optional<String> group, List<NumberChange> parts,
                          List<NumberChange> bands, List<TitleMatch> groups, List<TitleMatch> subgroups,
                          List<SheetDiff> sheets, List<String> unmatchedFromSheets, List<String> unmatchedToSheets) {
    /**
     * Copies the lists.
     *
     * @param from                the older rule set's id
     * @param to                  the newer rule set's id
     * @param group               the group code compared, empty for all
     * @param parts               part maxima (A, B, C)
     * @param bands               lower bound of each star band
     * @param groups              the groups
     * @param subgroups           the subgroups
     * @param sheets              the matched sheet pairs, newer rule set's order
     * @param unmatchedFromSheets sheets of the older rule set matched with none
     * @param unmatchedToSheets   sheets of the newer rule set matched with none
     */
    public RuleSetDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(group, "group");
        parts = List.copyOf(parts);
        bands = List.copyOf(bands);
        groups = List.copyOf(groups);
        subgroups = List.copyOf(subgroups);
        sheets = List.copyOf(sheets);
        unmatchedFromSheets = List.copyOf(unmatchedFromSheets);
        unmatchedToSheets = List.copyOf(unmatchedToSheets);
    }

    /**
     * Compares two rule sets.
     *
     * @param from  the older rule set
     * @param to    the newer rule set
     * @param group a group code to restrict the taxonomy and sheets to, or null for all
     * @return the differences
     * @throws io.github.ocop.core.problem.OcopArgumentException (an {@code IllegalArgumentException}) when neither
     *     rule set has that group: its text, in any language, names the groups they have
     */
    public static RuleSetDiff of(RuleSet from, RuleSet to, String group) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<NumberChange> parts = new ArrayList<>();
        for (PartCode p : PartCode.values()) {
            parts.add(new NumberChange(p.name(), from.part(p).map(PartDefinition::maxPoints).orElse(null),
                    to.part(p).map(PartDefinition::maxPoints).orElse(null)));
        }
        List<NumberChange> bands = new ArrayList<>();
        Map<Integer, Integer> fb = bandMins(from);
        Map<Integer, Integer> tb = bandMins(to);
        Set<Integer> stars = new java.util.TreeSet<>(fb.keySet());
        stars.addAll(tb.keySet());
        stars.forEach(s -> bands.add(new NumberChange(String.valueOf(s), fb.get(s), tb.get(s))));

        List<ProductGroup> fg = groupsOf(from, group);
        List<ProductGroup> tg = groupsOf(to, group);
        if (group != null && fg.isEmpty() && tg.isEmpty()) {
            throw CoreMessages.refusal("compare.unknownGroup", group, from.id(), to.id(), groupCodes(from, to));
        }
        List<TitleMatch> groups = new ArrayList<>();
        for (ProductGroup t : tg) {
            Optional<ProductGroup> f = fg.stream().filter(g -> g.code().equals(t.code())).findFirst();
            groups.add(f.map(g -> match(g.code(), g.title(), t.code(), t.title()))
                    .orElse(new TitleMatch(TitleMatch.Change.ADDED, null, null, t.code(), t.title(), 0)));
        }
        for (ProductGroup f : fg) {
            if (tg.stream().noneMatch(g -> g.code().equals(f.code()))) {
                groups.add(new TitleMatch(TitleMatch.Change.REMOVED, f.code(), f.title(), null, null, 0));
            }
        }

        Map<ProductSubgroup, String> fs = subgroups(fg);
        Map<ProductSubgroup, String> ts = subgroups(tg);
        List<TitleMatch> subgroups = matchSubgroups(fs, ts);

        // sheets matched through their subgroups
        Map<String, ProductSubgroup> fByCode = new LinkedHashMap<>();
        fs.keySet().forEach(s -> fByCode.putIfAbsent(s.code(), s));
        Map<String, ProductSubgroup> tByCode = new LinkedHashMap<>();
        ts.keySet().forEach(s -> tByCode.putIfAbsent(s.code(), s));
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (ProductSubgroup t : ts.keySet()) {
            for (TitleMatch m : subgroups) {
                if (t.code().equals(m.toCode()) && m.fromCode() != null) {
                    ProductSubgroup f = fByCode.get(m.fromCode());
                    if (f.sheet().isPresent() && t.sheet().isPresent()
                            && from.sheet(f.sheetId()).isPresent() && to.sheet(t.sheetId()).isPresent()) {
                        pairs.add(List.of(f.sheetId(), t.sheetId()));
                    }
                }
            }
        }
        List<SheetDiff> sheets = new ArrayList<>();
        Set<String> matchedFrom = new HashSet<>();
        Set<String> matchedTo = new HashSet<>();
        for (List<String> p : pairs) {
            sheets.add(sheetDiff(from.sheet(p.get(0)).orElseThrow(), to.sheet(p.get(1)).orElseThrow()));
            matchedFrom.add(p.get(0));
            matchedTo.add(p.get(1));
        }
        List<String> unmatchedFrom = sheetIds(from, fs).stream().filter(id -> !matchedFrom.contains(id)).toList();
        List<String> unmatchedTo = sheetIds(to, ts).stream().filter(id -> !matchedTo.contains(id)).toList();
        return new RuleSetDiff(from.id(), to.id(), Optional.ofNullable(group), parts, bands, groups, subgroups, sheets,
                unmatchedFrom, unmatchedTo);
    }

    private static Map<Integer, Integer> bandMins(RuleSet rs) {
        Map<Integer, Integer> m = new TreeMap<>();
        for (StarBand b : rs.starRanking().bands()) {
            m.put(b.stars(), b.minPoints());
        }
        return m;
    }

    /** The group codes of two rule sets, each once, in the order met. */
    private static List<String> groupCodes(RuleSet a, RuleSet b) {
        Set<String> codes = new LinkedHashSet<>();
        for (RuleSet rs : List.of(a, b)) {
            rs.taxonomy().groups().forEach(g -> codes.add(g.code()));
        }
        return List.copyOf(codes);
    }

    private static List<ProductGroup> groupsOf(RuleSet rs, String group) {
        return rs.taxonomy().groups().stream().filter(g -> group == null || g.code().equals(group)).toList();
    }

    private static Map<ProductSubgroup, String> subgroups(List<ProductGroup> groups) {
        Map<ProductSubgroup, String> m = new LinkedHashMap<>();
        for (ProductGroup g : groups) {
            for (ProductCategory c : g.categories()) {
                c.subgroups().forEach(s -> m.put(s, g.code()));
            }
        }
        return m;
    }

    private static List<String> sheetIds(RuleSet rs, Map<ProductSubgroup, String> subgroups) {
        Set<String> ids = new LinkedHashSet<>();
        subgroups.keySet().forEach(s -> s.sheet().filter(id -> rs.sheet(id).isPresent()).ifPresent(ids::add));
        return List.copyOf(ids);
    }

    private static TitleMatch match(String fc, String ft, String tc, String tt) {
        boolean same = TitleKey.of(ft).equals(TitleKey.of(tt));
        return new TitleMatch(same ? TitleMatch.Change.SAME : TitleMatch.Change.RENAMED, fc, ft, tc, tt,
                same ? 1 : TitleKey.similarity(ft, tt));
    }

    private static List<TitleMatch> matchSubgroups(Map<ProductSubgroup, String> fs, Map<ProductSubgroup, String> ts) {
        Map<ProductSubgroup, ProductSubgroup> toFrom = new LinkedHashMap<>();
        Set<ProductSubgroup> usedFrom = new HashSet<>();
        for (ProductSubgroup t : ts.keySet()) {
            for (ProductSubgroup f : fs.keySet()) {
                if (!usedFrom.contains(f) && TitleKey.of(f.title()).equals(TitleKey.of(t.title()))) {
                    toFrom.put(t, f);
                    usedFrom.add(f);
                    break;
                }
            }
        }
        record Candidate(ProductSubgroup f, ProductSubgroup t, double sim) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ProductSubgroup t : ts.keySet()) {
            for (ProductSubgroup f : fs.keySet()) {
                if (!toFrom.containsKey(t) && !usedFrom.contains(f) && fs.get(f).equals(ts.get(t))) {
                    double sim = TitleKey.similarity(f.title(), t.title());
                    if (sim >= TitleKey.RENAMED_THRESHOLD) {
                        candidates.add(new Candidate(f, t, sim));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::sim).reversed());
        for (Candidate c : candidates) {
            if (!toFrom.containsKey(c.t()) && !usedFrom.contains(c.f())) {
                toFrom.put(c.t(), c.f());
                usedFrom.add(c.f());
            }
        }
        List<TitleMatch> out = new ArrayList<>();
        for (ProductSubgroup t : ts.keySet()) {
            ProductSubgroup f = toFrom.get(t);
            out.add(f == null ? new TitleMatch(TitleMatch.Change.ADDED, null, null, t.code(), t.title(), 0)
                    : match(f.code(), f.title(), t.code(), t.title()));
        }
        for (ProductSubgroup f : fs.keySet()) {
            if (!usedFrom.contains(f)) {
                out.add(new TitleMatch(TitleMatch.Change.REMOVED, f.code(), f.title(), null, null, 0));
            }
        }
        return out;
    }

    static SheetDiff sheetDiff(ScoringSheet f, ScoringSheet t) {
        Map<String, Criterion> fByKey = byKey(f);
        Map<String, Criterion> tByKey = byKey(t);
        List<CriterionDiff> criteria = new ArrayList<>();
        tByKey.forEach((k, c) -> {
            Criterion old = fByKey.get(k);
            criteria.add(old == null
                    ? new CriterionDiff(TitleMatch.Change.ADDED, null, c.code(), c.title(), 0, c.maxPoints())
                    : new CriterionDiff(TitleMatch.Change.SAME, old.code(), c.code(), c.title(), old.maxPoints(),
                    c.maxPoints()));
        });
        fByKey.forEach((k, c) -> {
            if (!tByKey.containsKey(k)) {
                criteria.add(new CriterionDiff(TitleMatch.Change.REMOVED, c.code(), null, c.title(), c.maxPoints(), 0));
            }
        });
        return new SheetDiff(f.id(), f.title(), t.id(), t.title(), criteria, minima(f), minima(t));
    }

    private static Map<String, Criterion> byKey(ScoringSheet s) {
        Map<String, Criterion> m = new LinkedHashMap<>();
        s.criteria().forEach(c -> m.putIfAbsent(TitleKey.of(c.title()), c));
        return m;
    }

    private static Map<Integer, Integer> minima(ScoringSheet s) {
        Map<Integer, Integer> m = new TreeMap<>();
        for (int stars = StarRanking.LOWEST_MARKED_STARS; stars <= StarRanking.MAX_STARS; stars++) {
            m.put(stars, 0);
        }
        for (Criterion c : s.criteria()) {
            for (Option o : c.options()) {
                if (o.minimumFor() != null) {
                    m.merge(o.minimumFor(), 1, Integer::sum);
                }
            }
        }
        return m;
    }

    /**
     * {@return the matched sheet pairs of a sheet of the newer rule set}
     *
     * @param toSheet a sheet id of the newer rule set
     */
    public List<SheetDiff> sheetsFor(String toSheet) {
        Objects.requireNonNull(toSheet, "toSheet");
        return sheets.stream().filter(s -> s.toSheet().equals(toSheet)).toList();
    }
}
