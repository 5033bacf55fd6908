package io.github.ocop.core.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Who evaluates, certifies and forwards at each level under one process (phân cấp đánh giá, phân hạng và công
 * nhận sản phẩm OCOP), and the next step after a level's result.
 *
 * <table>
 *   <caption>Levels per process</caption>
 *   <tr><th>Process</th><th>Commune</th><th>District</th><th>Province</th><th>Central</th></tr>
 *   <tr><td>1048 [V-LEGAL]</td><td>-</td><td>evaluates, forwards &ge; 50</td><td>certifies 3-4&#9733;,
 *       forwards &ge; 90</td><td>certifies 5&#9733;</td></tr>
 *   <tr><td>148 original [V2]</td><td>-</td><td>certifies 3&#9733;, forwards &ge; 70</td><td>certifies 4&#9733;,
 *       forwards &ge; 90 [I]</td><td>certifies 5&#9733;</td></tr>
 *   <tr><td>148 + 1489 [V2]</td><td>checks dossier, forwards</td><td>-</td><td>certifies 3-4&#9733;, forwards
 *       &ge; 90</td><td>certifies 5&#9733;</td></tr>
 *   <tr><td>26/2026 [V1]</td><td>checks dossier in 15 working days, forwards (Điều 7 khoản 2)</td><td>-</td>
 *       <td>certifies 3-4&#9733;, forwards &ge; 90 (Điều 4 khoản 1 điểm a, Điều 7 khoản 3)</td><td>certifies
 *       5&#9733; (Điều 4 khoản 1 điểm b, Điều 7 khoản 4)</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class EvaluationAuthorities {

    private static final String QD26 = "QĐ 26/2026/QĐ-TTg ";
    private static final String N1048 = " (notes 1048 §3.3) [V-LEGAL]";
    private static final String N148 = " (notes 148 §2.1, §5.2) [V2]";

    private final ProcessVariant variant;
    private final List<LevelAuthority> authorities;

    private EvaluationAuthorities(ProcessVariant variant, List<LevelAuthority> authorities) {
        this.variant = variant;
        this.authorities = List.copyOf(authorities);
    }

    /**
     * The authorities of a process.
     *
     * @param variant the process
     * @return the authorities
     */
    public static EvaluationAuthorities of(ProcessVariant variant) {
        Objects.requireNonNull(variant, "variant");
        return new EvaluationAuthorities(variant, table(variant));
    }

    /**
     * The authorities of a rule set with a single process.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @return the authorities
     * @throws IllegalArgumentException for an unknown id, or for {@code "qd-148-2023"}, which has two processes
     */
    public static EvaluationAuthorities forRuleSet(String ruleSetId) {
        return of(ProcessVariant.single(ruleSetId));
    }

    /**
     * The authorities of a rule set on a date.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param date the date
     * @return the authorities
     * @throws IllegalArgumentException for an unknown id or a date on which the rule set is not in force
     */
    public static EvaluationAuthorities forRuleSet(String ruleSetId, LocalDate date) {
        return of(ProcessVariant.resolve(ruleSetId, date));
    }

    /**
     * The next step after {@code level} evaluated a product, for a rule set with a single process, using
     * {@link ReferralBasis#SCORE_AND_RANK}.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param level the evaluation level
     * @param meanTotal the council's mean total score (tổng điểm trung bình), 0 to 100
     * @param stars the star rank given by the scoring engine (points band and star minima), 1 to 5
     * @return the next step
     * @see #nextStep(EvaluationLevel, double, int, ReferralBasis)
     */
    public static EvaluationOutcome nextStep(String ruleSetId, EvaluationLevel level, double meanTotal, int stars) {
        return forRuleSet(ruleSetId).nextStep(level, meanTotal, stars);
    }

    /**
     * As {@link #nextStep(String, EvaluationLevel, double, int)}, for the process in force on {@code date}.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param date the date
     * @param level the evaluation level
     * @param meanTotal the council's mean total score, 0 to 100
     * @param stars the star rank
     * @return the next step
     */
    public static EvaluationOutcome nextStep(String ruleSetId, LocalDate date, EvaluationLevel level,
            double meanTotal, int stars) {
        return forRuleSet(ruleSetId, date).nextStep(level, meanTotal, stars);
    }

    /** {@return the process these authorities belong to} */
    public ProcessVariant variant() {
        return variant;
    }

    /** {@return the levels taking part, lowest first} */
    public List<EvaluationLevel> levels() {
        return authorities.stream().map(LevelAuthority::level).toList();
    }

    /** {@return the authority of every level taking part, lowest first} */
    public List<LevelAuthority> authorities() {
        return authorities;
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
        return authorities.stream().filter(a -> a.level() == level).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("level " + level + " (" + level.vietnamese()
                        + ") takes no part in the process " + variant + "; its levels are " + levels()));
    }

    /**
     * {@return the level that certifies {@code stars}, or empty for 1-2 stars (no certificate)}
     *
     * @param stars the star rank
     */
    public Optional<LevelAuthority> certifyingLevel(int stars) {
        requireStars(stars);
        return authorities.stream().filter(a -> a.certifies(stars)).findFirst();
    }

    /**
     * The next step with {@link ReferralBasis#SCORE_AND_RANK}.
     *
     * @param level the evaluation level
     * @param meanTotal the council's mean total score, 0 to 100
     * @param stars the star rank
     * @return the next step
     */
    public EvaluationOutcome nextStep(EvaluationLevel level, double meanTotal, int stars) {
        return nextStep(level, meanTotal, stars, ReferralBasis.SCORE_AND_RANK);
    }

    /**
     * The next step after {@code level} evaluated a product.
     *
     * <p>A level that only checks dossiers (the commune under 1489 and 26/2026) forwards every dossier to the
     * province; {@code meanTotal} and {@code stars} are validated but do not change the step. Elsewhere: the
     * product is forwarded if it reaches the level's threshold (see {@code basis}); otherwise it is certified if
     * the level certifies its stars; otherwise 1-2 stars get no certificate; otherwise a central result below 5
     * stars under 26/2026 goes back to the province; any other case is reported as
     * {@link OutcomeKind#NOT_PROVIDED_FOR}.
     *
     * @param level the evaluation level
     * @param meanTotal the mean total score, 0 to 100
     * @param stars the star rank, 1 to 5, not above the points band of {@code meanTotal}
     * @param basis what forwarding depends on
     * @return the next step
     * @throws IllegalArgumentException if the level takes no part, or the score or stars are out of range or
     *     inconsistent
     */
    public EvaluationOutcome nextStep(EvaluationLevel level, double meanTotal, int stars, ReferralBasis basis) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(basis, "basis");
        requireStars(stars);
        if (!Double.isFinite(meanTotal) || meanTotal < 0 || meanTotal > 100) {
            throw new IllegalArgumentException("mean total must be between 0 and 100, not " + meanTotal);
        }
        int band = bandStars(meanTotal);
        if (stars > band) {
            throw new IllegalArgumentException("stars " + stars + " exceed the points band of the mean total "
                    + meanTotal + " (" + band + " stars): star minima can lower a rank, never raise it ("
                    + ProcessInterpretations.HALF_OPEN_STAR_BANDS.id() + ")");
        }
        LevelAuthority a = authorityAt(level);
        List<Interpretation> applied = new ArrayList<>();
        applied.add(ProcessInterpretations.HALF_OPEN_STAR_BANDS);
        String score = String.format(Locale.ROOT, "%.2f", meanTotal);

        if (!a.scores()) {
            EvaluationLevel next = a.forwardsTo().orElseThrow();
            boolean qd26 = variant == ProcessVariant.QD_26_2026;
            String vi = a.decider().vietnamese() + " kiểm tra thành phần hồ sơ, đánh giá một số nội dung"
                    + (qd26 ? " (Báo cáo theo Mẫu số 03 Phụ lục III) trong thời hạn 15 ngày làm việc kể từ ngày"
                    + " tiếp nhận hồ sơ" : "")
                    + " và gửi hồ sơ đề nghị " + Decider.PROVINCIAL_COMMITTEE.vietnamese() + " đánh giá, phân hạng.";
            String en = "The " + a.decider().english() + " checks the dossier and assesses some of its content"
                    + (qd26 ? " (report on form Mẫu số 03 of Annex III) within 15 working days of receiving it" : "")
                    + ", then sends it to the " + Decider.PROVINCIAL_COMMITTEE.english() + " for evaluation.";
            return new EvaluationOutcome(OutcomeKind.FORWARD, variant, level, Optional.of(next), a.decider(),
                    OptionalInt.empty(), vi, en, a.forwardCitations(), List.of());
        }

        if (a.forwardThreshold().isPresent()) {
            double threshold = a.forwardThreshold().getAsDouble();
            boolean scoreOk = meanTotal >= threshold;
            boolean rankOk = basis == ReferralBasis.SCORE_ONLY || stars >= bandStars(threshold);
            if (scoreOk) {
                applied.add(ProcessInterpretations.REFERRAL_NEEDS_SCORE_AND_RANK);
            }
            if (scoreOk && rankOk) {
                EvaluationLevel next = a.forwardsTo().orElseThrow();
                String thr = String.format(Locale.ROOT, "%.0f", threshold);
                String vi = a.decider().vietnamese() + " gửi hồ sơ đề nghị " + nextBody(next).vietnamese()
                        + " đánh giá, phân hạng" + (next == EvaluationLevel.CENTRAL
                        ? " (sản phẩm có tiềm năng đạt 5 sao" : " (sản phẩm") + " đạt " + score + " điểm, từ "
                        + thr + " điểm trở lên).";
                String en = "The " + a.decider().english() + " forwards the dossier to the " + nextBody(next).english()
                        + " for evaluation" + (next == EvaluationLevel.CENTRAL ? " as a potential 5-star product" : "")
                        + " (mean total " + score + ", at least " + thr + ").";
                return new EvaluationOutcome(OutcomeKind.FORWARD, variant, level, Optional.of(next), a.decider(),
                        OptionalInt.empty(), vi, en, a.forwardCitations(), applied);
            }
        }

        if (a.certifies(stars)) {
            String vi = a.decider().vietnamese() + " quyết định công nhận và cấp giấy chứng nhận sản phẩm OCOP "
                    + stars + " sao (" + score + " điểm); giấy chứng nhận có giá trị 36 tháng.";
            String en = "The " + a.decider().english() + " decides recognition and issues the certificate for a "
                    + stars + "-star OCOP product (mean total " + score + "); the certificate is valid 36 months.";
            return new EvaluationOutcome(OutcomeKind.CERTIFY, variant, level, Optional.empty(), a.decider(),
                    OptionalInt.of(stars), vi, en, a.certifyCitations(), applied);
        }

        if (stars <= 2) {
            List<String> cites;
            if (variant == ProcessVariant.QD_26_2026) {
                cites = List.of(QD26 + "Điều 4 khoản 1 điểm a");
            } else {
                cites = List.of(variant.instrument() + " (certificates only for 3-5 stars)");
                applied.add(ProcessInterpretations.NO_CERTIFICATE_BELOW_THREE_STARS_BEFORE_2026);
            }
            String vi = "Sản phẩm đạt " + stars + " sao (" + score + " điểm): không ban hành quyết định công nhận và"
                    + " không cấp giấy chứng nhận.";
            String en = "The product ranks " + stars + " stars (mean total " + score + "): no recognition decision"
                    + " and no certificate.";
            return new EvaluationOutcome(OutcomeKind.NO_CERTIFICATE, variant, level, Optional.empty(), a.decider(),
                    OptionalInt.empty(), vi, en, cites, applied);
        }

        if (level == EvaluationLevel.CENTRAL && variant == ProcessVariant.QD_26_2026) {
            if (meanTotal >= 90) {
                applied.add(ProcessInterpretations.CENTRAL_NOT_FIVE_STARS_AS_BELOW_90);
            }
            String vi = "Sản phẩm không đạt 5 sao ở cấp trung ương (" + score + " điểm, " + stars + " sao): "
                    + Decider.PROVINCIAL_CHAIR.vietnamese() + " có thể căn cứ vào kết quả đánh giá của Hội đồng cấp"
                    + " trung ương để xem xét, quyết định công nhận và cấp giấy chứng nhận cho sản phẩm OCOP đạt 3"
                    + " sao, 4 sao hoặc tổ chức đánh giá và phân hạng sản phẩm theo thẩm quyền.";
            String en = "The product does not reach 5 stars at the central level (mean total " + score + ", "
                    + stars + " stars): the " + Decider.PROVINCIAL_CHAIR.english() + " may certify it as 3 or 4"
                    + " stars on the central council's result, or have it evaluated by the province.";
            return new EvaluationOutcome(OutcomeKind.RETURN_TO_PROVINCE, variant, level,
                    Optional.of(EvaluationLevel.PROVINCE), Decider.PROVINCIAL_CHAIR, OptionalInt.empty(), vi, en,
                    List.of(QD26 + "Điều 7 khoản 4 điểm g đoạn 2"), applied);
        }

        String vi = "Các nguồn không quy định bước tiếp theo khi " + level.vietnamese() + " đánh giá sản phẩm đạt "
                + stars + " sao (" + score + " điểm) theo " + variant.instrument() + ".";
        String en = "The sources do not say what happens when the " + level.english() + " level ranks a product "
                + stars + " stars (mean total " + score + ") under " + variant.instrument() + " [GAP].";
        return new EvaluationOutcome(OutcomeKind.NOT_PROVIDED_FOR, variant, level, Optional.empty(), a.decider(),
                OptionalInt.empty(), vi, en, gapCitations(variant), applied);
    }

    /**
     * The band of an exact total (no rounding through {@code double}: 89.99999999999999999 is 4 stars).
     *
     * @param meanTotal a total, 0..100
     * @return the stars of its points band (30/50/70/90)
     */
    public static int bandStars(java.math.BigDecimal meanTotal) {
        for (int b = 4; b >= 1; b--) {
            if (meanTotal.compareTo(java.math.BigDecimal.valueOf(10L + 20L * b)) >= 0) {
                return b + 1;
            }
        }
        return 1;
    }

    /**
     * The star band of a mean total: half-open bands starting at 30, 50, 70 and 90 (QĐ 26/2026 Điều 3 khoản 3;
     * the same thresholds in 148 and 1048).
     * @param meanTotal the council's mean total score, 0 to 100
     * @return the stars of the band, 0 below 30
     */
    public static int bandStars(double meanTotal) {
        if (meanTotal >= 90) {
            return 5;
        }
        if (meanTotal >= 70) {
            return 4;
        }
        if (meanTotal >= 50) {
            return 3;
        }
        return meanTotal >= 30 ? 2 : 1;
    }

    private Decider nextBody(EvaluationLevel next) {
        if (next == EvaluationLevel.CENTRAL) {
            return variant == ProcessVariant.QD_1048_2019 || variant == ProcessVariant.QD_148_2023_ORIGINAL
                    ? Decider.MARD : Decider.MAE;
        }
        return Decider.PROVINCIAL_COMMITTEE;
    }

    private static List<String> gapCitations(ProcessVariant variant) {
        switch (variant) {
            case QD_148_2023_ORIGINAL:
            case QD_148_2023_AMENDED_1489:
                return List.of("notes 148 §2.1, §7 item 3 [GAP]");
            case QD_1048_2019:
                return List.of("notes 1048 §3.3, §10 [GAP]");
            default:
                return List.of(QD26 + "Điều 4, Điều 7 [GAP]");
        }
    }

    private static void requireStars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1 to 5, not " + stars);
        }
    }

    private static LevelAuthority row(EvaluationLevel level, Decider decider, Set<Integer> stars,
            EvaluationLevel forwardsTo, Double threshold, List<String> certify, List<String> forward,
            String evidence) {
        return new LevelAuthority(level, decider, stars, Optional.ofNullable(forwardsTo),
                threshold == null ? OptionalDouble.empty() : OptionalDouble.of(threshold), certify, forward, evidence);
    }

    private static List<LevelAuthority> table(ProcessVariant variant) {
        switch (variant) {
            case QD_1048_2019:
                return List.of(
                        row(EvaluationLevel.DISTRICT, Decider.DISTRICT_COMMITTEE, Set.of(), EvaluationLevel.PROVINCE,
                                50.0, List.of(), List.of("QĐ 1048/QĐ-TTg Phụ lục II, cấp huyện" + N1048), "[V-LEGAL]"),
                        row(EvaluationLevel.PROVINCE, Decider.PROVINCIAL_COMMITTEE, Set.of(3, 4),
                                EvaluationLevel.CENTRAL, 90.0, List.of("QĐ 1048/QĐ-TTg Phụ lục II, cấp tỉnh" + N1048),
                                List.of("QĐ 1048/QĐ-TTg Phụ lục II, cấp tỉnh" + N1048), "[V-LEGAL]"),
                        row(EvaluationLevel.CENTRAL, Decider.MARD, Set.of(5), null, null,
                                List.of("QĐ 1048/QĐ-TTg Phụ lục II, cấp Trung ương" + N1048), List.of(), "[V-LEGAL]"));
            case QD_148_2023_ORIGINAL:
                return List.of(
                        row(EvaluationLevel.DISTRICT, Decider.DISTRICT_COMMITTEE, Set.of(3), EvaluationLevel.PROVINCE,
                                70.0, List.of("QĐ 148/QĐ-TTg Phụ lục II, cấp huyện" + N148),
                                List.of("QĐ 148/QĐ-TTg Phụ lục II, cấp huyện" + N148), "[V2]"),
                        row(EvaluationLevel.PROVINCE, Decider.PROVINCIAL_COMMITTEE, Set.of(4), EvaluationLevel.CENTRAL,
                                90.0, List.of("QĐ 148/QĐ-TTg Phụ lục II, cấp tỉnh" + N148),
                                List.of("QĐ 148/QĐ-TTg Phụ lục II, cấp tỉnh (threshold 90 inferred, notes 148 §2.1)"
                                        + " [I]"), "[V2]; forwarding threshold [I]"),
                        row(EvaluationLevel.CENTRAL, Decider.MARD, Set.of(5), null, null,
                                List.of("QĐ 148/QĐ-TTg Phụ lục II, cấp trung ương" + N148), List.of(), "[V2]"));
            case QD_148_2023_AMENDED_1489:
                return List.of(
                        row(EvaluationLevel.COMMUNE, Decider.COMMUNE_COMMITTEE, Set.of(), EvaluationLevel.PROVINCE,
                                null, List.of(), List.of("QĐ 1489/QĐ-TTg sửa đổi Phụ lục II QĐ 148 (notes 148 §0, §5.2)"
                                        + " [V2]"), "[V2]"),
                        row(EvaluationLevel.PROVINCE, Decider.PROVINCIAL_COMMITTEE, Set.of(3, 4),
                                EvaluationLevel.CENTRAL, 90.0,
                                List.of("QĐ 1489/QĐ-TTg sửa đổi Phụ lục II QĐ 148 (notes 148 §0, §5.2) [V2]"),
                                List.of("QĐ 1489/QĐ-TTg sửa đổi Phụ lục II QĐ 148 (notes 148 §2.1) [V2]"), "[V2]"),
                        row(EvaluationLevel.CENTRAL, Decider.MAE, Set.of(5), null, null,
                                List.of("QĐ 1489/QĐ-TTg sửa đổi Phụ lục II QĐ 148 (notes 148 §5.2) [V2]"), List.of(),
                                "[V2]"));
            default:
                return List.of(
                        row(EvaluationLevel.COMMUNE, Decider.COMMUNE_COMMITTEE, Set.of(), EvaluationLevel.PROVINCE,
                                null, List.of(), List.of(QD26 + "Điều 7 khoản 2", QD26 + "Điều 6 khoản 2"), "[V1]"),
                        row(EvaluationLevel.PROVINCE, Decider.PROVINCIAL_CHAIR, Set.of(3, 4), EvaluationLevel.CENTRAL,
                                90.0, List.of(QD26 + "Điều 4 khoản 1 điểm a", QD26 + "Điều 7 khoản 3 điểm e"),
                                List.of(QD26 + "Điều 7 khoản 3 điểm e đoạn 2", QD26 + "Điều 6 khoản 3"), "[V1]"),
                        row(EvaluationLevel.CENTRAL, Decider.MAE_MINISTER, Set.of(5), null, null,
                                List.of(QD26 + "Điều 4 khoản 1 điểm b", QD26 + "Điều 7 khoản 4 điểm e"), List.of(),
                                "[V1]"));
        }
    }
}
