package io.github.ocop.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the OCOP starter, under {@code ocop.*}.
 *
 * @param rulesFiles    rule set files ({@code docs/rule-set-format.md}) to add to the bundled rule sets, e.g.
 *                      {@code file:/etc/ocop/148-annex.json} or {@code classpath:rules/province.json}; a file whose id
 *                      is bundled replaces the bundled rule set (as {@code ocop --rules-file} does)
 * @param defaultLocale the language of messages when a request names none it supports: {@code vi} (default) or
 *                      {@code en}
 */
@ConfigurationProperties("ocop")
public record OcopProperties(List<Resource> rulesFiles, Locale defaultLocale) {
    /** The Vietnamese locale, the default. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * Fills the defaults: no extra rule set files, Vietnamese.
     *
     * @param rulesFiles    rule set files, or null for none
     * @param defaultLocale the default language, or null for Vietnamese
     */
    public OcopProperties {
        rulesFiles = rulesFiles == null ? List.of() : List.copyOf(rulesFiles);
        defaultLocale = Objects.requireNonNullElse(defaultLocale, VIETNAMESE);
    }
}
