package io.github.ocop.core.process;

import java.util.List;
import java.util.Objects;

/**
 * The catalogue of every {@link Interpretation} the process model applies (các cách hiểu được áp dụng).
 * Each constant says what the library does where the sources are silent or ambiguous, why, and on which
 * text it rests. Outcomes and errors name the interpretation they apply by its id.
 *
 * <p>This class has no instances; its constants are immutable and thread-safe.
 */
public final class ProcessInterpretations {

    private ProcessInterpretations() {
    }

    /** "trước ngày X" means strictly before X. */
    public static final Interpretation BEFORE_IS_STRICT = new Interpretation(
            "before-is-strict",
            "\"trước ngày X\" (before day X) is read as strictly before X: a dossier proposed on 30/4 misses the"
                    + " round for dossiers proposed \"trước ngày 30 tháng 4\", and a round to be held \"trước ngày 30"
                    + " tháng 6\" must be held by 29/6 at the latest.",
            "\"trước\" is exclusive in ordinary Vietnamese legal drafting; inclusive limits are written \"đến ngày\""
                    + " or \"chậm nhất\".",
            "QĐ 26/2026 Điều 5 khoản 1, khoản 2 (source.txt line 51-54)");

    /** The certificate is valid up to and including the day 36 months after issue. */
    public static final Interpretation CERTIFICATE_VALID_THROUGH_ANNIVERSARY = new Interpretation(
            "certificate-valid-through-anniversary",
            "A certificate valid \"36 tháng kể từ ngày ... ban hành\" is valid up to and including the day given by"
                    + " LocalDate.plusMonths(36) from the issue date, i.e. the same day of the month 36 months later,"
                    + " clamped to the last day of a shorter month (31/05/2026 -> 31/05/2029; 29/02/2028 -> 28/02/2031)."
                    + " The alternative convention (the day before that) is available as"
                    + " ValidityConvention.DAY_BEFORE_ANNIVERSARY.",
            "The decision does not say how months are counted. The Vietnamese Civil Code 2015 (Điều 147-148, not in"
                    + " the reference folder) excludes the start day and ends a month-based period at the end of the"
                    + " corresponding day of the last month, or at the last day of that month when it has no such day;"
                    + " that is exactly plusMonths semantics with the end day included.",
            "QĐ 26/2026 Điều 4 khoản 3 (source.txt line 49); same 36 months in 1048 and 148 (notes 1048 §3.4,"
                    + " notes 148 §2.1)");

    /** The re-evaluation filing window includes both of its ends. */
    public static final Interpretation FILING_WINDOW_INCLUSIVE = new Interpretation(
            "filing-window-inclusive",
            "The re-evaluation filing window runs from the day 180 days before expiry to the day 120 days before"
                    + " expiry, both included, where expiry is the certificate's last valid day.",
            "\"không sớm hơn 180 ngày và không muộn hơn 120 ngày\" (not earlier than / not later than) admits both"
                    + " limits.",
            "QĐ 26/2026 Điều 7 khoản 6 điểm a (source.txt line 101)");

    /** Referral to the next level needs both the score threshold and the matching star rank. */
    public static final Interpretation REFERRAL_NEEDS_SCORE_AND_RANK = new Interpretation(
            "referral-needs-score-and-rank",
            "By default (ReferralBasis.SCORE_AND_RANK) a product is forwarded to the next level only when its mean"
                    + " total reaches the forwarding threshold AND its star rank (points band and star minima) is at"
                    + " least the rank of that threshold (90 -> 5 stars, 70 -> 4, 50 -> 3). ReferralBasis.SCORE_ONLY"
                    + " forwards on the mean total alone.",
            "26/2026 defines a potential 5-star product as \"đạt từ 90 trở lên\" but also makes the star marks"
                    + " minimum requirements for each star level; a product that fails the 5-star minima cannot reach"
                    + " 5 stars on the same dossier. The text does not settle the case of >= 90 points with unmet minima.",
            "QĐ 26/2026 Điều 7 khoản 3 điểm e đoạn 2 (source.txt line 85) and the note on star marks in every sheet"
                    + " of Phụ lục II; notes 148 §2.2");

