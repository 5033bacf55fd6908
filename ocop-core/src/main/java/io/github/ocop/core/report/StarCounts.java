package io.github.ocop.core.report;

import java.util.List;
import java.util.Objects;

/**
 * How many products reached each star rank, and how many were not ranked (thống kê theo hạng sao). Immutable and
 * thread-safe.
 *
 * @param byStars   five counts, for 1 to 5 stars
 * @param notRanked products not ranked (knock-outs)
 */
public record StarCounts(List<Integer> byStars, int notRanked) {
    /**
     * Validates and copies the counts.
     *
     * @param byStars   five counts, for 1 to 5 stars
     * @param notRanked products not ranked (knock-outs)
     */
    public StarCounts {
        byStars = List.copyOf(Objects.requireNonNull(byStars, "byStars"));
        if (byStars.size() != 5 || byStars.stream().anyMatch(c -> c < 0) || notRanked < 0) {
            throw new IllegalArgumentException("expected five non-negative counts for 1..5 stars and a non-negative"
                    + " notRanked, got " + byStars + " and " + notRanked);
        }
    }

    static StarCounts of(List<EvaluatedProduct> products) {
        int[] c = new int[5];
        int none = 0;
        for (EvaluatedProduct p : products) {
            if (p.stars().isPresent()) {
                c[p.stars().getAsInt() - 1]++;
            } else {
                none++;
            }
        }
        return new StarCounts(List.of(c[0], c[1], c[2], c[3], c[4]), none);
    }

    /**
     * Counts the products ranked exactly a given number of stars.
     *
     * @param stars 1..5
     * @return the products ranked exactly that many stars
     */
    public int count(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be within 1..5, was " + stars);
        }
        return byStars.get(stars - 1);
    }

    /**
     * Counts the products ranked a given number of stars or more.
     *
     * @param stars 1..5
     * @return the products ranked that many stars or more
     */
    public int atLeast(int stars) {
        int n = 0;
        for (int s = stars; s <= 5; s++) {
            n += count(s);
        }
        return n;
    }

    /** {@return every product counted, ranked or not} */
    public int total() {
        return byStars.stream().mapToInt(Integer::intValue).sum() + notRanked;
    }
}
