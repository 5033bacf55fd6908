package io.github.ocop.core.model;

import io.github.ocop.core.text.Localized;
import io.github.ocop.core.text.Messages;

import java.util.Locale;

/**
 * A body or office that takes a decision in the evaluation process (cơ quan, người có thẩm quyền quyết định), as a
 * rule set names it, e.g. "Chủ tịch Ủy ban nhân dân cấp tỉnh" / "Chair of the Provincial People's Committee".
 * Deciders are data of a rule set file ({@code process.deciders}); English names are our own translation. As a
 * message argument a decider is named in the message's language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable id within the rule set, e.g. {@code "provincial-chair"}
 * @param vietnamese the name as the decision writes it
 * @param english an English rendering (unofficial)
 */
public record Decider(String id, String vietnamese, String english) implements Localized {

    /**
     * Validates that every part is present and not blank.
     *
     * @param id a stable id within the rule set
     * @param vietnamese the name as the decision writes it
     * @param english an English rendering (unofficial)
     */
    public Decider {
        Texts.requireText(id, "id");
        Texts.requireText(vietnamese, "vietnamese");
        Texts.requireText(english, "english");
    }

    /**
     * {@return the name in a language: the English rendering for {@code en}, the decision's Vietnamese otherwise}
     *
     * @param locale the language
     */
    @Override
    public String format(Locale locale) {
        return Messages.english(locale) ? english : vietnamese;
    }

    @Override
    public String toString() {
        return vietnamese + " (" + english + ")";
    }
}
