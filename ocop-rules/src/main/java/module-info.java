/**
 * The bundled OCOP rule sets and their readers (bộ tiêu chí OCOP): the registry ({@code RuleSets}), the strict JSON
 * loader and validator of rule set and assessment files, their JSON Schemas, Bean Validation with English and
 * Vietnamese messages, and the JSON form of score cards. Only {@code io.github.ocop.rules} is exported: Jackson
 * stays internal.
 */
module io.github.ocop.rules {
    requires transitive io.github.ocop.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires jakarta.validation;
    requires org.hibernate.validator;
    requires java.logging;

    exports io.github.ocop.rules;

    uses io.github.ocop.rules.RuleSetProvider;
    provides io.github.ocop.rules.RuleSetProvider with io.github.ocop.rules.BundledRuleSets;
    // the team's translations of titles, for the core's messages in English
    provides io.github.ocop.core.internal.TitleTranslations with io.github.ocop.rules.internal.TitleDictionary;
}
