package io.github.ocop.rules.importer;

import io.github.ocop.core.text.Titles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Similarity of two printed titles, used to verify that the n-th subgroup of Annex I is the n-th
 * sheet of Annex II: letters and digits only, lower case; the Dice coefficient of character bigrams,
 * or, when one title contains the other, {@code 0.5 + 0.5 * shorter / longer} if that is higher.
 */
final class TitleMatch {

    /** Minimal similarity for a subgroup and its sheet. */
    static final double THRESHOLD = 0.5;

    private TitleMatch() {
    }

    static double similarity(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        double containment = 0;
        if (x.contains(y) || y.contains(x)) {
            containment = 0.5 + 0.5 * Math.min(x.length(), y.length()) / Math.max(x.length(), y.length());
        }
        Map<String, Integer> bx = bigrams(x);
        Map<String, Integer> by = bigrams(y);
        int common = 0;
        for (Map.Entry<String, Integer> e : bx.entrySet()) {
            common += Math.min(e.getValue(), by.getOrDefault(e.getKey(), 0));
        }
        double dice = 2.0 * common / Math.max(1, (x.length() - 1) + (y.length() - 1));
        return Math.max(dice, containment);
    }

    /**
     * Fails unless, for every i, {@code left[i]} is at least {@link #THRESHOLD} similar to
     * {@code right[i]} and more similar to it than to any other entry of {@code right}.
     */
    static void verifyPairing(List<String> left, List<String> right, String what) {
        if (left.size() != right.size()) {
            throw new IllegalStateException(what + ": " + left.size() + " vs " + right.size() + " entries");
        }
        for (int i = 0; i < left.size(); i++) {
            double own = similarity(left.get(i), right.get(i));
            if (own < THRESHOLD) {
                throw new IllegalStateException(what + ": '" + left.get(i) + "' does not match '" + right.get(i)
                        + "' (similarity " + own + ")");
            }
            for (int j = 0; j < right.size(); j++) {
                if (j != i && similarity(left.get(i), right.get(j)) >= own) {
                    throw new IllegalStateException(what + ": '" + left.get(i) + "' matches entry " + (j + 1)
                            + " '" + right.get(j) + "' at least as well as entry " + (i + 1));
                }
            }
        }
    }

    /** The letters and digits of a title, lower case: {@link Titles#key} at {@code CASE} without its spaces. */
    private static String normalise(String s) {
        return Titles.key(s, Titles.Strength.CASE).replace(" ", "");
    }

    private static Map<String, Integer> bigrams(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            m.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return m;
    }
}
