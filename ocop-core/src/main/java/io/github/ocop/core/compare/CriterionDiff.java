package io.github.ocop.core.compare;

import java.util.Objects;

/**
 * One criterion of a matched sheet pair, matched by normalised title (case, diacritics, punctuation and spacing
 * ignored). Immutable.
 *
 * @param change       SAME (maximum may still differ), ADDED or REMOVED
 * @param fromCode     its code on the older sheet (null when added)
 * @param toCode       its code on the newer sheet (null when removed)
 * @param title        its title (the newer one when both exist)
 * @param fromMaxPoints maximum on the older sheet (0 when added)
 * @param toMaxPoints  maximum on the newer sheet (0 when removed)
 */
public record CriterionDiff(TitleMatch.Change change, String fromCode, String toCode, String title, int fromMaxPoints,
                            int toMaxPoints) {
    /**
     * Checks the change and title.
     *
     * @param change        SAME (maximum may still differ), ADDED or REMOVED
     * @param fromCode      its code on the older sheet (null when added)
     * @param toCode        its code on the newer sheet (null when removed)
     * @param title         its title (the newer one when both exist)
     * @param fromMaxPoints maximum on the older sheet (0 when added)
     * @param toMaxPoints   maximum on the newer sheet (0 when removed)
     */
    public CriterionDiff {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(title, "title");
    }

    /** {@return true when the criterion is on both sheets with different maxima} */
    public boolean maximumChanged() {
        return change == TitleMatch.Change.SAME && fromMaxPoints != toMaxPoints;
    }
}
