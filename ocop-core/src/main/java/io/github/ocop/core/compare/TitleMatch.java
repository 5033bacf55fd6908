package io.github.ocop.core.compare;

import java.util.Objects;

/**
 * One item of a taxonomy (group or subgroup) in two rule sets: the same, renamed, added or removed. Immutable.
 *
 * @param change     what happened
 * @param fromCode   its code in the older rule set (null when added)
 * @param fromTitle  its title there (null when added)
 * @param toCode     its code in the newer rule set (null when removed)
 * @param toTitle    its title there (null when removed)
 * @param similarity the word similarity of the titles (1 when the same, 0 when added or removed)
 */
public record TitleMatch(Change change, String fromCode, String fromTitle, String toCode, String toTitle,
                         double similarity) {
    /** What happened to an item between two rule sets. */
    public enum Change {
        /** Titles equal once case, diacritics, punctuation and spacing are ignored. */
        SAME,
        /** Titles differ but are similar (a word-set similarity of 0.5 or more). */
        RENAMED,
        /** Only in the newer rule set. */
        ADDED,
        /** Only in the older rule set. */
        REMOVED
    }

    /**
     * Checks the change.
     *
     * @param change     what happened
     * @param fromCode   its code in the older rule set (null when added)
     * @param fromTitle  its title there (null when added)
     * @param toCode     its code in the newer rule set (null when removed)
     * @param toTitle    its title there (null when removed)
     * @param similarity the word similarity of the titles (1 when the same, 0 when added or removed)
     */
    public TitleMatch {
        Objects.requireNonNull(change, "change");
    }
}
