package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.LevelAuthority;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.ReferralBasis;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.StarRanking;
import io.github.ocop.core.text.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The routing of {@link EvaluationAuthorities#nextStep(EvaluationLevel, BigDecimal, int, ReferralBasis)}: forward,
 * certify, no certificate, return to a lower level, or a case the sources do not provide for, tried in that order.
 * The star bands are the rule set's ({@link RuleSet#starRanking()}); the words are {@link ProcessTexts}'.
 */
final class NextStep {
    private static final BigDecimal MAX_TOTAL = BigDecimal.valueOf(100);

    private final EvaluationAuthorities authorities;
    private final RuleSet ruleSet;
    private final ProcessVersion version;
    private final StarRanking bands;

    NextStep(EvaluationAuthorities authorities) {
        this.authorities = authorities;
        this.ruleSet = authorities.ruleSet();
        this.version = authorities.version();
        this.bands = ruleSet.starRanking();
    }

    EvaluationOutcome after(EvaluationLevel level, BigDecimal meanTotal, int stars, ReferralBasis basis) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(meanTotal, "meanTotal");
        Objects.requireNonNull(basis, "basis");
        EvaluationAuthorities.requireStars(stars);
        if (meanTotal.signum() < 0 || meanTotal.compareTo(MAX_TOTAL) > 0) {
            throw CoreMessages.refusal("process.meanRange", meanTotal);
        }
        int band = bands.starsFor(meanTotal);
        if (stars > band) {
            throw CoreMessages.refusal("process.starsAboveBand", stars, meanTotal, band, EvaluationAuthorities.HALF_OPEN_STAR_BANDS);
        }
        LevelAuthority a = authorities.authorityAt(level);
        List<Interpretation> applied = new ArrayList<>();
        authorities.apply(applied, EvaluationAuthorities.HALF_OPEN_STAR_BANDS);
        if (!a.scores()) {
            throw CoreMessages.refusal("process.levelOnlyChecks", a.decider(), level,
                    version.instrument(), authorities.evaluationLevels(), String.join("; ", a.forwardCitations()));
        }
        Optional<EvaluationOutcome> forward = forward(a, level, meanTotal, stars, basis, applied);
        if (forward.isPresent()) {
            return forward.get();
        }
        if (a.certifies(stars)) {
            return certify(a, level, meanTotal, stars, applied);
        }
        if (authorities.certifyingLevel(stars).isEmpty()) {
            version.noCertificateInterpretation().ifPresent(id -> authorities.apply(applied, id));
            return outcome(OutcomeKind.NO_CERTIFICATE, level, Optional.empty(), a.decider(), OptionalInt.empty(),
                    ProcessTexts.noCertificate(stars, meanTotal), version.noCertificateCitations(), applied);
        }
        if (a.returnsUncertifiedTo().isPresent()) {
            return returnDown(a, level, meanTotal, stars, band, applied);
        }
        return outcome(OutcomeKind.NOT_PROVIDED_FOR, level, Optional.empty(), a.decider(), OptionalInt.empty(),
                ProcessTexts.notProvidedFor(level, stars, meanTotal, version.instrument()), version.gapCitations(),
                applied);
    }

    /** Forwarding, when the level has a threshold and the product reaches it on the basis given. */
    private Optional<EvaluationOutcome> forward(LevelAuthority a, EvaluationLevel level, BigDecimal meanTotal,
            int stars, ReferralBasis basis, List<Interpretation> applied) {
        if (a.forwardThreshold().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal threshold = BigDecimal.valueOf(a.forwardThreshold().getAsDouble());
        int thresholdStars = bands.starsFor(threshold);
        boolean scoreOk = meanTotal.compareTo(threshold) >= 0;
        boolean rankOk = stars >= thresholdStars;
        if (!scoreOk) {
            return Optional.empty();
        }
        authorities.apply(applied, basis == ReferralBasis.SCORE_ONLY ? EvaluationAuthorities.REFERRAL_ON_SCORE_ALONE
                : EvaluationAuthorities.REFERRAL_NEEDS_SCORE_AND_RANK);
        if (!rankOk && basis != ReferralBasis.SCORE_ONLY) {
            return Optional.empty();
        }
        EvaluationLevel next = a.forwardsTo().orElseThrow();
        LevelAuthority nextAuthority = authorities.authorityAt(next);
        Decider to = nextAuthority.receivedBy();
        int potential = nextAuthority.certifiedStars().stream().mapToInt(Integer::intValue).max().orElse(0);
        Message step = ProcessTexts.forward(a.decider(), to, meanTotal, threshold,
                potential == thresholdStars ? potential : 0,
                rankOk ? Optional.empty() : Optional.of(ProcessTexts.minimumUnmet(thresholdStars, stars, to)));
        return Optional.of(outcome(OutcomeKind.FORWARD, level, Optional.of(next), a.decider(), OptionalInt.empty(),
                step, a.forwardCitations(), applied));
    }

    private EvaluationOutcome certify(LevelAuthority a, EvaluationLevel level, BigDecimal meanTotal, int stars,
            List<Interpretation> applied) {
        Message step = ProcessTexts.certify(a.decider(), stars, meanTotal,
                ruleSet.process().certificate().map(c -> c.validityMonths()));
        return outcome(OutcomeKind.CERTIFY, level, Optional.empty(), a.decider(), OptionalInt.of(stars), step,
                a.certifyCitations(), applied);
    }

    private EvaluationOutcome returnDown(LevelAuthority a, EvaluationLevel level, BigDecimal meanTotal, int stars,
            int band, List<Interpretation> applied) {
        EvaluationLevel back = a.returnsUncertifiedTo().orElseThrow();
        LevelAuthority lower = authorities.authorityAt(back);
        if (a.certifiedStars().contains(band)) {
            authorities.apply(applied, EvaluationAuthorities.NOT_CERTIFIED_AS_BELOW_THRESHOLD);
        }
        Message step = ProcessTexts.returnDown(List.copyOf(a.certifiedStars()), level, meanTotal, stars,
                lower.decider(), List.copyOf(lower.certifiedStars()));
        return outcome(OutcomeKind.RETURN_TO_PROVINCE, level, Optional.of(back), lower.decider(), OptionalInt.empty(),
                step, a.returnCitations(), applied);
    }

    private EvaluationOutcome outcome(OutcomeKind kind, EvaluationLevel level, Optional<EvaluationLevel> next,
            Decider decider, OptionalInt certified, Message step, List<String> citations,
            List<Interpretation> applied) {
        return new EvaluationOutcome(kind, ruleSet.id(), version, level, next, decider, certified, step, citations,
                applied);
    }
}
