package io.github.ocop.core.internal;

import java.util.Locale;

/**
 * Where the titles of a rule set named in the core's messages (a criterion's, a subgroup's) find a translation, not
 * API: a service found with {@link java.util.ServiceLoader} when a title is first put in English (ocop-rules provides
 * its team's unofficial translations). Without a provider, titles stay Vietnamese in every language.
 */
public interface TitleTranslations {
    /**
     * {@return the translation of a Vietnamese title in that language, or null when there is none}
     *
     * @param vietnamese the title as the decision prints it
     * @param locale     the language wanted
     */
    String translate(String vietnamese, Locale locale);
}
