package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule set says of revoking certificates (thu hồi giấy chứng nhận): the grounds, who revokes which star
 * ranks, and the time limit ({@code process.revocation}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param grounds the grounds, in printed order
 * @param deciders who revokes a certificate of each star rank
 * @param deadlineDays the days from the conclusion within which the certificate is revoked
 * @param citations where the authority and the time limit are written, by star rank; key 0 for every rank
 * @param procedure the steps of revoking (trình tự thu hồi), in printed order; empty if the decision gives none
 * @param requesters who may request or set off a revocation besides the revoking authority's own office, in the
 *     decision's words (e.g. a ministry's request to the provincial chair)
 */
public record RevocationRules(List<RevocationGround> grounds, Map<Integer, Decider> deciders, int deadlineDays,
        Map<Integer, List<String>> citations, List<CitedStatement> procedure, List<CitedStatement> requesters) {

    /**
     * Revocation rules without a procedure or requesters.
     *
     * @param grounds the grounds, not empty
     * @param deciders who revokes each star rank
     * @param deadlineDays the time limit in days, at least 1
     * @param citations where the rules are written, by star rank (0: every rank)
     */
    public RevocationRules(List<RevocationGround> grounds, Map<Integer, Decider> deciders, int deadlineDays,
            Map<Integer, List<String>> citations) {
        this(grounds, deciders, deadlineDays, citations, List.of(), List.of());
    }

    /**
     * Validates and copies.
     *
     * @param grounds the grounds, not empty
     * @param deciders who revokes each star rank
     * @param deadlineDays the time limit in days, at least 1
     * @param citations where the rules are written, by star rank (0: every rank)
     * @param procedure the steps of revoking, in printed order
     * @param requesters who may request or set off a revocation
     */
    public RevocationRules {
        procedure = List.copyOf(Objects.requireNonNull(procedure, "procedure"));
        requesters = List.copyOf(Objects.requireNonNull(requesters, "requesters"));
        grounds = List.copyOf(Objects.requireNonNull(grounds, "grounds"));
        deciders = Map.copyOf(Objects.requireNonNull(deciders, "deciders"));
        citations = Map.copyOf(Objects.requireNonNull(citations, "citations"));
        if (grounds.isEmpty()) {
            throw CoreMessages.refusal("model.revocationGrounds");
        }
        if (deadlineDays < 1) {
            throw CoreMessages.refusal("model.revocationDays", deadlineDays);
        }
    }
}
