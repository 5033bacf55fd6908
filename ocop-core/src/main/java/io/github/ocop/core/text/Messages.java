package io.github.ocop.core.text;

import io.github.ocop.core.internal.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One module's texts in Vietnamese and English (bộ thông báo): a pair of UTF-8 properties files,
 * {@code NAME_vi.properties} and {@code NAME.properties} (English), with the same keys and the same placeholders
 * {@code {0}}, {@code {1}}... A placeholder is replaced by its argument rendered in the language (numbers and dates
 * as the language writes them); there is no other syntax, so an apostrophe is an apostrophe. Immutable and thread-safe.
 *
 * <p>Each module loads its own bundle with code of its own, so that its resources stay encapsulated:
 * {@code Messages.load("messages", n -> Anchor.class.getResourceAsStream(n))}.
 */
public final class Messages {
    /** Vietnamese, the default language of every text. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final String name;
    private final Map<String, String> vietnamese;
    private final Function<String, InputStream> open;
    /** Read on first use: a Vietnamese run never needs it (issue 18, the CLI's start); a race reads it twice. */
    private volatile Map<String, String> english;

    private Messages(String name, Map<String, String> vietnamese, Function<String, InputStream> open) {
        this.name = name;
        this.vietnamese = vietnamese;
        this.open = open;
    }

    private Map<String, String> english() {
        Map<String, String> m = english;
        if (m == null) {
            m = read(open, name + ".properties");
            english = m;
        }
        return m;
    }

    /**
     * Loads a bundle.
     *
     * @param name the base name, e.g. {@code "messages"}: reads {@code messages_vi.properties} and
     *             {@code messages.properties}
     * @param open opens a resource by name (in the bundle's own module), or returns null when it is missing
     * @return the bundle
     * @throws IllegalStateException if the Vietnamese file is missing (the English one is read when first used, and
     *                               its absence reported then)
     */
    public static Messages load(String name, Function<String, InputStream> open) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(open, "open");
        return new Messages(name, read(open, name + "_vi.properties"), open);
    }

    private static Map<String, String> read(Function<String, InputStream> open, String file) {
        try (InputStream in = open.apply(file)) {
            if (in == null) {
                throw new IllegalStateException("missing message file " + file);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> m = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
            return Collections.unmodifiableMap(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a language is rendered in English.
     *
     * @param locale a language
     * @return true for English ({@code en}); every other language gets Vietnamese
     */
    public static boolean english(Locale locale) {
        return Objects.requireNonNull(locale, "locale").getLanguage().equals("en");
    }

    /**
     * A message of this bundle.
     *
     * @param code a key of the bundle
     * @param args its arguments, one per placeholder
     * @return the message
     * @throws IllegalArgumentException if the bundle has no such key
     */
    public Message message(String code, Object... args) {
        if (!vietnamese.containsKey(code)) {
            throw new IllegalArgumentException("no message " + code + " in " + name);
        }
        return new Message(this, code, args);
    }

    /**
     * The text of a key in a language.
     *
     * @param locale the language
     * @param code   a key
     * @param args   its arguments
     * @return the text
     */
    public String format(Locale locale, String code, Object... args) {
        String pattern = (english(locale) ? english() : vietnamese).get(code);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + code + " in " + name);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(i < args.length ? render(args[i], locale) : m.group()));
        }
        return m.appendTail(b).toString();
    }

    /**
     * One message argument in a language: a {@link Localized} value by its own text, a whole number as it is, a
     * {@code BigDecimal} with the digits it holds (72.50 stays 72,50 / 72.50), other numbers and dates as
     * the language writes them, a collection as its elements joined by ", ".
     *
     * @param arg    the argument
     * @param locale the language
     * @return its text
     */
    public static String render(Object arg, Locale locale) {
        if (arg instanceof Localized l) {
            return l.format(locale);
        }
        if (arg instanceof java.math.BigDecimal d) {
            return Formats.decimal(d.toPlainString(), locale);
        }
        if (arg instanceof Double || arg instanceof Float) {
            return Formats.number(((Number) arg).doubleValue(), locale);
        }
        if (arg instanceof LocalDate d) {
            return Formats.date(d, locale);
        }
        if (arg instanceof Collection<?> c) {
            List<String> parts = new ArrayList<>();
            c.forEach(e -> parts.add(render(e, locale)));
            return String.join(", ", parts);
        }
        return String.valueOf(arg);
    }

    /** {@return the keys of this bundle} */
    public Set<String> keys() {
        return vietnamese.keySet();
    }

    /**
     * What is wrong with the bundle: a key with no text in one of the languages, or with other placeholders in one
     * language than in the other. Its test asserts this is empty.
     *
     * @return one line per fault, none when the bundle is whole
     */
    public List<String> faults() {
        List<String> out = new ArrayList<>();
        Set<String> all = new TreeSet<>(vietnamese.keySet());
        all.addAll(english().keySet());
        for (String k : all) {
            String vi = vietnamese.get(k);
            String en = english().get(k);
            if (vi == null || vi.isBlank() || en == null || en.isBlank()) {
                out.add(k + ": no " + (vi == null || vi.isBlank() ? "Vietnamese" : "English") + " text");
            } else if (!placeholders(vi).equals(placeholders(en))) {
                out.add(k + ": placeholders " + placeholders(vi) + " (vi) differ from " + placeholders(en) + " (en)");
            }
        }
        return out;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> s = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            s.add(m.group());
        }
        return s;
    }
}
