package io.github.ocop.core.process;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate of an OCOP product's star rank (giấy chứng nhận kết quả phân hạng sản phẩm OCOP), issued for 3,
 * 4 or 5 stars and valid 36 months from the day it is issued (QĐ 26/2026 Điều 4 khoản 3; the same in 148 and
 * 1048).
 *
 * <p>The last valid day follows {@link ProcessInterpretations#CERTIFICATE_VALID_THROUGH_ANNIVERSARY} unless a
 * {@link ValidityConvention} is given. Immutable and thread-safe.
 *
 * @param product the product's name, not blank
 * @param stars the certified rank, 3 to 5
 * @param issuedOn the day the competent authority issued it, within the period its rule set is in force
 * @param ruleSetId the rule set it was issued under, e.g. {@code "qd-26-2026"}
 */
public record Certificate(String product, int stars, LocalDate issuedOn, String ruleSetId) {

    /** How long a certificate is valid, in months (QĐ 26/2026 Điều 4 khoản 3). */
    public static final int VALIDITY_MONTHS = 36;
    /** The earliest re-evaluation filing, in days before expiry (QĐ 26/2026 Điều 7 khoản 6 điểm a). */
    public static final int FILING_EARLIEST_DAYS_BEFORE_EXPIRY = 180;
    /** The latest re-evaluation filing, in days before expiry (QĐ 26/2026 Điều 7 khoản 6 điểm a). */
    public static final int FILING_LATEST_DAYS_BEFORE_EXPIRY = 120;
    /** The longest transitional extension after expiry, in days (QĐ 26/2026 Điều 12 khoản 3). */
    public static final int TRANSITIONAL_EXTENSION_DAYS = 180;
    /** The time limit for a re-evaluation, in days from a complete dossier (QĐ 26/2026 Điều 7 khoản 6 điểm g). */
    public static final int RE_EVALUATION_DAYS = 45;

    /**
     * Validates the certificate.
     *
     * @throws IllegalArgumentException for a blank product, stars outside 3-5, an unknown rule set or an issue
     *     date outside the period the rule set is in force
     *
     * @param product the product's name, not blank
     * @param stars the certified rank, 3 to 5
     * @param issuedOn the day the competent authority issued it, within the period its rule set is in force
     * @param ruleSetId the rule set it was issued under, e.g. {@code "qd-26-2026"}
     */
    public Certificate {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        if (product.isBlank()) {
            throw new IllegalArgumentException("product must not be blank");
        }
        if (stars < 3 || stars > 5) {
            throw new IllegalArgumentException("certificates are issued for 3 to 5 stars only (QĐ 26/2026 Điều 4"
                    + " khoản 1 điểm a, khoản 3), not " + stars);
        }
        ProcessRuleSets.requireInForce(ruleSetId, issuedOn, "issue date");
    }

    /**
     * {@return the last valid day, with {@link ValidityConvention#THROUGH_ANNIVERSARY}}
     *
     */
    public LocalDate validUntil() {
        return validUntil(ValidityConvention.THROUGH_ANNIVERSARY);
    }

    /**
     * {@return the last valid day under a given convention}
     *
     * @param convention how the last valid day is counted
     */
    public LocalDate validUntil(ValidityConvention convention) {
        Objects.requireNonNull(convention, "convention");
        return convention.lastValidDay(issuedOn, VALIDITY_MONTHS);
    }

    /**
     * {@return whether the certificate is valid on {@code date} (from its issue date to {@link #validUntil()})}
     *
     * @param date the date
     */
    public boolean isValidOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(issuedOn) && !date.isAfter(validUntil());
    }

    /**
     * The days on which the subject may file for re-evaluation (đánh giá, phân hạng lại): from 180 to 120 days
     * before the last valid day, both included (QĐ 26/2026 Điều 7 khoản 6 điểm a;
     * {@link ProcessInterpretations#FILING_WINDOW_INCLUSIVE}). This is the 26/2026 window; for a certificate
     * whose window closed before 22/05/2026 see {@link #transitionalExtension()}.
     * @return the filing window
     */
    public DateWindow reEvaluationFilingWindow() {
        return reEvaluationFilingWindow(ValidityConvention.THROUGH_ANNIVERSARY);
    }

    /**
     * The re-evaluation filing window when the last valid day follows {@code convention}.
     *
     * @param convention how the last valid day is counted
     * @return the filing window
     */
    public DateWindow reEvaluationFilingWindow(ValidityConvention convention) {
        LocalDate expiry = validUntil(convention);
        return new DateWindow(expiry.minusDays(FILING_EARLIEST_DAYS_BEFORE_EXPIRY),
                expiry.minusDays(FILING_LATEST_DAYS_BEFORE_EXPIRY));
    }

    /**
     * The transitional extension of QĐ 26/2026 Điều 12 khoản 3, if this certificate qualifies
     * ({@link ProcessInterpretations#TRANSITIONAL_EXTENSION_ELIGIBILITY}): the days after expiry during which it
     * stays valid until the authority decides on the re-evaluation, at most 180 days. The certificate stays valid
     * only until the authority's result if that comes earlier, and only while the product is re-evaluated.
     *
     * @return the window from the day after {@link #validUntil()} to 180 days after it, or empty
     */
    public Optional<DateWindow> transitionalExtension() {
        LocalDate start = ProcessRuleSets.firstDay(ProcessRuleSets.QD_26_2026);
        LocalDate expiry = validUntil();
        boolean stillValid = !expiry.isBefore(start);
        boolean windowClosedBefore = reEvaluationFilingWindow().last().isBefore(start);
        if (stillValid && windowClosedBefore) {
            return Optional.of(new DateWindow(expiry.plusDays(1), expiry.plusDays(TRANSITIONAL_EXTENSION_DAYS)));
        }
        return Optional.empty();
    }

    /**
     * The last day for deciding a re-evaluation: 45 days from the day the complete dossier was received from the
     * commune or province, the start day not counted (QĐ 26/2026 Điều 7 khoản 6 điểm g).
     *
     * @param completeDossierOn the day the complete dossier was received
     * @return the last day for the decision
     * @throws IllegalArgumentException if {@code completeDossierOn} is before 26/2026 took effect
     */
    public static LocalDate reEvaluationDecisionDue(LocalDate completeDossierOn) {
        ProcessRuleSets.requireInForce(ProcessRuleSets.QD_26_2026, completeDossierOn, "dossier date");
        return completeDossierOn.plusDays(RE_EVALUATION_DAYS);
    }
}
