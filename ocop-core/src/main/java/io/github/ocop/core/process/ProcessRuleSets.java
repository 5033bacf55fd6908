package io.github.ocop.core.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule set ids the process model knows and the days each rule set is in force (hiệu lực).
 *
 * <ul>
 *   <li>{@code "qd-1048-2019"}: QĐ 1048/QĐ-TTg (amended by QĐ 781/QĐ-TTg), 2019-08-21 to 2023-02-23.</li>
 *   <li>{@code "qd-148-2023"}: QĐ 148/QĐ-TTg (process amended by QĐ 1489/QĐ-TTg from 2025-07-06), from
 *       2023-02-24 to 2026-07-21 ({@link ProcessInterpretations#QD148_LAST_DAY}).</li>
 *   <li>{@code "qd-26-2026"}: QĐ 26/2026/QĐ-TTg, from 2026-05-22 (Điều 11 khoản 1), open-ended.</li>
 * </ul>
 *
 * <p>This class has no instances and is thread-safe.
 */
public final class ProcessRuleSets {

    /** QĐ 1048/QĐ-TTg of 21/08/2019, amended by QĐ 781/QĐ-TTg of 08/06/2020. */
    public static final String QD_1048_2019 = "qd-1048-2019";
    /** QĐ 148/QĐ-TTg of 24/02/2023, process amended by QĐ 1489/QĐ-TTg of 06/07/2025. */
    public static final String QD_148_2023 = "qd-148-2023";
    /** QĐ 26/2026/QĐ-TTg of 22/05/2026. */
    public static final String QD_26_2026 = "qd-26-2026";

    private static final List<String> IDS = List.of(QD_1048_2019, QD_148_2023, QD_26_2026);

    private ProcessRuleSets() {
    }

    /** {@return the known rule set ids, oldest first} */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Returns {@code ruleSetId} if it is known.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @return {@code ruleSetId}
     * @throws IllegalArgumentException naming the value and the accepted ids
     */
    public static String requireKnown(String ruleSetId) {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        if (!IDS.contains(ruleSetId)) {
            throw new IllegalArgumentException("unknown rule set id '" + ruleSetId + "'; accepted values: " + IDS);
        }
        return ruleSetId;
    }

    /**
     * {@return the first day the rule set is in force}
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     */
    public static LocalDate firstDay(String ruleSetId) {
        switch (requireKnown(ruleSetId)) {
            case QD_1048_2019:
                return LocalDate.of(2019, 8, 21);
            case QD_148_2023:
                return LocalDate.of(2023, 2, 24);
            default:
                return LocalDate.of(2026, 5, 22);
        }
    }

    /**
     * {@return the last day the rule set is in force, or empty while no successor ends it}
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     */
    public static Optional<LocalDate> lastDay(String ruleSetId) {
        switch (requireKnown(ruleSetId)) {
            case QD_1048_2019:
                return Optional.of(LocalDate.of(2023, 2, 23));
            case QD_148_2023:
                return Optional.of(LocalDate.of(2026, 7, 21));
            default:
                return Optional.empty();
        }
    }

    /**
     * {@return whether the rule set is in force on {@code date}}
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param date the date
     */
    public static boolean isInForce(String ruleSetId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(firstDay(ruleSetId)) && lastDay(ruleSetId).map(l -> !date.isAfter(l)).orElse(true);
    }

    /**
     * Returns {@code date} if the rule set is in force on it.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param date the date
     * @param what what the date is, for the message (e.g. {@code "issue date"})
     * @return {@code date}
     * @throws IllegalArgumentException naming the rule set, the date and the period it is in force
     */
    public static LocalDate requireInForce(String ruleSetId, LocalDate date, String what) {
        Objects.requireNonNull(what, "what");
        if (!isInForce(ruleSetId, date)) {
            throw new IllegalArgumentException("rule set " + ruleSetId + " is in force " + describePeriod(ruleSetId)
                    + "; the " + what + " " + date + " is outside it");
        }
        return date;
    }

    /**
     * {@return the period in force as text, e.g. {@code "from 2026-05-22"} or {@code "from 2019-08-21 to 2023-02-23"}}
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     */
    public static String describePeriod(String ruleSetId) {
        return "from " + firstDay(ruleSetId) + lastDay(ruleSetId).map(l -> " to " + l).orElse("");
    }

    /**
     * {@return the rule set ids in force on {@code date} (two during the 26/2026 transition), oldest first}
     *
     * @param date the date
     */
    public static List<String> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return IDS.stream().filter(id -> isInForce(id, date)).toList();
    }
}
