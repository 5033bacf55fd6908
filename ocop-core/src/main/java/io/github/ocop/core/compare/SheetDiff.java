package io.github.ocop.core.compare;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sheet of the older rule set matched with a sheet of the newer one (through their subgroups' titles) and what
 * changed between them. Immutable.
 *
 * @param fromSheet    the older sheet's id
 * @param fromTitle    its title
 * @param toSheet      the newer sheet's id
 * @param toTitle      its title
 * @param criteria     every criterion of either sheet: same (maxima may differ), added, removed; newer sheet order
 *                     first, then the removed ones
 * @param fromMinima   the older sheet's count of star minima (options marked *** / **** / *****) per star level
 * @param toMinima     the newer sheet's count per star level
 */
public record SheetDiff(String fromSheet, String fromTitle, String toSheet, String toTitle, List<CriterionDiff> criteria,
                        Map<Integer, Integer> fromMinima, Map<Integer, Integer> toMinima) {
    /**
     * Copies the list, and the maps sorted by star level.
     *
     * @param fromSheet  the older sheet's id
     * @param fromTitle  its title
     * @param toSheet    the newer sheet's id
     * @param toTitle    its title
     * @param criteria   every criterion of either sheet: same (maxima may differ), added, removed; newer sheet order
     *                   first, then the removed ones
     * @param fromMinima the older sheet's count of star minima (options marked *** / **** / *****) per star level
     * @param toMinima   the newer sheet's count per star level
     */
    public SheetDiff {
        Objects.requireNonNull(fromSheet, "fromSheet");
        Objects.requireNonNull(toSheet, "toSheet");
        criteria = List.copyOf(criteria);
        fromMinima = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fromMinima));
        toMinima = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(toMinima));
    }

    /** {@return the criteria only on the newer sheet} */
    public List<CriterionDiff> added() {
        return criteria.stream().filter(c -> c.change() == TitleMatch.Change.ADDED).toList();
    }

    /** {@return the criteria only on the older sheet} */
    public List<CriterionDiff> removed() {
        return criteria.stream().filter(c -> c.change() == TitleMatch.Change.REMOVED).toList();
    }

    /** {@return the criteria on both sheets whose maximum changed} */
    public List<CriterionDiff> maximaChanged() {
        return criteria.stream().filter(CriterionDiff::maximumChanged).toList();
    }
}
