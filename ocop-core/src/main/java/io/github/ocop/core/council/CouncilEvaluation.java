package io.github.ocop.core.council;

import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.StarRanking;
import io.github.ocop.core.process.EvaluationAuthorities;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.process.EvaluationOutcome;
import io.github.ocop.core.process.OutcomeKind;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.MinimumRequirement;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of a council's evaluation of one product on one sheet (kết quả đánh giá của Hội đồng): each member's
 * score card, the means per criterion, per part and of the total, the star rank read on the mean total with the star
 * minima checked on the per-criterion means, the spread between members, the knock-outs recorded, and warnings
 * (spread above the policy's limit, quorum not met, knock-outs, members' remarks).
 *
 * <p>Details the law leaves to provinces follow a {@link CouncilPolicy}; the readings applied are listed by
 * {@link #interpretations()} (the rule set's interpretations with the ids below). The result does not depend on the order of the
 * members. Immutable and thread-safe.
 */
public final class CouncilEvaluation {
    /** Interpretation id: the council's score is the mean of the members' totals. */
    public static final String MEAN_OF_MEMBER_TOTALS = "council-mean-of-member-totals";
    /** Interpretation id: star minima are checked on the per-criterion means. */
    public static final String MINIMA_ON_CRITERION_MEANS = "council-minima-on-criterion-means";
    /** Interpretation id: any member's knock-out keeps the product unranked by default. */
    public static final String KNOCK_OUT_BY_ANY_MEMBER = "council-knock-out-by-any-member";
    /** Interpretation id: members too far apart discuss and re-score. */
    public static final String SPREAD_RULE = "council-spread-rule";
    /** Interpretation id: the quorum of the policy, including the chair. */
    public static final String QUORUM_RULE = "council-quorum-rule";
    /** Interpretation id: the band and the minima follow the exact mean; the rounded mean is only shown. */
    public static final String BAND_ON_EXACT_MEAN = "council-band-on-exact-mean";
    /** Interpretation id: assessor ids compare after trimming, Unicode NFC and case folding. */
    public static final String MEMBER_ID_MATCHING = "council-member-id-matching";

    private static void apply(RuleSet rules, List<Interpretation> applied, String id) {
        rules.interpretation(id).ifPresent(applied::add);
    }

    private final String ruleSetId;
    private final RuleSet rules;
    private final String sheetId;
    private final Product product;
    private final CouncilPolicy policy;
    private final List<ScoreCard> members;
    private final List<CriterionMean> criteria;
    private final Map<PartCode, BigDecimal> parts;
    private final BigDecimal total;
    private final BigDecimal exactTotal;
    private final int roundedBandStars;
    private final int totalSum;
    private final int bandStars;
    private final int stars;
    private final List<CouncilUnmetMinimum> unmetMinimums;
    private final List<MemberKnockOut> knockOuts;
    private final boolean ranked;
    private final int minTotal;
    private final int maxTotal;
    private final List<CouncilWarning> warnings;
    private final List<Interpretation> interpretations;

    private CouncilEvaluation(RuleSet rules, List<ScoreCard> cards, CouncilPolicy policy, List<MinimumRequirement> minima) {
        this.policy = policy;
        this.members = List.copyOf(cards);
        ScoreCard first = cards.get(0);
        this.ruleSetId = first.ruleSetId();
        this.rules = rules;
        this.sheetId = first.sheetId();
        this.product = first.assessment().product();
        int n = cards.size();

        List<CriterionMean> means = new ArrayList<>();
        Map<String, BigDecimal> meanByCode = new HashMap<>();
        Map<String, Integer> sumByCode = new HashMap<>();
        for (int k = 0; k < first.criteria().size(); k++) {
            CriterionScore c0 = first.criteria().get(k);
            int sum = 0;
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (ScoreCard card : cards) {
                int p = card.criteria().get(k).points();
                sum += p;
                lo = Math.min(lo, p);
                hi = Math.max(hi, p);
            }
            BigDecimal m = CouncilArithmetic.mean(sum, n, policy);
            means.add(new CriterionMean(c0.code(), c0.part(), m, lo, hi, c0.maxPoints()));
            meanByCode.put(c0.code(), m);
            sumByCode.put(c0.code(), sum);
        }
        this.criteria = List.copyOf(means);

        EnumMap<PartCode, BigDecimal> p = new EnumMap<>(PartCode.class);
        for (PartCode code : PartCode.values()) {
            p.put(code, CouncilArithmetic.mean(cards.stream().mapToInt(c -> c.part(code)).sum(), n, policy));
        }
        this.parts = Collections.unmodifiableMap(p);

        this.totalSum = cards.stream().mapToInt(ScoreCard::total).sum();
        this.total = CouncilArithmetic.mean(totalSum, n, policy);
        this.exactTotal = CouncilArithmetic.exactMean(totalSum, n);
        this.minTotal = cards.stream().mapToInt(ScoreCard::total).min().orElseThrow();
        this.maxTotal = cards.stream().mapToInt(ScoreCard::total).max().orElseThrow();
        int exactBand = rules.starRanking().starsFor(exactTotal);
        this.roundedBandStars = rules.starRanking().starsFor(total);
        boolean onExact = policy.rankMean() == RankMean.EXACT;
        this.bandStars = onExact ? exactBand : roundedBandStars;

        List<CouncilUnmetMinimum> unmet = new ArrayList<>();
        List<MinimumRequirement> crossedMinima = new ArrayList<>();
        int lowestUnmet = StarRanking.MAX_STARS + 1; // no level unmet: nothing caps the band
        for (MinimumRequirement r : minima) {
            BigDecimal m = meanByCode.get(r.criterion());
            boolean exactUnmet = CouncilArithmetic.exactlyBelow(sumByCode.get(r.criterion()), n, r.requiredPoints());
            boolean roundedUnmet = m.compareTo(BigDecimal.valueOf(r.requiredPoints())) < 0;
            if (exactUnmet != roundedUnmet) {
                crossedMinima.add(r);
            }
            if (onExact ? exactUnmet : roundedUnmet) {
                unmet.add(new CouncilUnmetMinimum(r, m));
                lowestUnmet = Math.min(lowestUnmet, r.requiredFor());
            }
        }
        this.unmetMinimums = List.copyOf(unmet);
        this.stars = StarRanking.rank(bandStars, lowestUnmet);

        List<ScoreCard> byAssessor = cards.stream()
                .sorted(java.util.Comparator.comparing((ScoreCard c) -> c.assessment().assessor())).toList();
        List<MemberKnockOut> kos = new ArrayList<>();
        int membersWithKnockOut = 0;
        for (ScoreCard card : byAssessor) {
            for (KnockOut ko : card.knockOuts()) {
                kos.add(new MemberKnockOut(card.assessment().assessor(), ko));
            }
            if (!card.knockOuts().isEmpty()) {
                membersWithKnockOut++;
            }
        }
        this.knockOuts = List.copyOf(kos);
        this.ranked = policy.knockOutRule() == KnockOutRule.ANY_MEMBER ? kos.isEmpty() : membersWithKnockOut * 2 <= n;

        List<Interpretation> applied = new ArrayList<>();
        apply(rules, applied, MEAN_OF_MEMBER_TOTALS);
        if (!minima.isEmpty()) {
            apply(rules, applied, MINIMA_ON_CRITERION_MEANS);
        }
        apply(rules, applied, SPREAD_RULE);
        List<CouncilWarning> w = new ArrayList<>();
        if (exactBand != roundedBandStars || !crossedMinima.isEmpty()) {
            apply(rules, applied, BAND_ON_EXACT_MEAN);
            roundingWarnings(exactBand, crossedMinima, sumByCode, meanByCode, n, w);
        }
        spreadWarning(cards, w);
        if (policy.councilSize().isPresent()) {
            apply(rules, applied, QUORUM_RULE);
            quorumWarnings(cards, w);
        }
        if (!kos.isEmpty()) {
            apply(rules, applied, KNOCK_OUT_BY_ANY_MEMBER);
            for (MemberKnockOut k : kos) {
                w.add(CouncilTexts.knockOut(k.assessor(), k.knockOut(), ranked));
            }
        }
        for (ScoreCard card : byAssessor) {
            for (String remark : card.warnings()) {
                w.add(CouncilTexts.memberRemark(card.assessment().assessor(), remark));
            }
        }
        this.warnings = List.copyOf(w);
        this.interpretations = List.copyOf(applied);
    }

    private void roundingWarnings(int exactBand, List<MinimumRequirement> crossed, Map<String, Integer> sums,
            Map<String, BigDecimal> rounded, int n, List<CouncilWarning> w) {
        boolean onExact = policy.rankMean() == RankMean.EXACT;
        if (exactBand != roundedBandStars) {
            w.add(CouncilTexts.roundingBand(total, roundedBandStars, exactTotal, totalSum, n, exactBand, onExact));
        }
        for (MinimumRequirement r : crossed) {
            w.add(CouncilTexts.roundingMinimum(r, rounded.get(r.criterion()),
                    CouncilArithmetic.exactMean(sums.get(r.criterion()), n), onExact));
        }
    }

    private void spreadWarning(List<ScoreCard> cards, List<CouncilWarning> w) {
        int spread = maxTotal - minTotal;
        if (spread <= policy.maxSpread()) {
            return;
        }
        List<String> low = cards.stream().filter(c -> c.total() == minTotal).map(c -> c.assessment().assessor())
                .sorted().toList();
        List<String> high = cards.stream().filter(c -> c.total() == maxTotal).map(c -> c.assessment().assessor())
                .sorted().toList();
        w.add(CouncilTexts.spread(spread, minTotal, low, maxTotal, high, policy.maxSpread()));
    }

    private void quorumWarnings(List<ScoreCard> cards, List<CouncilWarning> w) {
        if (cards.size() < policy.quorum().orElseThrow()) {
            w.add(CouncilTexts.quorum(cards.size(), policy));
        }
        policy.chair().ifPresent(chair -> {
            String key = memberKey(chair);
            if (cards.stream().noneMatch(c -> memberKey(c.assessment().assessor()).equals(key))) {
                w.add(CouncilTexts.noChair(chair));
            }
        });
    }

    /**
     * Evaluates the members' assessments under {@link CouncilPolicy#provincialPractice()}.
     *
     * @param engine      the scoring engine of the assessments' rule set
     * @param assessments one per member, at least 2
     * @return the council's result
     * @throws OcopInputException see {@link #of(ScoringEngine, List, CouncilPolicy)}
     */
    public static CouncilEvaluation of(ScoringEngine engine, List<Assessment> assessments) {
        return of(engine, assessments, CouncilPolicy.provincialPractice());
    }

    /**
     * Scores every member's assessment and combines the score cards.
     *
     * @param engine      the scoring engine of the assessments' rule set
     * @param assessments one per member, at least 2, in any order (the result does not depend on it)
     * @param policy      how to combine them
     * @return the council's result
     * @throws OcopInputException (source {@code "council"}) listing every problem with a path naming the member,
     *                            e.g. {@code $[2].sheet}: fewer than 2 assessments (a council of one), more
     *                            assessments than the policy's council size, a blank or repeated assessor id,
     *                            assessments on different rule sets, sheets or products, and each member's scoring
     *                            errors (e.g. {@code $[1].answers['1.9']})
     */
    public static CouncilEvaluation of(ScoringEngine engine, List<Assessment> assessments, CouncilPolicy policy) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(policy, "policy");
        List<Assessment> list = List.copyOf(assessments);
        List<ScoreCard> cards = CouncilChecks.scoreAll(engine, list, policy);
        return new CouncilEvaluation(engine.ruleSet(), cards, policy, engine.minima(list.get(0).sheet()));
    }

    /**
     * The key two assessor ids are compared on: trimmed, Unicode NFC, case-folded ("CHU-TICH", "chu-tich " and
     * "chu-tich" are one member). Interpretation {@code council-member-id-matching}.
     *
     * @param assessor an assessor id
     * @return its comparison key
     */
    public static String memberKey(String assessor) {
        Objects.requireNonNull(assessor, "assessor");
        String nfc = Normalizer.normalize(assessor.strip(), Normalizer.Form.NFC);
        return Normalizer.normalize(nfc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** {@return the rule set id} */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** {@return the rule set the council scored under} */
    public RuleSet ruleSet() {
        return rules;
    }

    /** {@return the sheet id} */
    public String sheetId() {
        return sheetId;
    }

    /**
     * {@return the product, as the first member's assessment states it (all members name the same product; a
     * producer or subgroup stated by only some of them is not compared)}
     */
    public Product product() {
        return product;
    }

    /** {@return the policy applied} */
    public CouncilPolicy policy() {
        return policy;
    }

    /** {@return each member's score card, in the order given} */
    public List<ScoreCard> members() {
        return members;
    }

    /** {@return the number of members who scored} */
    public int size() {
        return members.size();
    }

    /** {@return member assessor id → total, in the order given} */
    public Map<String, Integer> memberTotals() {
        Map<String, Integer> m = new LinkedHashMap<>();
        members.forEach(c -> m.put(c.assessment().assessor(), c.total()));
        return Collections.unmodifiableMap(m);
    }

    /** {@return the means per criterion, in printed order} */
    public List<CriterionMean> criteria() {
        return criteria;
    }

    /**
     * {@return the council's mean on a criterion, if the sheet has it}
     *
     * @param code a criterion code
     */
    public Optional<CriterionMean> criterion(String code) {
        Objects.requireNonNull(code, "code");
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** {@return the mean points of each part} */
    public Map<PartCode, BigDecimal> parts() {
        return parts;
    }

    /** {@return the mean total (tổng điểm trung bình), rounded as the policy says} */
    public BigDecimal total() {
        return total;
    }

    /**
     * {@return the exact mean total, the sum of the members' totals divided by their number without rounding (cut
     * after 34 significant digits where the division does not end); the band follows it under
     * {@link RankMean#EXACT}, the default}
     */
    public BigDecimal exactTotal() {
        return exactTotal;
    }

    /** {@return the stars of the band holding the rounded mean {@link #total()}, as shown} */
    public int roundedBandStars() {
        return roundedBandStars;
    }

    /** {@return the sum of the members' totals: {@link #total()} is this divided by {@link #size()}, rounded} */
    public int totalSum() {
        return totalSum;
    }

    /** {@return the stars of the band holding the mean total the policy ranks on (the exact one by default), before
     *          the minima} */
    public int bandStars() {
        return bandStars;
    }

    /** {@return the star rank (1..5), or empty when the product is not ranked because of knock-outs} */
    public OptionalInt stars() {
        return ranked ? OptionalInt.of(stars) : OptionalInt.empty();
    }

    /** {@return the star rank the mean total and the minima give, whether or not a knock-out stops the ranking} */
    public int starsBeforeKnockOuts() {
        return stars;
    }

    /** {@return false when knock-outs stop the ranking under the policy's {@link KnockOutRule}} */
    public boolean ranked() {
        return ranked;
    }

    /** {@return every star minimum the criterion means do not reach, in printed order} */
    public List<CouncilUnmetMinimum> unmetMinimums() {
        return unmetMinimums;
    }

    /** {@return the unmet minima that keep the product below its points band} */
    public List<CouncilUnmetMinimum> blockingMinimums() {
        return unmetMinimums.stream().filter(u -> u.requiredFor() <= bandStars).toList();
    }

    /** {@return the knock-outs recorded by the members, ordered by assessor id} */
    public List<MemberKnockOut> knockOuts() {
        return knockOuts;
    }

    /** {@return the lowest member total} */
    public int minTotal() {
        return minTotal;
    }

    /** {@return the highest member total} */
    public int maxTotal() {
        return maxTotal;
    }

    /** {@return the spread between members: highest total minus lowest total} */
    public int spread() {
        return maxTotal - minTotal;
    }

    /**
     * {@return the warnings, in an order that does not depend on the members' order: spread, quorum, knock-outs and
     * members' remarks (these two by assessor id)}
     */
    public List<CouncilWarning> warnings() {
        return warnings;
    }

    /** {@return the readings of unclear law this result rests on} */
    public List<Interpretation> interpretations() {
        return interpretations;
    }

    /**
     * What happens next and who decides, for a rule set with a single process version, from
     * {@link EvaluationAuthorities#nextStep(EvaluationLevel, BigDecimal, int)} with the mean total the rank was read on
     * (the exact one by default) and the rank.
     *
     * @param level the level whose council this is
     * @return the next step
     * @throws IllegalStateException    when the product is not ranked (knock-outs)
     * @throws IllegalArgumentException when the rule set has several processes (give a date) or the level takes no
     *                                  part in it
     */
    public EvaluationOutcome nextStep(EvaluationLevel level) {
        requireRanked();
        EvaluationAuthorities a = EvaluationAuthorities.forRuleSet(rules);
        return valid() ? a.nextStep(level, rankedTotal(), stars) : conveneAgain(a, level);
    }

    /**
     * {@return whether the result may be acted on: false when the policy gives the council's size and the quorum was
     * not met or the chair did not score (a {@link CouncilWarning.Kind#QUORUM_NOT_MET} warning says why); such a
     * council decides nothing, and {@link #nextStep} is to convene again}
     */
    public boolean valid() {
        return warnings.stream().noneMatch(w -> w.kind() == CouncilWarning.Kind.QUORUM_NOT_MET);
    }

    private EvaluationOutcome conveneAgain(EvaluationAuthorities a, EvaluationLevel level) {
        var authority = a.authorityAt(level);
        List<Interpretation> applied = new ArrayList<>();
        apply(rules, applied, QUORUM_RULE);
        return new EvaluationOutcome(OutcomeKind.CONVENE_AGAIN, rules.id(), a.version(), level, Optional.empty(),
                authority.decider(), OptionalInt.empty(), CouncilTexts.conveneAgain(warnings.stream()
                        .filter(w -> w.kind() == CouncilWarning.Kind.QUORUM_NOT_MET).toList()),
                applied.stream().map(Interpretation::source).filter(s -> !s.isEmpty()).toList(), applied);
    }

    /**
     * What happens next and who decides, under the process in force on {@code date}.
     *
     * @param level the level whose council this is
     * @param date  the day of the council's meeting
     * @return the next step
     * @throws IllegalStateException    when the product is not ranked (knock-outs)
     * @throws IllegalArgumentException when the rule set is not in force on that date or the level takes no part
     */
    public EvaluationOutcome nextStep(EvaluationLevel level, LocalDate date) {
        requireRanked();
        EvaluationAuthorities a = EvaluationAuthorities.forRuleSet(rules, date);
        return valid() ? a.nextStep(level, rankedTotal(), stars) : conveneAgain(a, level);
    }

    /** The mean the band was read on: the exact one by default, the rounded one under {@link RankMean#ROUNDED}. */
    private BigDecimal rankedTotal() {
        return policy.rankMean() == RankMean.EXACT ? exactTotal : total;
    }

    private void requireRanked() {
        if (!ranked) {
            throw new IllegalStateException("the product is not ranked: knock-outs were recorded by "
                    + knockOuts.stream().map(MemberKnockOut::assessor).distinct().toList() + " ("
                    + KNOCK_OUT_BY_ANY_MEMBER + ")");
        }
    }

    @Override
    public String toString() {
        return "CouncilEvaluation[" + ruleSetId + " sheet " + sheetId + ", " + product.name() + ", " + size()
                + " members, mean " + total.toPlainString() + ", " + (ranked ? stars + "★" : "not ranked")
                + ", spread " + spread() + "]";
    }
}
