package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.InForce;
import io.github.ocop.core.model.CertificateRules;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.Transition;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate of an OCOP product's star rank (giấy chứng nhận kết quả phân hạng sản phẩm OCOP), with the
 * certificate rules of the rule set it was issued under ({@code process.certificate}: the ranks certified and the
 * months of validity, e.g. 36 under QĐ 26/2026 Điều 4 khoản 3).
 *
 * <p>The last valid day is the one printed on the recognition decision when it is given
 * ({@link #withPrintedLastDay}: a certificate stays valid "đến hết thời hạn theo quyết định công nhận"); otherwise it is computed with {@link ValidityConvention#THROUGH_ANNIVERSARY}
 * (interpretation {@code certificate-valid-through-anniversary}) unless a convention is given. Immutable and
 * thread-safe.
 *
 * @param product the product's name, not blank
 * @param stars the certified rank, one the rule set certifies
 * @param issuedOn the day the competent authority issued it, within the period its rule set is in force
 * @param ruleSetId the id of the rule set it was issued under
 * @param rules the certificate rules of that rule set
 * @param printedLastDay the last valid day as printed on the recognition decision, if known; it governs instead
 *     of the computed one
 */
public record Certificate(String product, int stars, LocalDate issuedOn, String ruleSetId, CertificateRules rules,
        Optional<LocalDate> printedLastDay) {

    /**
     * Validates the certificate.
     *
     * @param product the product's name, not blank
     * @param stars the certified rank, one the rules certify
     * @param issuedOn the issue date
     * @param ruleSetId the rule set it was issued under
     * @param rules the certificate rules of that rule set
     * @param printedLastDay the last valid day printed on the recognition decision, or empty
     * @throws IllegalArgumentException for a blank product, a rank the rules do not certify or a printed last day
     *     before the issue date
     */
    public Certificate {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(printedLastDay, "printedLastDay");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(rules, "rules");
        if (product.isBlank()) {
            throw CoreMessages.refusal("model.blank", "product");
        }
        if (!rules.stars().contains(stars)) {
            throw CoreMessages.refusal("process.certificateStars", ruleSetId, rules.stars().stream().sorted().toList(), String.join("; ", rules.citations()), stars);
        }
        if (printedLastDay.isPresent() && printedLastDay.get().isBefore(issuedOn)) {
            throw CoreMessages.refusal("process.printedLastDay", printedLastDay.get(), issuedOn);
        }
    }

    /**
     * A certificate whose last day is computed from the rule set's months of validity.
     *
     * @param product the product's name, not blank
     * @param stars the certified rank, one the rules certify
     * @param issuedOn the issue date
     * @param ruleSetId the rule set it was issued under
     * @param rules the certificate rules of that rule set
     */
    public Certificate(String product, int stars, LocalDate issuedOn, String ruleSetId, CertificateRules rules) {
        this(product, stars, issuedOn, ruleSetId, rules, Optional.empty());
    }

    /**
     * This certificate with the last valid day printed on its recognition decision (a certificate stays valid
     * "đến hết thời hạn theo quyết định công nhận"); that day then governs
     * {@link #validUntil}, the re-evaluation filing window and the transitional extension instead of the computed
     * one.
     *
     * @param lastDay the last valid day as printed, not before the issue date
     * @return the certificate with that last day
     * @throws IllegalArgumentException if {@code lastDay} is before the issue date
     */
    public Certificate withPrintedLastDay(LocalDate lastDay) {
        Objects.requireNonNull(lastDay, "lastDay");
        return new Certificate(product, stars, issuedOn, ruleSetId, rules, Optional.of(lastDay));
    }

    /** {@return the last valid day computed from the months of validity, ignoring a printed one} */
    public LocalDate computedLastDay() {
        return ValidityConvention.THROUGH_ANNIVERSARY.lastValidDay(issuedOn, rules.validityMonths());
    }

    /**
     * A certificate issued under a rule set, checked against the period the rule set is in force.
     *
     * @param ruleSet the rule set it was issued under
     * @param product the product's name, not blank
     * @param stars the certified rank
     * @param issuedOn the issue date, within the period the rule set is in force
     * @return the certificate
     * @throws IllegalArgumentException if the rule set states no certificate rules, the rank is not certified or
     *     the date is outside the period the rule set is in force
     */
    public static Certificate issue(RuleSet ruleSet, String product, int stars, LocalDate issuedOn) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(issuedOn, "issuedOn");
        CertificateRules rules = ruleSet.process().certificate().orElseThrow(() -> CoreMessages.refusal(
                "process.noCertificateRules", ruleSet.id()));
        InForce.require(ruleSet, issuedOn, CoreMessages.of("date.issue"));
        return new Certificate(product, stars, issuedOn, ruleSet.id(), rules);
    }

    /**
     * {@return the last valid day: the printed one if given, else computed with
     * {@link ValidityConvention#THROUGH_ANNIVERSARY}}
     */
    public LocalDate validUntil() {
        return validUntil(ValidityConvention.THROUGH_ANNIVERSARY);
    }

    /**
     * {@return the last valid day: the printed one if given (it governs under any convention), else computed under
     * {@code convention}}
     *
     * @param convention how the last valid day is counted when none is printed
     */
    public LocalDate validUntil(ValidityConvention convention) {
        Objects.requireNonNull(convention, "convention");
        return printedLastDay.orElseGet(() -> convention.lastValidDay(issuedOn, rules.validityMonths()));
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
     * The days on which the subject may file for re-evaluation under the certificate's own rules: from the window's
     * first to its last day before the last valid day, both included.
     *
     * @return the filing window, or empty if the rule set states none
     */
    public Optional<DateWindow> reEvaluationFilingWindow() {
        return reEvaluationFilingWindow(rules, ValidityConvention.THROUGH_ANNIVERSARY);
    }

    /**
     * The re-evaluation filing window under the certificate rules that govern the filing (those in force when the
     * subject files, e.g. QĐ 26/2026 for a certificate of QĐ 148 expiring after 22/05/2026).
     *
     * @param governing the certificate rules governing the filing
     * @param convention how the last valid day is counted
     * @return the filing window, or empty if those rules state none
     */
    public Optional<DateWindow> reEvaluationFilingWindow(CertificateRules governing, ValidityConvention convention) {
        Objects.requireNonNull(governing, "governing");
        LocalDate expiry = validUntil(convention);
        return governing.reEvaluationWindow().map(w -> new DateWindow(expiry.minusDays(w.fromDaysBeforeExpiry()),
                expiry.minusDays(w.toDaysBeforeExpiry())));
    }

    /**
     * The re-evaluation filing window under the rules in force when it opens: of the given rule sets, newest first,
     * the first whose certificate rules set a window that opens on a day the rule set is in force (e.g. the 180-120-day window
     * of QĐ 26/2026 for a QĐ 148 certificate expiring in 2027).
     *
     * @param ruleSets the rule sets to consider (e.g. every one of a registry)
     * @return the window, or empty if no rule set in force at its opening sets one
     */
    public Optional<DateWindow> reEvaluationFilingWindow(java.util.Collection<RuleSet> ruleSets) {
        return filingRules(ruleSets).flatMap(r -> reEvaluationFilingWindow(r.process().certificate().orElseThrow(),
                ValidityConvention.THROUGH_ANNIVERSARY));
    }

    /**
     * The rule set whose filing window governs this certificate's re-evaluation: of the given rule sets, newest
     * first, the first whose certificate rules set a window that opens on a day the rule set is in force (a successor
     * governs from its first day even while its predecessor's file states no end).
     *
     * @param ruleSets the rule sets to consider
     * @return that rule set, or empty
     */
    public Optional<RuleSet> filingRules(java.util.Collection<RuleSet> ruleSets) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        return ruleSets.stream()
                .sorted(java.util.Comparator.comparing((RuleSet r) -> r.instrument().effectiveFrom()).reversed())
                .filter(r -> r.process().certificate()
                        .flatMap(c -> reEvaluationFilingWindow(c, ValidityConvention.THROUGH_ANNIVERSARY))
                        .filter(w -> r.instrument().isInForceOn(w.first())).isPresent())
                .findFirst();
    }

    /**
     * The transitional extension a successor rule set grants this certificate, if it qualifies (interpretation
     * {@code transitional-extension-eligibility}): the certificate is still valid on the successor's first day and
     * the successor's filing window for it closed before that day. The extension runs from the day after
     * {@link #validUntil()} for the successor's {@link Transition#extensionDays()}; the certificate stays valid only
     * until the authority's result if that comes earlier, and only while the product is re-evaluated.
     *
     * @param successor the rule set that replaced the one the certificate was issued under
     * @return the extension window, or empty
     */
    public Optional<DateWindow> transitionalExtension(RuleSet successor) {
        return transitionalExtension(successor, ExtensionReading.NARROW, Optional.empty());
    }

    /**
     * The transitional extension a successor rule set grants this certificate under a reading of its extension
     * clause ({@code process.transition.extensionCitation}; see {@link ExtensionReading}). Under {@link ExtensionReading#NARROW} the filing day
     * is not needed; under {@link ExtensionReading#BROAD} a certificate expiring on or after the successor's first
     * day whose window had not closed before that day qualifies when the dossier was filed after the window's last
     * day ({@code filedOn}); without a filing day it qualifies as under the narrow reading.
     *
     * @param successor the rule set that replaced the one the certificate was issued under
     * @param reading the reading of the clause
     * @param filedOn the day the re-evaluation dossier was filed, if known
     * @return the extension window, or empty
     */
    public Optional<DateWindow> transitionalExtension(RuleSet successor, ExtensionReading reading,
            Optional<LocalDate> filedOn) {
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(filedOn, "filedOn");
        Optional<Transition> t = successor.process().transition();
        Optional<CertificateRules> rulesThen = successor.process().certificate();
        if (t.isEmpty() || t.get().extensionDays().isEmpty() || rulesThen.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = successor.instrument().effectiveFrom();
        LocalDate expiry = validUntil();
        Optional<DateWindow> window = reEvaluationFilingWindow(rulesThen.get(), ValidityConvention.THROUGH_ANNIVERSARY);
        boolean stillValid = !expiry.isBefore(start);
        boolean windowClosedBefore = window.map(w -> w.last().isBefore(start)).orElse(false);
        boolean filedLate = reading == ExtensionReading.BROAD && window.isPresent() && filedOn.isPresent()
                && filedOn.get().isAfter(window.get().last());
        if (stillValid && (windowClosedBefore || filedLate)) {
            return Optional.of(new DateWindow(expiry.plusDays(1), expiry.plusDays(t.get().extensionDays().getAsInt())));
        }
        return Optional.empty();
    }

    /**
     * The last day for deciding a re-evaluation under a rule set: the rule set's days from the day the complete
     * dossier was received, the start day not counted (e.g. 45 days, QĐ 26/2026 Điều 7 khoản 6 điểm g).
     *
     * @param ruleSet the rule set governing the re-evaluation
     * @param completeDossierOn the day the complete dossier was received, within the period the rule set is in force
     * @return the last day for the decision
     * @throws IllegalArgumentException if the rule set sets no such time limit or is not in force on that day
     */
    public static LocalDate reEvaluationDecisionDue(RuleSet ruleSet, LocalDate completeDossierOn) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        InForce.require(ruleSet, completeDossierOn, CoreMessages.of("date.dossier"));
        int days = ruleSet.process().certificate().flatMap(c -> c.reEvaluationDecisionDays().isPresent()
                ? Optional.of(c.reEvaluationDecisionDays().getAsInt()) : Optional.empty())
                .orElseThrow(() -> CoreMessages.refusal("process.noDecisionDays", ruleSet.id()));
        return completeDossierOn.plusDays(days);
    }
}
