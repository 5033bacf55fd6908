package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one evaluation level does under one process version (thẩm quyền của một cấp), as the rule set file states
 * it ({@code process.versions[].levels[]}): who decides there, which body receives dossiers sent to it, which star
 * ranks it certifies (công nhận, cấp giấy chứng nhận), to which level it forwards products from which mean total,
 * and, for a level that only checks dossiers, its report form and time limit.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the level
 * @param decider who decides at this level
 * @param receivedBy the body a lower level addresses when it sends a dossier to this level
 * @param certifiedStars the star ranks this level certifies (empty if it certifies none)
 * @param forwardsTo the level it forwards products to, if any
 * @param forwardThreshold the mean total from which it forwards (empty: it forwards every dossier it checks,
 *     without scoring; or it forwards nothing if {@code forwardsTo} is empty)
 * @param forwardBasis what forwarding depends on besides the threshold, the file's default policy; present exactly
 *     when {@code forwardThreshold} is
 * @param reportForm the form of the report a checking level writes (e.g. "Mẫu số 03 Phụ lục III"), if the law names one
 * @param dueWorkingDays the working days a checking level has from receiving the dossier, if the law sets them
 * @param returnsUncertifiedTo the level that decides a product this level ranks 3+ stars but cannot certify
 * @param certifyCitations where the certifying power is written
 * @param forwardCitations where the forwarding rule is written
 * @param returnCitations where the return rule is written
 * @param evidence how firmly the sources establish this row, in the reference notes' labels
 * @param council who sits on the level's council, where the law states it
 * @param role whether the level evaluates products or only checks dossiers (a step, not a level of evaluation)
 */
