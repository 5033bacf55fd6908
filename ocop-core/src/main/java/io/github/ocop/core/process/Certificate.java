package io.github.ocop.core.process;

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
 * <p>The last valid day follows {@link ValidityConvention#THROUGH_ANNIVERSARY} (interpretation
 * {@code certificate-valid-through-anniversary}) unless a convention is given. Immutable and thread-safe.
 *
 * @param product the product's name, not blank
 * @param stars the certified rank, one the rule set certifies
 * @param issuedOn the day the competent authority issued it, within the period its rule set is in force
 * @param ruleSetId the id of the rule set it was issued under
 * @param rules the certificate rules of that rule set
 */
public record Certificate(String product, int stars, LocalDate issuedOn, String ruleSetId, CertificateRules rules) {

    /**
     * Validates the certificate.
     *
     * @param product the product's name, not blank
     * @param stars the certified rank, one the rules certify
     * @param issuedOn the issue date
     * @param ruleSetId the rule set it was issued under
     * @param rules the certificate rules of that rule set
     * @throws IllegalArgumentException for a blank product or a rank the rules do not certify
     */
    public Certificate {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(rules, "rules");
        if (product.isBlank()) {
            throw new IllegalArgumentException("product must not be blank");
        }
        if (!rules.stars().contains(stars)) {
            throw new IllegalArgumentException("under " + ruleSetId + " certificates are issued for "
                    + rules.stars().stream().sorted().toList() + " stars only (" + String.join("; ", rules.citations())
                    + "), not " + stars);
        }
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
        CertificateRules rules = ruleSet.process().certificate().orElseThrow(() -> new IllegalArgumentException(
                "rule set " + ruleSet.id() + " states no certificate rules (process.certificate)"));
        ruleSet.requireInForce(issuedOn, "issue date");
        return new Certificate(product, stars, issuedOn, ruleSet.id(), rules);
    }

    /** {@return the last valid day, with {@link ValidityConvention#THROUGH_ANNIVERSARY}} */
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
        return convention.lastValidDay(issuedOn, rules.validityMonths());
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
        Objects.requireNonNull(successor, "successor");
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
        if (stillValid && windowClosedBefore) {
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
        ruleSet.requireInForce(completeDossierOn, "dossier date");
        int days = ruleSet.process().certificate().flatMap(c -> c.reEvaluationDecisionDays().isPresent()
                ? Optional.of(c.reEvaluationDecisionDays().getAsInt()) : Optional.empty())
                .orElseThrow(() -> new IllegalArgumentException("rule set " + ruleSet.id()
                        + " sets no time limit for deciding a re-evaluation"));
        return completeDossierOn.plusDays(days);
    }
}
