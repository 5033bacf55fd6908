package io.github.ocop.core.internal;

import io.github.ocop.core.text.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers and dates as a reader of a language writes them: Vietnamese {@code 72,75} and {@code 22/05/2026}, English
 * {@code 72.75} and {@code 2026-05-22}. Machine formats (JSON) never use it. Thread-safe.
 */
public final class Formats {
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Formats() {
    }

    /**
     * A decimal number with no grouping and no trailing zeros beyond what it holds, with the language's decimal mark.
     *
     * @param value  the number
     * @param locale the language
     * @return e.g. {@code "72,75"} in Vietnamese, {@code "72.75"} in English
     */
    public static String number(double value, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (!Double.isFinite(value)) {
            return String.valueOf(value); // NaN or Infinity, as Java writes them (a refused value, shown as given)
        }
        String plain = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return decimal(plain, locale);
    }

    /**
     * A number already written with a point as its decimal mark (e.g. by {@code String.format(Locale.ROOT, ...)}),
     * rewritten with the language's decimal mark.
     *
     * @param plain  e.g. {@code "72.75"}
     * @param locale the language
     * @return e.g. {@code "72,75"} in Vietnamese
     */
    public static String decimal(String plain, Locale locale) {
        Objects.requireNonNull(plain, "plain");
        return Messages.english(locale) ? plain : plain.replace('.', ',');
    }

    /**
     * A calendar date.
     *
     * @param date   the date
     * @param locale the language
     * @return {@code dd/MM/yyyy} in Vietnamese, ISO {@code yyyy-MM-dd} in English
     */
    public static String date(LocalDate date, Locale locale) {
        Objects.requireNonNull(date, "date");
        return Messages.english(locale) ? date.toString() : VI_DATE.format(date);
    }
}
