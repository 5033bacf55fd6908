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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Who evaluates, certifies and forwards at each level under one process version of a rule set (phân cấp đánh giá,
 * phân hạng và công nhận sản phẩm OCOP), and the next step after a level's result. Every fact comes from the rule
 * set file ({@code process.versions[].levels}); this class only interprets it.
 *
 * <p>Immutable and thread-safe.
 */
public final class EvaluationAuthorities {

    /** Interpretation applied to every next step: bands are half-open and minima only lower a rank. */
    static final String HALF_OPEN_STAR_BANDS = "half-open-star-bands";
    /** Interpretation applied when a product reaches the forwarding threshold under {@link ReferralBasis#SCORE_AND_RANK}. */
    static final String REFERRAL_NEEDS_SCORE_AND_RANK = "referral-needs-score-and-rank";
    /** Interpretation applied to the step of a level that only checks dossiers. */
    static final String DOSSIER_CHECK_IS_A_STEP = "dossier-check-is-a-step";
    /** Interpretation applied when a product reaches the forwarding threshold under {@link ReferralBasis#SCORE_ONLY}. */
    static final String REFERRAL_ON_SCORE_ALONE = "referral-on-score-alone";
    /** Interpretation applied when a level returns a product it cannot certify although its score is in the band. */
    static final String NOT_CERTIFIED_AS_BELOW_THRESHOLD = "uncertified-rank-returned-as-below-threshold";

    private final RuleSet ruleSet;
    private final ProcessVersion version;

    private EvaluationAuthorities(RuleSet ruleSet, ProcessVersion version) {
        this.ruleSet = ruleSet;
        this.version = version;
    }

