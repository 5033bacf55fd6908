package io.github.ocop.core.compare;

import java.util.Objects;

/**
 * A number in two rule sets, e.g. a part's maximum or a star band's lower bound. Immutable.
 *
 * @param item what the number is (e.g. {@code A}, {@code 4})
 * @param from its value in the older rule set, null when absent
 * @param to   its value in the newer rule set, null when absent
 */
public record NumberChange(String item, Integer from, Integer to) {
    /**
     * Checks the item.
     *
     * @param item what the number is (e.g. {@code A}, {@code 4})
     * @param from its value in the older rule set, null when absent
     * @param to   its value in the newer rule set, null when absent
     */
    public NumberChange {
        Objects.requireNonNull(item, "item");
    }

    /** {@return true when the values differ} */
    public boolean changed() {
        return !Objects.equals(from, to);
    }
}