    /** At the central level, a product not ranked 5 stars is treated like one below 90 points. */
    public static final Interpretation CENTRAL_NOT_FIVE_STARS_AS_BELOW_90 = new Interpretation(
            "central-not-five-stars-as-below-90",
            "Under 26/2026, when the central council's result is not 5 stars (below 90 points, or 90+ points with"
                    + " 5-star minima unmet), the case goes back to the province, whose chair may certify 3 or 4 stars"
                    + " on the central result or re-evaluate.",
            "The decision only speaks of \"sản phẩm không đạt 90 điểm\"; a product failing the 5-star minima is"
                    + " equally not certifiable as 5 stars and the same fallback is the only one the text offers.",
            "QĐ 26/2026 Điều 7 khoản 4 điểm g đoạn 2 (source.txt line 96)");

    /** Under 1048 and 148, 1-2 star results get no certificate. */
    public static final Interpretation NO_CERTIFICATE_BELOW_THREE_STARS_BEFORE_2026 = new Interpretation(
            "no-certificate-below-three-stars-before-2026",
            "Under 1048 and 148 a product ranked 1 or 2 stars gets no certificate and goes no further.",
            "Only 26/2026 says so expressly; the 1048 and 148 sources only ever mention certificates for 3-5 stars.",
            "notes 1048 §3.3 [INF]; notes 148 §2.1 [I]; QĐ 26/2026 Điều 4 khoản 1 điểm a");

    /** QĐ 148 (and 1489) ceases on 21/07/2026. */
    public static final Interpretation QD148_LAST_DAY = new Interpretation(
            "qd148-last-day",
            "QĐ 148/2023 and QĐ 1489/2025 are treated as in force up to and including 21/07/2026.",
            "They \"hết hiệu lực sau 60 ngày kể từ ngày Quyết định này có hiệu lực\" (22/05/2026); counting 60 days"
                    + " without the start day ends on 21/07/2026, which is also the last day of the 60-day deadline"
                    + " for finishing transitional first and upgrade evaluations (Điều 12 khoản 2 điểm a).",
            "QĐ 26/2026 Điều 11 khoản 2, Điều 12 khoản 2 (source.txt line 159-164); notes 148 §0");

    /** Both rule sets apply during the 26/2026 transition. */
    public static final Interpretation TRANSITION_OVERLAP = new Interpretation(
            "transition-overlap",
            "From 22/05/2026 to 21/07/2026 both qd-148-2023 and qd-26-2026 are in force; the library accepts"
                    + " either and leaves the choice (dossier filed before or after 22/05/2026) to the caller.",
            "Dossiers filed before 22/05/2026 continue under the 2021-2025 rules, new ones follow 26/2026.",
            "QĐ 26/2026 Điều 12 khoản 2 (source.txt line 162-164)");

    /** Who may use the Điều 12 khoản 3 extension. */
    public static final Interpretation TRANSITIONAL_EXTENSION_ELIGIBILITY = new Interpretation(
            "transitional-extension-eligibility",
            "A certificate qualifies for the Điều 12 khoản 3 extension when it is still valid on 22/05/2026 and the"
                    + " last day of its 180-120-day filing window falls before 22/05/2026 (the window had closed"
                    + " before the rule existed). The extension lasts until the authority decides, at the latest 180"
                    + " days after the expiry day.",
            "The clause sits in the transitional article and speaks of products whose filing time \"không đáp ứng"
                    + " được\" the window of Điều 7 khoản 6 điểm a; a product whose window is still open after"
                    + " 22/05/2026 can meet it. A certificate already expired before 22/05/2026 cannot \"tiếp tục có"
                    + " hiệu lực\".",
            "QĐ 26/2026 Điều 12 khoản 3 (source.txt line 165)");

