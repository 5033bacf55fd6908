package io.github.ocop.rules.internal;

import java.util.Collection;
import java.util.Locale;

/** Finds the known key a mistyped one was meant to be (case, a letter or two wrong). Stateless. */
final class KeySuggestion {
    private KeySuggestion() {
    }

    /**
     * {@return the known key closest to it, when close enough to be a typo; else null}
     *
     * @param unknown a key found in a file
     * @param known   the keys the reader knows there
     */
    static String closest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(unknown, k);
            if (d < bestDistance && d <= allowed(k)) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * {@return the found key that looks like a typo of the wanted one, or null}
     *
     * @param wanted a key the reader needs and did not find
     * @param found  the keys of the object that the reader did not ask for
     */
    static String closestFound(String wanted, Collection<String> found) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String f : found) {
            int d = distance(f, wanted);
            if (d < bestDistance && d <= allowed(wanted)) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    /** A key of up to 3 letters may differ in case only; longer ones by one edit, or two from 8 letters on. */
    private static int allowed(String key) {
        return key.length() <= 3 ? 0 : key.length() < 8 ? 1 : 2;
    }

    /** Edit distance ignoring case (a case difference alone counts 0), with adjacent transpositions. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        String y = b.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}