    /**
     * The authorities of one process version of a rule set.
     *
     * @param ruleSet the rule set
     * @param version one of its process versions
     * @return the authorities
     * @throws IllegalArgumentException if the version is not one of the rule set's
     */
    public static EvaluationAuthorities of(RuleSet ruleSet, ProcessVersion version) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(version, "version");
        if (!ruleSet.process().versions().contains(version)) {
            throw CoreMessages.refusal("process.versionNotOfRuleSet", version.id(), ruleSet.id(), versionIds(ruleSet));
        }
        return new EvaluationAuthorities(ruleSet, version);
    }

    /**
     * The authorities of a rule set with a single process version.
     *
     * @param ruleSet the rule set
     * @return the authorities
     * @throws IllegalArgumentException if the rule set has no process, or several versions (give a date)
     */
    public static EvaluationAuthorities forRuleSet(RuleSet ruleSet) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        List<ProcessVersion> versions = ruleSet.process().versions();
        if (versions.size() != 1) {
            throw versions.isEmpty() ? CoreMessages.refusal("process.noProcess", ruleSet.id())
                    : CoreMessages.refusal("process.severalVersions", ruleSet.id(), versions.size(), versionIds(ruleSet));
        }
        return new EvaluationAuthorities(ruleSet, versions.get(0));
    }

    /**
     * The authorities of the process version of a rule set that applies on a date.
     *
     * @param ruleSet the rule set
     * @param date the date
     * @return the authorities
     * @throws IllegalArgumentException if no process version of the rule set applies on that date
     */
    public static EvaluationAuthorities forRuleSet(RuleSet ruleSet, LocalDate date) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(date, "date");
        return new EvaluationAuthorities(ruleSet, versionOn(ruleSet, date));
    }

    /**
     * The process version of a rule set that applies on a date.
     *
     * @param ruleSet the rule set
     * @param date the date
     * @return the version
     * @throws IllegalArgumentException if none applies, naming the periods the versions cover
     */
    public static ProcessVersion versionOn(RuleSet ruleSet, LocalDate date) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(date, "date");
        if (ruleSet.process().versions().isEmpty()) {
            throw CoreMessages.refusal("process.noProcess", ruleSet.id());
        }
        return ruleSet.process().versionOn(date).orElseThrow(() -> CoreMessages.refusal("process.noVersionOn",
                ruleSet.id(), date, ruleSet.process().versions().stream().map(v -> v.lastDay().isPresent()
                        ? CoreMessages.of("process.versionPeriodFromTo", v.id(), v.firstDay(), v.lastDay().get())
                        : CoreMessages.of("process.versionPeriodFrom", v.id(), v.firstDay())).toList()));
    }


    private static List<String> versionIds(RuleSet ruleSet) {
        return ruleSet.process().versions().stream().map(ProcessVersion::id).toList();
    }

    /** {@return the rule set these authorities belong to} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** {@return the process version these authorities belong to} */
    public ProcessVersion version() {
        return version;
    }

    /**
     * {@return the levels taking part, lowest first: the levels of evaluation and the levels that only check
     * dossiers (see {@link #evaluationLevels()} and {@link #dossierCheckLevels()})}
     */
    public List<EvaluationLevel> levels() {
        return version.levels().stream().map(LevelAuthority::level).toList();
    }

    /**
     * {@return the levels of evaluation (cấp đánh giá, phân hạng), lowest first: those whose role is
     * {@link io.github.ocop.core.model.LevelRole#EVALUATES} (e.g. province and centre under QĐ 26/2026 Điều 4
     * khoản 1)}
     */
    public List<EvaluationLevel> evaluationLevels() {
        return version.levels().stream().filter(LevelAuthority::scores).map(LevelAuthority::level).toList();
    }

    /**
     * {@return the levels that only receive and check dossiers and send them on, lowest first: steps before
     * evaluation, not levels of evaluation (e.g. the commune under QĐ 26/2026 Điều 7 khoản 2)}
     */
    public List<EvaluationLevel> dossierCheckLevels() {
        return version.levels().stream().filter(a -> !a.scores()).map(LevelAuthority::level).toList();
    }

    /**
     * The step after a level that only checks dossiers received a dossier: it checks it and sends it on, with its
     * report form and time limit where the file states them. No score is involved.
     *
     * @param level a level whose role is {@link io.github.ocop.core.model.LevelRole#CHECKS_DOSSIERS}
     * @return the step, of kind {@link OutcomeKind#FORWARD}
     * @throws IllegalArgumentException if the level takes no part or evaluates products
     */
    public EvaluationOutcome afterDossierCheck(EvaluationLevel level) {
        Objects.requireNonNull(level, "level");
        LevelAuthority a = authorityAt(level);
        if (a.scores()) {
            throw CoreMessages.refusal("process.levelEvaluates", level, version.id(), ruleSet.id(),
                    dossierCheckLevels());
        }
        EvaluationLevel next = a.forwardsTo().orElseThrow();
        Decider to = authorityAt(next).receivedBy();
        Message step = ProcessTexts.afterDossierCheck(a.decider(), a.reportForm(),
                a.dueWorkingDays().isPresent() ? Optional.of(a.dueWorkingDays().getAsInt()) : Optional.empty(), to);
        List<Interpretation> applied = new ArrayList<>();
        apply(applied, DOSSIER_CHECK_IS_A_STEP);
        return new EvaluationOutcome(OutcomeKind.FORWARD, ruleSet.id(), version, level, Optional.of(next),
                a.decider(), OptionalInt.empty(), step, a.forwardCitations(), applied);
    }

    /** {@return the authority of every level taking part, lowest first} */
    public List<LevelAuthority> authorities() {
        return version.levels();
    }

    /**
     * The authority of one level.
     *
     * @param level the evaluation level
     * @return the authority
     * @throws IllegalArgumentException if the level takes no part in this process
     */
    public LevelAuthority authorityAt(EvaluationLevel level) {
        Objects.requireNonNull(level, "level");
        return version.level(level).orElseThrow(() -> CoreMessages.refusal("process.levelAbsent", level, version.id(),
                ruleSet.id(), levels()));
    }

    /**
     * {@return the level that certifies {@code stars}, or empty when no level does (no certificate)}
     *
     * @param stars the star rank
     */
    public Optional<LevelAuthority> certifyingLevel(int stars) {
        requireStars(stars);
        return version.levels().stream().filter(a -> a.certifies(stars)).findFirst();
    }

    /**
     * The next step, forwarding on the basis the rule set file states for the level
     * ({@code process.versions[].levels[].forwardBasis}).
     *
     * @param level the evaluation level
     * @param meanTotal the council's mean total score, 0 to 100
     * @param stars the star rank
     * @return the next step
     * @see #nextStep(EvaluationLevel, BigDecimal, int, ReferralBasis)
     */
    public EvaluationOutcome nextStep(EvaluationLevel level, double meanTotal, int stars) {
        return nextStep(level, decimal(meanTotal), stars);
    }

    /**
     * The next step, forwarding on the basis the rule set file states for the level.
     *
     * @param level the evaluation level
     * @param meanTotal the council's exact mean total score, 0 to 100
     * @param stars the star rank
     * @return the next step
     * @see #nextStep(EvaluationLevel, BigDecimal, int, ReferralBasis)
     */
    public EvaluationOutcome nextStep(EvaluationLevel level, BigDecimal meanTotal, int stars) {
        Objects.requireNonNull(level, "level");
        return nextStep(level, meanTotal, stars, authorityAt(level).forwardBasis()
                .orElse(ReferralBasis.SCORE_AND_RANK /* not read: the level has no forwarding threshold */));
    }

    /**
     * The next step with a forwarding basis other than the file's (e.g. the stricter reading).
     *
     * @param level the evaluation level
     * @param meanTotal the mean total score, 0 to 100
     * @param stars the star rank
     * @param basis what forwarding depends on
     * @return the next step
     * @see #nextStep(EvaluationLevel, BigDecimal, int, ReferralBasis)
     */
    public EvaluationOutcome nextStep(EvaluationLevel level, double meanTotal, int stars, ReferralBasis basis) {
        return nextStep(level, decimal(meanTotal), stars, basis);
    }

    static BigDecimal decimal(double meanTotal) {
        if (!Double.isFinite(meanTotal)) {
            throw CoreMessages.refusal("process.meanRange", meanTotal);
        }
        return BigDecimal.valueOf(meanTotal);
    }

    /**
     * The next step after {@code level} evaluated a product.
     *
     * <p>A level that only checks dossiers is not a level of evaluation and is refused (its step is
     * {@link #afterDossierCheck}). Elsewhere: the product is forwarded if it reaches the level's threshold (see
     * {@code basis}: under {@link ReferralBasis#SCORE_ONLY} a product at the threshold is forwarded even when a star
     * minimum is unmet, and the step says so); otherwise it is certified if the level certifies its stars; otherwise
     * a rank no level certifies gets no certificate; otherwise, where the file says so, the case returns to a lower
     * level; any other case is reported as {@link OutcomeKind#NOT_PROVIDED_FOR}.
     *
     * @param level the evaluation level
     * @param meanTotal the exact mean total score, 0 to 100 (no rounding: 89.996 is below 90)
     * @param stars the star rank, 1 to 5, not above the points band of {@code meanTotal}
     * @param basis what forwarding depends on
     * @return the next step
     * @throws IllegalArgumentException if the level takes no part or only checks dossiers, or the score or stars
     *     are out of range or inconsistent
     */
    public EvaluationOutcome nextStep(EvaluationLevel level, BigDecimal meanTotal, int stars, ReferralBasis basis) {
        return new NextStep(this).after(level, meanTotal, stars, basis);
    }

    void apply(List<Interpretation> applied, String id) {
        ruleSet.interpretation(id).ifPresent(applied::add);
    }

    static void requireStars(int stars) {
        if (stars < 1 || stars > StarRanking.MAX_STARS) {
            throw CoreMessages.refusal("process.starsRange", stars);
        }
    }
}
