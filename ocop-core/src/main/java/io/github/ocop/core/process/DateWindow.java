package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of calendar days, both ends included (khoảng thời gian), e.g. the re-evaluation filing
 * window of a certificate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param first the first day of the window (included)
 * @param last the last day of the window (included); not before {@code first}
 */
public record DateWindow(LocalDate first, LocalDate last) {

    /**
     * Validates the window: both ends present and {@code first <= last}.
     *
     * @param first the first day of the window (included)
     * @param last the last day of the window (included); not before {@code first}
     */
    public DateWindow {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw CoreMessages.refusal("process.windowReversed", last, first);
        }
    }

    /**
     * {@return whether {@code date} lies in the window, both ends included}
     *
     * @param date the date
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** {@return the number of days in the window, both ends counted (a one-day window has length 1)} */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    @Override
    public String toString() {
        return "[" + first + " .. " + last + "]";
    }
}
