package io.github.ocop.core.process;

import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What happens next after a level has evaluated a product (bước tiếp theo), who decides, and where the rule is
 * written. Produced by {@link EvaluationAuthorities#nextStep}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what happens
 * @param ruleSetId the rule set applied
 * @param process the process version applied
 * @param level the level that evaluated the product
 * @param nextLevel the level the dossier goes to, for {@link OutcomeKind#FORWARD} and
 *     {@link OutcomeKind#RETURN_TO_PROVINCE}
 * @param decider who decides this step
 * @param certifiedStars the stars certified, for {@link OutcomeKind#CERTIFY}
 * @param step the step in words, a coded message of ocop-core's bundle (e.g. {@code process.certify}) rendered in
 *     Vietnamese (the default) or English
 * @param citations the articles the step comes from, e.g. "QĐ 26/2026/QĐ-TTg, Điều 4 khoản 1 điểm a"
 * @param interpretations the interpretations applied (from the rule set's interpretations)
 */
public record EvaluationOutcome(
        OutcomeKind kind,
        String ruleSetId,
        ProcessVersion process,
        EvaluationLevel level,
        Optional<EvaluationLevel> nextLevel,
        Decider decider,
        OptionalInt certifiedStars,
        Message step,
        List<String> citations,
        List<Interpretation> interpretations) {

    /**
     * Validates and copies the lists.
     *
     * @param kind what happens
     * @param ruleSetId the rule set applied
 * @param process the process version applied
     * @param level the level that evaluated the product
     * @param nextLevel the level the dossier goes to, for {@link OutcomeKind#FORWARD} and {@link OutcomeKind#RETURN_TO_PROVINCE}
     * @param decider who decides this step
     * @param certifiedStars the stars certified, for {@link OutcomeKind#CERTIFY}
     * @param step the step in words
     * @param citations the articles the step comes from, e.g. "QĐ 26/2026/QĐ-TTg, Điều 4 khoản 1 điểm a"
     * @param interpretations the interpretations applied (from the rule set's interpretations)
     */
    public EvaluationOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nextLevel, "nextLevel");
        Objects.requireNonNull(decider, "decider");
        Objects.requireNonNull(certifiedStars, "certifiedStars");
        Objects.requireNonNull(step, "step");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        interpretations = List.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
        if ((kind == OutcomeKind.CERTIFY) != certifiedStars.isPresent()) {
            throw new IllegalArgumentException("certifiedStars must be present exactly for CERTIFY");
        }
        if (kind == OutcomeKind.FORWARD && nextLevel.isEmpty()) {
            throw new IllegalArgumentException("FORWARD needs a next level");
        }
    }

    /**
     * The step in a language.
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return the step in words
     */
    public String text(Locale locale) {
        return step.format(locale);
    }

    /** {@return the step in Vietnamese} */
    public String vietnamese() {
        return step.format(Messages.VIETNAMESE);
    }

    /** {@return the step in English} */
    public String english() {
        return step.format(Locale.ENGLISH);
    }

    /**
     * Where the ocop-rules team read the rules {@link #citations()} name, when that is more than the decision's own
     * text (reference notes' sections and trust markers): the evaluating level's evidence for a step of that level,
     * the process version's for "no certificate" and for a case the sources do not cover. For programs and reviewers
     * (JSON {@code evidence}); never printed as part of a citation.
     *
     * @return the evidence, or empty when the rule set gives none
     */
    public Optional<String> evidence() {
        return switch (kind) {
            case NO_CERTIFICATE, NOT_PROVIDED_FOR -> process.evidence();
            default -> process.level(level).map(io.github.ocop.core.model.LevelAuthority::evidence);
        };
    }
}