    /** The revocation deadline is counted in calendar days. */
    public static final Interpretation REVOCATION_DEADLINE_CALENDAR_DAYS = new Interpretation(
            "revocation-deadline-calendar-days",
            "The 15-day revocation time limit is counted in calendar days, from the day after the conclusion (or the"
                    + " commune's confirmation): the last day is conclusion date + 15 days.",
            "The same decision writes \"15 ngày làm việc\" where it means working days (Điều 7 khoản 2) and plain"
                    + " \"15 ngày\" here; the start day is not counted, as for the certificate's months.",
            "QĐ 26/2026 Điều 8 khoản 4 (source.txt line 126)");

    /** Which calendar year the ministry's second round belongs to. */
    public static final Interpretation MINISTRY_ROUND_TWO_YEAR = new Interpretation(
            "ministry-round-two-year",
            "The ministry's \"đợt 02\" (held before 30/3 for dossiers proposed before 30/01) is identified by the"
                    + " calendar year in which it is held; a dossier proposed on or after 30/7 of year Y reaches"
                    + " đợt 02 of year Y+1.",
            "Điều 5 khoản 2 numbers the September round 01 and the March round 02 without saying whether round 02"
                    + " belongs to the same or the following programme year; dates are unambiguous, numbering is not.",
            "QĐ 26/2026 Điều 5 khoản 2 (source.txt line 53)");

    /** A rejected idea or plan goes back one stage. */
    public static final Interpretation REJECTION_GOES_BACK_ONE_STAGE = new Interpretation(
            "rejection-goes-back-one-stage",
            "A rejected product idea goes back to guidance (stage 1); a rejected business plan goes back to idea"
                    + " registration (stage 2). Both may then move forward again.",
            "The Quảng Ninh cycle chart lets rejected ideas and plans be resubmitted; the national text of the cycle"
                    + " was not read.",
            "notes 1048 §7.2 (steps 2 and 3) [PROV]");

    /** A product that fails evaluation re-enters evaluation in a later calendar year. */
    public static final Interpretation FAILED_PRODUCT_NEXT_YEAR = new Interpretation(
            "failed-product-next-year",
            "A product that fails evaluation goes back to implementing its plan and may enter evaluation again only"
                    + " in a later calendar year (JourneyPolicy.NEXT_CALENDAR_YEAR, the default); JourneyPolicy"
                    + " .ANY_LATER_DATE drops the year condition.",
            "The Quảng Ninh cycle chart routes failed products to \"Tham gia năm sau!\". 26/2026 holds at least two"
                    + " provincial rounds a year and does not forbid a second attempt in the same year, hence the"
                    + " alternative policy.",
            "notes 1048 §7.2 (state-machine notes) [PROV/INF]; QĐ 26/2026 Điều 5 khoản 1");

    /** Which stages a journey may start at. */
    public static final Interpretation JOURNEY_START_STAGES = new Interpretation(
            "journey-start-stages",
            "A product journey starts at guidance, at idea registration, or (for an existing product registered"
                    + " directly for evaluation, upgrade or re-evaluation) at evaluation.",
            "1048 registers existing products with Biểu số 02 next to new ideas (Biểu số 01); 26/2026 lets a subject"
                    + " file Mẫu số 01 for a first evaluation, an upgrade or a re-evaluation without earlier stages.",
            "notes 1048 §6.1, §7.2; QĐ 26/2026 Điều 6 khoản 1, Phụ lục III Mẫu số 01 item 4");

    /** The 1048 dossier list does not vary by evaluation kind. */
    public static final Interpretation DOSSIER_1048_SAME_FOR_ALL_KINDS = new Interpretation(
            "dossier-1048-same-for-all-kinds",
            "Under 1048 the same registration dossier is required for a first evaluation, an upgrade and a"
                    + " re-evaluation.",
            "The published 1048 lists do not distinguish them; the registration form only ticks \"Lần đầu / Nâng"
                    + " hạng / Đánh giá lại\".",
            "notes 1048 §6.1 [V-LEGAL, PROV]");

