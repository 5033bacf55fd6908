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
    /** On any day not before the failure (for example the next statutory round). */
    ANY_LATER_DATE
}
