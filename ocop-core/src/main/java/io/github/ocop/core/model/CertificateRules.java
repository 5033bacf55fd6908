package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a rule set says of certificates (giấy chứng nhận): the star ranks certified, how many months one is valid,
 * when a re-evaluation may be filed, and how long the authority has to decide it ({@code process.certificate}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param stars the star ranks that get a certificate
 * @param validityMonths how many months a certificate is valid from its issue date
 * @param reEvaluationWindow when a re-evaluation may be filed, if the rule set says so
 * @param reEvaluationDecisionDays the days the authority has to decide a re-evaluation from a complete dossier, if set
 * @param citations where these rules are written, as the law cites them
 * @param evidence where the ocop-rules team read it, when that is more than the decision's own text: a reference
 *        note's section and its trust marker (e.g. {@code "notes 1048 §6.1 item 1"}); for programs and reviewers,
 *        never printed as part of the citation
 */
public record CertificateRules(Set<Integer> stars, int validityMonths, Optional<FilingWindow> reEvaluationWindow,
        OptionalInt reEvaluationDecisionDays, List<String> citations, Optional<String> evidence) {

    /**
     * Validates and copies.
     *
     * @param stars the star ranks that get a certificate, each 1 to 5
     * @param validityMonths months of validity, at least 1
     * @param reEvaluationWindow when a re-evaluation may be filed, if known
     * @param reEvaluationDecisionDays days to decide a re-evaluation, if set
     * @param citations where these rules are written
     * @param evidence where the team read them, if more than the decision's text
     */
    public CertificateRules {
        stars = Set.copyOf(Objects.requireNonNull(stars, "stars"));
        Objects.requireNonNull(reEvaluationWindow, "reEvaluationWindow");
        Objects.requireNonNull(reEvaluationDecisionDays, "reEvaluationDecisionDays");
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
        Objects.requireNonNull(evidence, "evidence");
        for (int s : stars) {
            if (s < 1 || s > 5) {
                throw CoreMessages.refusal("model.certificateStars", s);
            }
        }
        if (validityMonths < 1) {
            throw CoreMessages.refusal("model.validityMonths", validityMonths);
        }
    }

    /**
     * Certificate rules read in the decision's own text (no separate evidence).
     *
     * @param stars the star ranks that get a certificate, each 1 to 5
     * @param validityMonths months of validity, at least 1
     * @param reEvaluationWindow when a re-evaluation may be filed, if known
     * @param reEvaluationDecisionDays days to decide a re-evaluation, if set
     * @param citations where these rules are written
     */
    public CertificateRules(Set<Integer> stars, int validityMonths, Optional<FilingWindow> reEvaluationWindow,
            OptionalInt reEvaluationDecisionDays, List<String> citations) {
        this(stars, validityMonths, reEvaluationWindow, reEvaluationDecisionDays, citations, Optional.empty());
    }

    /**
     * The re-evaluation filing window, in days before a certificate's last valid day, both ends included
     * (interpretation {@code filing-window-inclusive}).
     *
     * @param fromDaysBeforeExpiry the earliest filing, in days before the last valid day
     * @param toDaysBeforeExpiry the latest filing, in days before the last valid day
     * @param citation where the window is written
     */
    public record FilingWindow(int fromDaysBeforeExpiry, int toDaysBeforeExpiry, String citation) {
        /**
         * Validates.
         *
         * @param fromDaysBeforeExpiry the earliest filing, not smaller than the latest
         * @param toDaysBeforeExpiry the latest filing, not negative
         * @param citation where the window is written
         */
        public FilingWindow {
            Texts.requireText(citation, "citation");
            if (toDaysBeforeExpiry < 0 || fromDaysBeforeExpiry < toDaysBeforeExpiry) {
                throw CoreMessages.refusal("model.reEvaluationWindow", fromDaysBeforeExpiry, toDaysBeforeExpiry);
            }
        }
    }
}
