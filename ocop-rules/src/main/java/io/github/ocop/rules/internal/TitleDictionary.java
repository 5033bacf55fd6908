package io.github.ocop.rules.internal;

import io.github.ocop.core.internal.TitleTranslations;
import io.github.ocop.core.text.Titles;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ocop-rules team's unofficial translations of the decisions' titles, not API: the resource bundle
 * {@value #BUNDLE} of each language ({@code titles_en.properties}), keyed by the Vietnamese title. {@code Labels} reads
 * them, and the core finds this class as its {@link TitleTranslations} service (declared in {@code module-info} and
 * {@code META-INF/services}) to name titles in English in its messages. Thread-safe; each language is read once.
 */
public final class TitleDictionary implements TitleTranslations {
    /** The base name of the translations' resource bundle ({@code titles_en.properties}: English). */
    public static final String BUNDLE = "io.github.ocop.rules.i18n.titles";
    private static final Map<String, Map<String, String>> DICTIONARIES = new ConcurrentHashMap<>();

    /** The service's instance, made by {@link java.util.ServiceLoader}. */
    public TitleDictionary() {
    }

    @Override
    public String translate(String vietnamese, Locale locale) {
        return locale.getLanguage().equals("vi") ? null : of(locale.getLanguage()).get(normalise(vietnamese));
    }

    /**
     * The key under which a Vietnamese title is looked up: {@link Titles#key} at {@link Titles.Strength#SPACING}
     * (Unicode NFC, runs of white space one space, trimmed). Titles differing only in encoding or spacing share one
     * translation.
     *
     * @param title a Vietnamese title
     * @return its lookup key
     */
    public static String normalise(String title) {
        return Titles.key(title, Titles.Strength.SPACING);
    }

    /**
     * {@return the translations of one language by {@linkplain #normalise normalised} Vietnamese title, read once}
     *
     * @param language a language code ({@code en})
     */
    public static Map<String, String> of(String language) {
        return DICTIONARIES.computeIfAbsent(language, TitleDictionary::read);
    }

    /**
     * The translations of one language, by {@linkplain #normalise normalised} Vietnamese title: the resource bundle
     * {@value #BUNDLE} of that language ({@code titles_en.properties}), none when the language has no bundle of its
     * own (a bundle of another language, found through the default locale, is not used).
     *
     * @param language a language code ({@code en})
     * @return the translations, read now
     */
    public static Map<String, String> read(String language) {
        Locale wanted = Locale.forLanguageTag(language);
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, wanted);
        } catch (MissingResourceException e) {
            return Map.of();
        }
        if (!bundle.getLocale().getLanguage().equals(wanted.getLanguage())) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>();
        for (String title : bundle.keySet()) {
            String translation = bundle.getString(title).strip();
            if (translation.isEmpty()) {
                throw new IllegalStateException(BUNDLE + "_" + language + ": no translation for '" + title + "'");
            }
            if (m.put(normalise(title), translation) != null) {
                throw new IllegalStateException(BUNDLE + "_" + language + ": '" + title + "' translated twice");
            }
        }
        return Map.copyOf(m);
    }
}