    /** Samples go with the commune's proposal, not the subject's filing at the commune. */
    public static final Interpretation SAMPLES_WITH_PROPOSAL = new Interpretation(
            "samples-with-proposal",
            "Under 26/2026 the five product samples are required in the dossier the province receives (from the"
                    + " commune) and the one the ministry receives, not in the subject's product dossier filed at the"
                    + " commune.",
            "Điều 6 khoản 1 lists only Mẫu số 01 and 02 for the subject; samples appear in khoản 2 điểm d and"
                    + " khoản 3.",
            "QĐ 26/2026 Điều 6 khoản 1-3 (source.txt line 55-67)");

    /** Revocation follows the rules in force when the violation is concluded. */
    public static final Interpretation REVOCATION_UNDER_26_2026 = new Interpretation(
            "revocation-under-26-2026",
            "Revocation grounds, authority and time limit are those of 26/2026 Điều 8, for any certificate (also one"
                    + " issued under 148 or 1048) whose revocation ground is concluded on or after 22/05/2026; earlier"
                    + " conclusions are rejected because the sources hold no revocation article of 1048 or 148.",
            "Điều 12 khoản 1 keeps earlier certificates valid until their expiry but does not keep the earlier"
                    + " revocation rules; the notes found no revocation article for 1048 or 148, only practice.",
            "QĐ 26/2026 Điều 8, Điều 12 khoản 1 (source.txt line 111-126, 161); notes 148 §2.3 [V2 practice]");

    /** Star bands are half-open. */
    public static final Interpretation HALF_OPEN_STAR_BANDS = new Interpretation(
            "half-open-star-bands",
            "Points bands are half-open [min, nextMin): 30, 50, 70 and 90 start the 2-, 3-, 4- and 5-star bands. A"
                    + " star rank passed in must not exceed the band of the mean total (minima may only lower it).",
            "26/2026 and 148 write \"từ ... đến dưới ...\"; 1048 writes integer ranges (70-89) that leave fractions"
                    + " open, and national 1048 results rank 90.00 as 5 stars.",
            "QĐ 26/2026 Điều 3 khoản 3 (source.txt line 38-43); notes 1048 §3.2; notes 148 §2.1");

    /** {@return every interpretation above, in declaration order} */
    public static List<Interpretation> all() {
        return List.of(BEFORE_IS_STRICT, CERTIFICATE_VALID_THROUGH_ANNIVERSARY, FILING_WINDOW_INCLUSIVE,
                REFERRAL_NEEDS_SCORE_AND_RANK, CENTRAL_NOT_FIVE_STARS_AS_BELOW_90,
                NO_CERTIFICATE_BELOW_THREE_STARS_BEFORE_2026, QD148_LAST_DAY, TRANSITION_OVERLAP,
                TRANSITIONAL_EXTENSION_ELIGIBILITY, REVOCATION_DEADLINE_CALENDAR_DAYS, MINISTRY_ROUND_TWO_YEAR,
                REJECTION_GOES_BACK_ONE_STAGE, FAILED_PRODUCT_NEXT_YEAR, JOURNEY_START_STAGES,
                DOSSIER_1048_SAME_FOR_ALL_KINDS, SAMPLES_WITH_PROPOSAL, REVOCATION_UNDER_26_2026,
                HALF_OPEN_STAR_BANDS);
    }

    /**
     * The interpretation with the given id.
     *
     * @param id the interpretation id
     * @return the interpretation
     * @throws IllegalArgumentException if no interpretation has that id; the message lists the known ids
     */
    public static Interpretation byId(String id) {
        Objects.requireNonNull(id, "id");
        for (Interpretation i : all()) {
            if (i.id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown interpretation id '" + id + "'; known ids: "
                + all().stream().map(Interpretation::id).toList());
    }
}
