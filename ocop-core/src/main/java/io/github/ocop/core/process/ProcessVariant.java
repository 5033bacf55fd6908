package io.github.ocop.core.process;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of the evaluation process (quy trình) within a rule set. Rule set {@code "qd-148-2023"} has two:
 * the original 2023 process with a district level, and the process as amended by QĐ 1489/QĐ-TTg from
 * 06/07/2025 (district removed, commune checks the dossier, province certifies 3-4 stars).
 *
 * <p>Immutable and thread-safe.
 */
public enum ProcessVariant {
    /** QĐ 1048/2019 (+ 781/2020): district, province, central. */
    QD_1048_2019(ProcessRuleSets.QD_1048_2019, LocalDate.of(2019, 8, 21), LocalDate.of(2023, 2, 23),
            "QĐ 1048/QĐ-TTg, Phụ lục II"),
    /** QĐ 148/2023 as signed: district certifies 3 stars, province 4, central 5. */
    QD_148_2023_ORIGINAL(ProcessRuleSets.QD_148_2023, LocalDate.of(2023, 2, 24), LocalDate.of(2025, 7, 5),
            "QĐ 148/QĐ-TTg, Phụ lục II"),
    /** QĐ 148/2023 as amended by QĐ 1489/2025: commune, province, central. */
    QD_148_2023_AMENDED_1489(ProcessRuleSets.QD_148_2023, LocalDate.of(2025, 7, 6), LocalDate.of(2026, 7, 21),
            "QĐ 148/QĐ-TTg, Phụ lục II sửa đổi bởi QĐ 1489/QĐ-TTg"),
    /** QĐ 26/2026: commune, province, central (Điều 4, 7). */
    QD_26_2026(ProcessRuleSets.QD_26_2026, LocalDate.of(2026, 5, 22), null, "QĐ 26/2026/QĐ-TTg");

    private final String ruleSetId;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final String instrument;

    ProcessVariant(String ruleSetId, LocalDate firstDay, LocalDate lastDay, String instrument) {
        this.ruleSetId = ruleSetId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.instrument = instrument;
    }

    /** {@return the rule set this process belongs to} */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** {@return the first day this process applies} */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** {@return the last day this process applies, or empty if open-ended} */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(lastDay);
    }

    /** {@return the legal instrument(s) the process text is in, used as a prefix of citations} */
    public String instrument() {
        return instrument;
    }

    /**
     * {@return whether this process applies on {@code date}}
     *
     * @param date the date
     */
    public boolean appliesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(firstDay) && (lastDay == null || !date.isAfter(lastDay));
    }

    /**
     * {@return the variants of a rule set, oldest first}
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     */
    public static List<ProcessVariant> of(String ruleSetId) {
        ProcessRuleSets.requireKnown(ruleSetId);
        return Arrays.stream(values()).filter(v -> v.ruleSetId.equals(ruleSetId)).toList();
    }

    /**
     * The process of {@code ruleSetId} that applies on {@code date}.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param date the date
     * @return the process
     * @throws IllegalArgumentException if the rule set is unknown or not in force on that date
     */
    public static ProcessVariant resolve(String ruleSetId, LocalDate date) {
        ProcessRuleSets.requireInForce(ruleSetId, date, "date");
        for (ProcessVariant v : of(ruleSetId)) {
            if (v.appliesOn(date)) {
                return v;
            }
        }
        throw new IllegalStateException("no process variant of " + ruleSetId + " covers " + date);
    }

    /**
     * The only process of {@code ruleSetId}.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @return the process
     * @throws IllegalArgumentException if the rule set has more than one process (qd-148-2023): pass a date
     */
    public static ProcessVariant single(String ruleSetId) {
        List<ProcessVariant> variants = of(ruleSetId);
        if (variants.size() != 1) {
            throw new IllegalArgumentException("rule set " + ruleSetId + " has " + variants.size()
                    + " process variants " + variants + " (QĐ 1489/QĐ-TTg amended the process from 2025-07-06);"
                    + " give the date of the evaluation or a ProcessVariant");
        }
        return variants.get(0);
    }
}
