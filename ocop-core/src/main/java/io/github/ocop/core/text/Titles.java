package io.github.ocop.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one normalisation of titles (tên nhóm, phân nhóm, phiếu, tiêu chí) for comparing them, at three strengths as a
 * collator has: each strength ignores everything the weaker ones ignore and more. Thread-safe.
 *
 * <ul>
 *   <li>{@link Strength#SPACING}: Unicode NFC, every run of white space (including no-break spaces) one space,
 *       trimmed. Letter case, diacritics and punctuation count. Looking a Vietnamese title up in a translation
 *       dictionary.</li>
 *   <li>{@link Strength#CASE}: also lower case, and every run of characters other than letters and digits one space
 *       (punctuation ignored). Pairing the printed titles of a decision's annexes.</li>
 *   <li>{@link Strength#BASE_LETTERS}: also without diacritics, {@code đ} as {@code d}. Matching titles across
 *       decisions that respelled them.</li>
 * </ul>
 */
public final class Titles {
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARK = Pattern.compile("\\p{M}");

    private Titles() {
    }

    /** How much of a title's spelling a comparison ignores. */
    public enum Strength {
        /** Only the encoding (NFC) and the spacing. */
        SPACING,
        /** Also letter case and punctuation. */
        CASE,
        /** Also diacritics ({@code đ} is {@code d}). */
        BASE_LETTERS
    }

    /**
     * The key a title is compared on: two titles are the same at a strength when their keys are equal.
     *
     * @param title    a title
     * @param strength what the comparison ignores
     * @return the key, e.g. for {@code " Đồ uống,  có cồn "}: {@code "Đồ uống, có cồn"} ({@code SPACING}),
     *         {@code "đồ uống có cồn"} ({@code CASE}), {@code "do uong co con"} ({@code BASE_LETTERS})
     */
    public static String key(String title, Strength strength) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(strength, "strength");
        if (strength == Strength.SPACING) {
            return SPACE.matcher(Normalizer.normalize(title, Normalizer.Form.NFC)).replaceAll(" ").strip();
        }
        String s = strength == Strength.BASE_LETTERS
                ? MARK.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("").replace('đ', 'd')
                        .replace('Đ', 'D')
                : Normalizer.normalize(title, Normalizer.Form.NFC);
        return NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
