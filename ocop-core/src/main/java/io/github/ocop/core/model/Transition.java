package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A rule set's transitional provision (điều khoản chuyển tiếp) towards the rule set it follows
 * ({@code process.transition}): a dossier filed before this rule set takes effect continues under
 * {@code previous} if its evaluation is completed within the given days (counted from this rule set's first day,
 * per evaluation kind); certificates still valid whose filing window had closed may be extended.
 *
 * <p>Immutable and thread-safe.
 *
 * @param previous the id of the rule set pending dossiers finish under
 * @param days the days allowed per evaluation kind (a kind missing: no transitional regime for it)
 * @param latePolicy what happens to a pending dossier evaluated after its deadline
 * @param extensionDays the longest extension after expiry for a certificate that could not file in time, if any
 * @param provision where the provision is written, e.g. "QĐ 26/2026/QĐ-TTg, Điều 12 khoản 2"
 * @param kindCitations where each kind's time limit is written
 * @param effectiveCitation where this rule set's entry into force is written
 * @param repealCitation where the previous rule set's end is written
 * @param extensionCitation where the extension is written (empty if none)
 * @param interpretations ids of the interpretations applied whenever the provision is considered
 */
public record Transition(String previous, Map<EvaluationKind, Integer> days, LateTransitionPolicy latePolicy,
        OptionalInt extensionDays, String provision, Map<EvaluationKind, String> kindCitations,
        String effectiveCitation, String repealCitation, String extensionCitation, List<String> interpretations) {

    /**
     * Validates and copies.
     *
     * @param previous the id of the rule set pending dossiers finish under
     * @param days the days allowed per evaluation kind, each at least 1
     * @param latePolicy what happens to a late pending dossier
     * @param extensionDays the longest extension after expiry, if any
     * @param provision where the provision is written
     * @param kindCitations where each kind's time limit is written
     * @param effectiveCitation where the entry into force is written
     * @param repealCitation where the previous rule set's end is written
     * @param extensionCitation where the extension is written
     * @param interpretations ids of the interpretations applied
     */
    public Transition {
        Texts.requireText(previous, "previous");
        days = Map.copyOf(Objects.requireNonNull(days, "days"));
        Objects.requireNonNull(latePolicy, "latePolicy");
        Objects.requireNonNull(extensionDays, "extensionDays");
        Texts.requireText(provision, "provision");
        kindCitations = Map.copyOf(Objects.requireNonNull(kindCitations, "kindCitations"));
        Texts.requireText(effectiveCitation, "effectiveCitation");
        Texts.requireText(repealCitation, "repealCitation");
        Objects.requireNonNull(extensionCitation, "extensionCitation");
        interpretations = List.copyOf(Objects.requireNonNull(interpretations, "interpretations"));
        days.forEach((k, d) -> {
            if (d < 1) {
                throw CoreMessages.refusal("model.transitionDays", k, d);
            }
        });
    }
}
