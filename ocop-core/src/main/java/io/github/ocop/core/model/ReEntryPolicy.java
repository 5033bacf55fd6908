package io.github.ocop.core.model;

/**
 * When a product that failed evaluation may enter evaluation again (tham gia đánh giá lại sau khi không đạt), as a
 * rule set's process version states it ({@code process.versions[].reEntry}).
 *
 * <p>Immutable and thread-safe.
 */
public enum ReEntryPolicy {
    /** Only in a calendar year after the failure. */
    NEXT_CALENDAR_YEAR,
    /**
     * From the next statutory round: on or after the day before which the round of the failure is held (the
     * process version's {@code rounds} of the first level that has rounds, e.g. the two provincial rounds a year of
     * QĐ 26/2026 Điều 5 khoản 1).
     */
    NEXT_STATUTORY_ROUND,
    /** On any day not before the failure. */
    ANY_LATER_DATE
}
