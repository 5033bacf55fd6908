package io.github.ocop.core.internal;

import io.github.ocop.core.text.Titles;

import java.util.Arrays;
import java.util.LinkedHashSet;
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
     * The comparison key of a title: {@link Titles#key} at {@link Titles.Strength#BASE_LETTERS} (no diacritics,
     * {@code đ} as {@code d}, lower case, runs of anything but letters and digits as one space).
     *
     * @param title a title
     * @return its comparison key
     */
    public static String of(String title) {
        return Titles.key(title, Titles.Strength.BASE_LETTERS);
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
