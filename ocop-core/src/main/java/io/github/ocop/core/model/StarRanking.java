package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The star bands of a rule set (phân hạng sao), half-open: {@code [min, nextMin)}, the top band closing at 100.
 * Immutable and thread-safe.
 */
public final class StarRanking {
    /** The lowest rank, 1 star. */
    public static final int MIN_STARS = 1;
    /** The highest rank, 5 stars; every OCOP decision ranks on this scale. */
    public static final int MAX_STARS = 5;
    /** The lowest rank a star mark ({@code ***}) can require: 1 and 2 stars have no minimum requirements. */
    public static final int LOWEST_MARKED_STARS = 3;

    private final List<StarBand> bands;
    private final int[] minByStars = new int[MAX_STARS + 1];

    private StarRanking(List<StarBand> bands) {
        this.bands = bands;
        for (StarBand b : bands) {
            minByStars[b.stars()] = b.minPoints();
        }
    }

    /**
     * Builds a ranking from its bands, in any order.
     *
     * @param bands exactly one band for each of 1..5 stars, the 1-star band starting at 0, minima increasing with stars
     * @return the ranking
     * @throws IllegalArgumentException when the bands leave a gap, overlap or miss a star level
     */
    public static StarRanking of(List<StarBand> bands) {
        Objects.requireNonNull(bands, "bands");
        List<StarBand> sorted = new ArrayList<>(bands);
        sorted.forEach(b -> Objects.requireNonNull(b, "band"));
        sorted.sort(Comparator.comparingInt(StarBand::stars));
        if (sorted.size() != MAX_STARS) {
            throw CoreMessages.refusal("model.starBandsCount", sorted.size());
        }
        for (int i = 0; i < MAX_STARS; i++) {
            StarBand b = sorted.get(i);
            if (b.stars() != i + 1) {
                throw CoreMessages.refusal("model.starBandsCover", b.stars(), i + 1);
            }
            if (i == 0 && b.minPoints() != 0) {
                throw CoreMessages.refusal("model.starBandFirst", b.minPoints());
            }
            if (i > 0 && b.minPoints() <= sorted.get(i - 1).minPoints()) {
                throw CoreMessages.refusal("model.starBandsIncrease", i + 1, b.minPoints(), i, sorted.get(i - 1).minPoints());
            }
        }
        return new StarRanking(List.copyOf(sorted));
    }

    /** {@return the bands, ordered from 1 to 5 stars} */
    public List<StarBand> bands() {
        return bands;
    }

    /**
     * {@return the band of that many stars}
     *
     * @param stars 1..5
     */
    public StarBand band(int stars) {
        if (stars < MIN_STARS || stars > MAX_STARS) {
            throw CoreMessages.refusal("model.starsRange", stars);
        }
        return bands.get(stars - MIN_STARS);
    }

    /**
     * The stars whose band holds an integer total.
     *
     * @param total 0..100
     * @return 1..5
     */
    public int starsFor(int total) {
        if (total < 0 || total > 100) {
            throw CoreMessages.refusal("model.totalRange", total);
        }
        for (int s = MAX_STARS; s > MIN_STARS; s--) {
            if (total >= minByStars[s]) {
                return s;
            }
        }
        return MIN_STARS;
    }

    /**
     * The stars whose band holds a fractional total (a council mean); bands are half-open, so 89.99 is in the
     * 70-point band and 90.00 in the 90-point band.
     *
     * @param total 0..100
     * @return 1..5
     */
    public int starsFor(BigDecimal total) {
        Objects.requireNonNull(total, "total");
        if (total.signum() < 0 || total.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw CoreMessages.refusal("model.totalRange", total);
        }
        for (int s = MAX_STARS; s > MIN_STARS; s--) {
            if (total.compareTo(BigDecimal.valueOf(minByStars[s])) >= 0) {
                return s;
            }
        }
        return MIN_STARS;
    }

    /**
     * The rank rule (the one rule every engine applies): the points band, capped below the lowest star level whose
     * minimum is unmet, and at least 1 star (1 and 2 stars have no minima).
     *
     * @param bandStars the stars of the band holding the total, 1..5
     * @param lowestUnmetStars the lowest star level with an unmet minimum, or 6 when every minimum is met
     * @return the star rank, 1..5
     */
    public static int rank(int bandStars, int lowestUnmetStars) {
        if (bandStars < MIN_STARS || bandStars > MAX_STARS) {
            throw CoreMessages.refusal("model.bandStarsRange", bandStars);
        }
        if (lowestUnmetStars < MIN_STARS || lowestUnmetStars > MAX_STARS + 1) {
            throw CoreMessages.refusal("model.lowestUnmetRange", lowestUnmetStars);
        }
        return Math.max(1, Math.min(bandStars, lowestUnmetStars - 1));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StarRanking r && r.bands.equals(bands);
    }

    @Override
    public int hashCode() {
        return bands.hashCode();
    }

    @Override
    public String toString() {
        return "StarRanking" + bands;
    }
}
