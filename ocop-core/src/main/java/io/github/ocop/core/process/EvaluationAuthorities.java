package io.github.ocop.core.process;

import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.LevelAuthority;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.ReferralBasis;
import io.github.ocop.core.model.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

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
            throw new IllegalArgumentException("process version " + version.id() + " is not one of rule set "
                    + ruleSet.id() + " (" + versionIds(ruleSet) + ")");
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
            throw new IllegalArgumentException(versions.isEmpty() ? noProcess(ruleSet)
                    : "rule set " + ruleSet.id() + " has " + versions.size() + " process versions " + versionIds(ruleSet)
                            + "; give the date of the evaluation");
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
            throw new IllegalArgumentException(noProcess(ruleSet));
        }
        return ruleSet.process().versionOn(date).orElseThrow(() -> new IllegalArgumentException("no process of rule set "
                + ruleSet.id() + " applies on " + date + "; its process versions cover " + ruleSet.process().versions()
                .stream().map(v -> v.id() + " from " + v.firstDay() + v.lastDay().map(l -> " to " + l).orElse(""))
                .collect(Collectors.joining(", "))));
    }

    private static String noProcess(RuleSet ruleSet) {
        return "rule set " + ruleSet.id() + " states no evaluation process (its file has no process versions)";
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
            throw new IllegalArgumentException("the " + level.english() + " (" + level.vietnamese() + ") evaluates"
                    + " products under process " + version.id() + " of " + ruleSet.id() + "; give its result to"
                    + " nextStep; the levels that only check dossiers are " + dossierCheckLevels());
        }
        EvaluationLevel next = a.forwardsTo().orElseThrow();
        Decider to = authorityAt(next).receivedBy();
        String form = a.reportForm().map(f -> " (Báo cáo theo " + f + ")").orElse("");
        String formEn = a.reportForm().map(f -> " (report on form " + f + ")").orElse("");
        String due = a.dueWorkingDays().isPresent() ? " trong thời hạn " + a.dueWorkingDays().getAsInt()
                + " ngày làm việc kể từ ngày tiếp nhận hồ sơ" : "";
        String dueEn = a.dueWorkingDays().isPresent() ? " within " + a.dueWorkingDays().getAsInt()
                + " working days of receiving it" : "";
        String vi = a.decider().vietnamese() + " kiểm tra thành phần hồ sơ, đánh giá một số nội dung" + form + due
                + " và gửi hồ sơ đề nghị " + to.vietnamese() + " đánh giá, phân hạng.";
        String en = "The " + a.decider().english() + " checks the dossier and assesses some of its content"
                + formEn + dueEn + ", then sends it to the " + to.english() + " for evaluation.";
        List<Interpretation> applied = new ArrayList<>();
        apply(applied, DOSSIER_CHECK_IS_A_STEP);
        return new EvaluationOutcome(OutcomeKind.FORWARD, ruleSet.id(), version, level, Optional.of(next),
                a.decider(), OptionalInt.empty(), vi, en, a.forwardCitations(), applied);
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
        return version.level(level).orElseThrow(() -> new IllegalArgumentException("level " + level + " ("
                + level.vietnamese() + ") takes no part in the process " + version.id() + " of " + ruleSet.id()
                + "; its levels are " + levels()));
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

    private static BigDecimal decimal(double meanTotal) {
        if (!Double.isFinite(meanTotal)) {
            throw new IllegalArgumentException("mean total must be between 0 and 100, not " + meanTotal);
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
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(meanTotal, "meanTotal");
        Objects.requireNonNull(basis, "basis");
        requireStars(stars);
        if (meanTotal.signum() < 0 || meanTotal.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("mean total must be between 0 and 100, not " + meanTotal.toPlainString());
        }
        int band = bandStars(meanTotal);
        if (stars > band) {
            throw new IllegalArgumentException("stars " + stars + " exceed the points band of the mean total "
                    + meanTotal.toPlainString() + " (" + band + " stars): star minima can lower a rank, never raise"
                    + " it (" + HALF_OPEN_STAR_BANDS + ")");
        }
        LevelAuthority a = authorityAt(level);
        List<Interpretation> applied = new ArrayList<>();
        apply(applied, HALF_OPEN_STAR_BANDS);
        String score = meanTotal.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();

        if (!a.scores()) {
            throw new IllegalArgumentException(a.decider().vietnamese() + " (" + level.vietnamese() + ") chỉ tiếp"
                    + " nhận, kiểm tra hồ sơ, không đánh giá, phân hạng sản phẩm theo " + version.instrument()
                    + "; các cấp đánh giá là " + evaluationLevels().stream().map(EvaluationLevel::vietnamese).toList()
                    + " / the " + level.english() + " level only receives and checks dossiers under "
                    + version.instrument() + ", it does not evaluate or rank products; the levels of evaluation are "
                    + evaluationLevels() + " (" + String.join("; ", a.forwardCitations()) + ")");
        }

        if (a.forwardThreshold().isPresent()) {
            BigDecimal threshold = BigDecimal.valueOf(a.forwardThreshold().getAsDouble());
            int thresholdStars = bandStars(threshold);
            boolean scoreOk = meanTotal.compareTo(threshold) >= 0;
            boolean rankOk = stars >= thresholdStars;
            if (scoreOk) {
                apply(applied, basis == ReferralBasis.SCORE_ONLY ? REFERRAL_ON_SCORE_ALONE
                        : REFERRAL_NEEDS_SCORE_AND_RANK);
            }
            if (scoreOk && (rankOk || basis == ReferralBasis.SCORE_ONLY)) {
                EvaluationLevel next = a.forwardsTo().orElseThrow();
                LevelAuthority nextAuthority = authorityAt(next);
                Decider to = nextAuthority.receivedBy();
                int potential = nextAuthority.certifiedStars().stream().mapToInt(Integer::intValue).max().orElse(0);
                boolean top = potential == thresholdStars;
                String thr = threshold.stripTrailingZeros().toPlainString();
                String unmetVi = rankOk ? "" : " Sản phẩm chưa đạt mức tối thiểu của hạng " + thresholdStars
                        + " sao ở một số chỉ tiêu (xếp hạng " + stars + " sao theo mức tối thiểu): " + to.vietnamese()
                        + " đánh giá, quyết định.";
                String unmetEn = rankOk ? "" : " A " + thresholdStars + "-star minimum is unmet (rank " + stars
                        + " stars with the minima): the " + to.english() + " decides.";
                String vi = a.decider().vietnamese() + " gửi hồ sơ đề nghị " + to.vietnamese()
                        + " đánh giá, phân hạng" + (top ? " (sản phẩm có tiềm năng đạt " + potential + " sao" : " (sản phẩm")
                        + " đạt " + score + " điểm, từ " + thr + " điểm trở lên)." + unmetVi;
                String en = "The " + a.decider().english() + " forwards the dossier to the " + to.english()
                        + " for evaluation" + (top ? " as a potential " + potential + "-star product" : "")
                        + " (mean total " + score + ", at least " + thr + ")." + unmetEn;
                return new EvaluationOutcome(OutcomeKind.FORWARD, ruleSet.id(), version, level, Optional.of(next),
                        a.decider(), OptionalInt.empty(), vi, en, a.forwardCitations(), applied);
            }
        }

        if (a.certifies(stars)) {
            String months = ruleSet.process().certificate()
                    .map(c -> "; giấy chứng nhận có giá trị " + c.validityMonths() + " tháng").orElse("");
            String monthsEn = ruleSet.process().certificate()
                    .map(c -> "; the certificate is valid " + c.validityMonths() + " months").orElse("");
            String vi = a.decider().vietnamese() + " quyết định công nhận và cấp giấy chứng nhận sản phẩm OCOP "
                    + stars + " sao (" + score + " điểm)" + months + ".";
            String en = "The " + a.decider().english() + " decides recognition and issues the certificate for a "
                    + stars + "-star OCOP product (mean total " + score + ")" + monthsEn + ".";
            return new EvaluationOutcome(OutcomeKind.CERTIFY, ruleSet.id(), version, level, Optional.empty(),
                    a.decider(), OptionalInt.of(stars), vi, en, a.certifyCitations(), applied);
        }

        if (certifyingLevel(stars).isEmpty()) {
            version.noCertificateInterpretation().ifPresent(id -> apply(applied, id));
            String vi = "Sản phẩm đạt " + stars + " sao (" + score + " điểm): không ban hành quyết định công nhận và"
                    + " không cấp giấy chứng nhận.";
            String en = "The product ranks " + stars + " stars (mean total " + score + "): no recognition decision"
                    + " and no certificate.";
            return new EvaluationOutcome(OutcomeKind.NO_CERTIFICATE, ruleSet.id(), version, level, Optional.empty(),
                    a.decider(), OptionalInt.empty(), vi, en, version.noCertificateCitations(), applied);
        }

        if (a.returnsUncertifiedTo().isPresent()) {
            EvaluationLevel back = a.returnsUncertifiedTo().get();
            LevelAuthority lower = authorityAt(back);
            if (a.certifiedStars().contains(band)) {
                apply(applied, NOT_CERTIFIED_AS_BELOW_THRESHOLD);
            }
            String certified = a.certifiedStars().stream().sorted().map(s -> s + " sao")
                    .collect(Collectors.joining(", "));
            String lowerStars = lower.certifiedStars().stream().sorted().map(s -> s + " sao")
                    .collect(Collectors.joining(", "));
            String lowerStarsEn = lower.certifiedStars().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(" or "));
            String vi = "Sản phẩm không đạt " + certified + " ở " + level.vietnamese() + " (" + score + " điểm, "
                    + stars + " sao): " + lower.decider().vietnamese() + " có thể căn cứ vào kết quả đánh giá của Hội"
                    + " đồng " + level.vietnamese() + " để xem xét, quyết định công nhận và cấp giấy chứng nhận cho sản"
                    + " phẩm OCOP đạt " + lowerStars + " hoặc tổ chức đánh giá và phân hạng sản phẩm theo thẩm quyền.";
            String en = "The product does not reach " + a.certifiedStars().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(" or ")) + " stars at the " + level.english() + " level (mean total "
                    + score + ", " + stars + " stars): the " + lower.decider().english() + " may certify it as "
                    + lowerStarsEn + " stars on the " + level.english() + " council's result, or have it evaluated by"
                    + " the " + back.english() + ".";
            return new EvaluationOutcome(OutcomeKind.RETURN_TO_PROVINCE, ruleSet.id(), version, level,
                    Optional.of(back), lower.decider(), OptionalInt.empty(), vi, en, a.returnCitations(), applied);
        }

        String vi = "Các nguồn không quy định bước tiếp theo khi " + level.vietnamese() + " đánh giá sản phẩm đạt "
                + stars + " sao (" + score + " điểm) theo " + version.instrument() + ".";
        String en = "The sources do not say what happens when the " + level.english() + " level ranks a product "
                + stars + " stars (mean total " + score + ") under " + version.instrument() + " [GAP].";
        return new EvaluationOutcome(OutcomeKind.NOT_PROVIDED_FOR, ruleSet.id(), version, level, Optional.empty(),
                a.decider(), OptionalInt.empty(), vi, en, version.gapCitations(), applied);
    }

    /**
     * {@return the star band of a mean total under this rule set's bands}
     *
     * @param meanTotal the council's mean total score, 0 to 100
     */
    public int bandStars(double meanTotal) {
        return ruleSet.starRanking().starsFor(decimal(meanTotal));
    }

    /**
     * {@return the star band of an exact mean total under this rule set's bands (no rounding through
     * {@code double}: 89.99999999999999999 is in the 70-point band)}
     *
     * @param meanTotal the mean total, 0 to 100
     */
    public int bandStars(BigDecimal meanTotal) {
        return ruleSet.starRanking().starsFor(java.util.Objects.requireNonNull(meanTotal, "meanTotal"));
    }

    private void apply(List<Interpretation> applied, String id) {
        ruleSet.interpretation(id).ifPresent(applied::add);
    }

    private static void requireStars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1 to 5, not " + stars);
        }
    }
}