public record LevelAuthority(
        EvaluationLevel level,
        Decider decider,
        Decider receivedBy,
        Set<Integer> certifiedStars,
        Optional<EvaluationLevel> forwardsTo,
        OptionalDouble forwardThreshold,
        Optional<ReferralBasis> forwardBasis,
        Optional<String> reportForm,
        OptionalInt dueWorkingDays,
        Optional<EvaluationLevel> returnsUncertifiedTo,
        List<String> certifyCitations,
        List<String> forwardCitations,
        List<String> returnCitations,
        String evidence,
        Optional<CouncilComposition> council,
        LevelRole role) {

    /**
     * Validates and copies the collections.
     *
     * @param level the level
     * @param decider who decides at this level
     * @param receivedBy the body a lower level addresses when it sends a dossier to this level
     * @param certifiedStars the star ranks this level certifies
     * @param forwardsTo the level it forwards products to, if any
     * @param forwardThreshold the mean total from which it forwards
     * @param forwardBasis what forwarding depends on besides the threshold, present exactly with the threshold
     * @param reportForm the form of the report a checking level writes
     * @param dueWorkingDays the working days a checking level has
     * @param returnsUncertifiedTo the level that decides a product this level cannot certify
     * @param certifyCitations where the certifying power is written
     * @param forwardCitations where the forwarding rule is written
     * @param returnCitations where the return rule is written
     * @param evidence how firmly the sources establish this row
     * @param council who sits on the level's council, or empty
     * @param role whether the level evaluates or only checks dossiers; a checking level certifies nothing, has no
     *     forwarding threshold and forwards to a level; an evaluating level certifies a rank or forwards from a
     *     threshold
     */
    public LevelAuthority {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(decider, "decider");
        Objects.requireNonNull(receivedBy, "receivedBy");
        certifiedStars = Set.copyOf(Objects.requireNonNull(certifiedStars, "certifiedStars"));
        Objects.requireNonNull(forwardsTo, "forwardsTo");
        Objects.requireNonNull(forwardThreshold, "forwardThreshold");
        Objects.requireNonNull(forwardBasis, "forwardBasis");
        if (forwardBasis.isPresent() != forwardThreshold.isPresent()) {
            throw forwardThreshold.isPresent() ? CoreMessages.refusal("model.forwardBasisMissing")
                    : CoreMessages.refusal("model.forwardBasisAlone");
        }
        Objects.requireNonNull(reportForm, "reportForm");
        Objects.requireNonNull(dueWorkingDays, "dueWorkingDays");
        Objects.requireNonNull(returnsUncertifiedTo, "returnsUncertifiedTo");
        certifyCitations = List.copyOf(Objects.requireNonNull(certifyCitations, "certifyCitations"));
        forwardCitations = List.copyOf(Objects.requireNonNull(forwardCitations, "forwardCitations"));
        returnCitations = List.copyOf(Objects.requireNonNull(returnCitations, "returnCitations"));
        Objects.requireNonNull(evidence, "evidence");
        for (int s : certifiedStars) {
            if (s < 1 || s > 5) {
                throw CoreMessages.refusal("model.certifiedStars", s);
            }
        }
        if (forwardThreshold.isPresent()) {
            double t = forwardThreshold.getAsDouble();
            if (forwardsTo.isEmpty()) {
                throw CoreMessages.refusal("model.forwardTarget");
            }
            if (!(t >= 0 && t <= 100)) {
                throw CoreMessages.refusal("model.forwardRange", t);
            }
        }
        if (dueWorkingDays.isPresent() && dueWorkingDays.getAsInt() < 1) {
            throw CoreMessages.refusal("model.dueDays", dueWorkingDays.getAsInt());
        }
        boolean scores = !certifiedStars.isEmpty() || forwardThreshold.isPresent();
        if (role == LevelRole.CHECKS_DOSSIERS && (scores || forwardsTo.isEmpty())) {
            throw CoreMessages.refusal("model.checkerScores", level);
        }
        if (role == LevelRole.EVALUATES && !scores) {
            throw CoreMessages.refusal("model.evaluatorIdle", level);
        }
    }

    /**
     * A level whose role follows from its powers: it evaluates when it certifies a rank or forwards from a
     * threshold, and otherwise only checks dossiers.
     *
     * @param level the level
     * @param decider who decides at this level
     * @param receivedBy the body a lower level addresses
     * @param certifiedStars the star ranks this level certifies
     * @param forwardsTo the level it forwards products to, if any
     * @param forwardThreshold the mean total from which it forwards
     * @param forwardBasis what forwarding depends on besides the threshold, present exactly with the threshold
     * @param reportForm the form of the report a checking level writes
     * @param dueWorkingDays the working days a checking level has
     * @param returnsUncertifiedTo the level that decides a product this level cannot certify
     * @param certifyCitations where the certifying power is written
     * @param forwardCitations where the forwarding rule is written
     * @param returnCitations where the return rule is written
     * @param evidence how firmly the sources establish this row
     * @param council who sits on the level's council, or empty
     */
    public LevelAuthority(EvaluationLevel level, Decider decider, Decider receivedBy, Set<Integer> certifiedStars,
            Optional<EvaluationLevel> forwardsTo, OptionalDouble forwardThreshold, Optional<ReferralBasis> forwardBasis,
            Optional<String> reportForm, OptionalInt dueWorkingDays, Optional<EvaluationLevel> returnsUncertifiedTo,
            List<String> certifyCitations, List<String> forwardCitations, List<String> returnCitations,
            String evidence, Optional<CouncilComposition> council) {
        this(level, decider, receivedBy, certifiedStars, forwardsTo, forwardThreshold, forwardBasis, reportForm,
                dueWorkingDays, returnsUncertifiedTo, certifyCitations, forwardCitations, returnCitations, evidence,
                council, derivedRole(certifiedStars, forwardThreshold));
    }

    /**
     * {@return the role that follows from a level's powers}
     *
     * @param certifiedStars the ranks it certifies
     * @param forwardThreshold the mean total from which it forwards
     */
    public static LevelRole derivedRole(Set<Integer> certifiedStars, OptionalDouble forwardThreshold) {
        Objects.requireNonNull(certifiedStars, "certifiedStars");
        Objects.requireNonNull(forwardThreshold, "forwardThreshold");
        return !certifiedStars.isEmpty() || forwardThreshold.isPresent() ? LevelRole.EVALUATES
                : LevelRole.CHECKS_DOSSIERS;
    }

    /**
     * A level whose council composition the law does not state.
     *
     * @param level the level
     * @param decider who decides at this level
     * @param receivedBy the body a lower level addresses
     * @param certifiedStars the star ranks this level certifies
     * @param forwardsTo the level it forwards products to, if any
     * @param forwardThreshold the mean total from which it forwards
     * @param forwardBasis what forwarding depends on besides the threshold, present exactly with the threshold
     * @param reportForm the form of the report a checking level writes
     * @param dueWorkingDays the working days a checking level has
     * @param returnsUncertifiedTo the level that decides a product this level cannot certify
     * @param certifyCitations where the certifying power is written
     * @param forwardCitations where the forwarding rule is written
     * @param returnCitations where the return rule is written
     * @param evidence how firmly the sources establish this row
     */
    public LevelAuthority(EvaluationLevel level, Decider decider, Decider receivedBy, Set<Integer> certifiedStars,
            Optional<EvaluationLevel> forwardsTo, OptionalDouble forwardThreshold,
            Optional<ReferralBasis> forwardBasis, Optional<String> reportForm,
            OptionalInt dueWorkingDays, Optional<EvaluationLevel> returnsUncertifiedTo, List<String> certifyCitations,
            List<String> forwardCitations, List<String> returnCitations, String evidence) {
        this(level, decider, receivedBy, certifiedStars, forwardsTo, forwardThreshold, forwardBasis, reportForm,
                dueWorkingDays,
                returnsUncertifiedTo, certifyCitations, forwardCitations, returnCitations, evidence, Optional.empty());
    }

    /** {@return whether this level scores products: its role is {@link LevelRole#EVALUATES}} */
    public boolean scores() {
        return role == LevelRole.EVALUATES;
    }

    /**
     * {@return whether this level certifies the given star rank}
     *
     * @param stars the star rank
     */
    public boolean certifies(int stars) {
        return certifiedStars.contains(stars);
    }
}
