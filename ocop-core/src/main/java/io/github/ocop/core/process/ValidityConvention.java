package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How the last valid day of a 36-month certificate is counted (cách tính ngày hết hạn). Both use
 * {@link LocalDate#plusMonths(long)}, which clamps to the last day of a shorter month. The default is
 * {@link #THROUGH_ANNIVERSARY}: see the interpretation {@code certificate-valid-through-anniversary}.
 *
 * <p>Immutable and thread-safe.
 */
public enum ValidityConvention {
    /** Valid up to and including issue date + 36 months (31/05/2026 -> 31/05/2029). The default. */
    THROUGH_ANNIVERSARY,
    /** Valid up to and including the day before issue date + 36 months (31/05/2026 -> 30/05/2029). */
    DAY_BEFORE_ANNIVERSARY;

    /**
     * {@return the last valid day of a certificate issued on {@code issuedOn} and valid {@code months} months}
     *
     * @param issuedOn the issue date
     * @param months the validity in months
     */
    public LocalDate lastValidDay(LocalDate issuedOn, int months) {
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (months <= 0) {
            throw CoreMessages.refusal("process.monthsPositive", months);
        }
        LocalDate anniversary = issuedOn.plusMonths(months);
        return this == THROUGH_ANNIVERSARY ? anniversary : anniversary.minusDays(1);
    }
}
