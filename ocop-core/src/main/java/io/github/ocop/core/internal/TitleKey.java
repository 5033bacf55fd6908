package io.github.ocop.core.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How titles are compared across rule sets: case- and diacritics-insensitive ({@code đ} = {@code d}), punctuation and
 * spacing ignored, plus a word-set similarity (Dice coefficient over the words) for renamed titles. Thread-safe.
 */
public final class TitleKey {
    /** The similarity at or above which two different titles are taken as one renamed item. */
    public static final double RENAMED_THRESHOLD = 0.5;

    private TitleKey() {
    }

    /**
     * {@return a title's comparison key: NFD, combining marks removed, {@code đ} as {@code d}, lower case, runs of
     * anything but letters and digits as one space}
     *
     * @param title a title
     */
    public static String of(String title) {
        Objects.requireNonNull(title, "title");
        String s = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * {@return the Dice coefficient of their word sets (after {@link #of}), 1 for equal keys, 0 for no common word}
     *
     * @param a a title
     * @param b another title
     */
    public static double similarity(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> common = new LinkedHashSet<>(x);
        common.retainAll(y);
        return 2.0 * common.size() / (x.size() + y.size());
    }

    private static Set<String> words(String title) {
        String k = of(title);
        return k.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(k.split(" ")));
    }
}
