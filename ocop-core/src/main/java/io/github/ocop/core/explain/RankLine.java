package io.github.ocop.core.explain;

import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.KnockOut;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The rank of an explained score card (xếp hạng): the points band holding the total, the stars after the minima and
 * the knock-outs. Immutable and thread-safe.
 *
 * @param bandStars     the stars of the points band holding the total
 * @param bandMinPoints the band's lowest total (inclusive)
 * @param bandUpper     the next band's lowest total (exclusive upper bound), or null for the 5-star band
 * @param bandCitation  where the band is set
 * @param stars         the final stars (1..5), or null when a knock-out leaves the product unranked
 * @param knockOuts     the knock-outs recorded
 */
public record RankLine(int bandStars, int bandMinPoints, Integer bandUpper, Citation bandCitation, Integer stars,
                       List<KnockOut> knockOuts) {
    /**
     * Validates and copies the components.
     *
     * @param bandStars     the stars of the points band holding the total
     * @param bandMinPoints the band's lowest total (inclusive)
     * @param bandUpper     the next band's lowest total (exclusive upper bound), or null for the 5-star band
     * @param bandCitation  where the band is set
     * @param stars         the final stars (1..5), or null when a knock-out leaves the product unranked
     * @param knockOuts     the knock-outs recorded
     */
    public RankLine {
        Objects.requireNonNull(bandCitation, "bandCitation");
        knockOuts = List.copyOf(Objects.requireNonNull(knockOuts, "knockOuts"));
    }

    /** {@return the final stars, empty when not ranked} */
    public OptionalInt rankedStars() {
        return stars == null ? OptionalInt.empty() : OptionalInt.of(stars);
    }

    /** {@return true unless a knock-out was recorded} */
    public boolean ranked() {
        return stars != null;
    }
}
