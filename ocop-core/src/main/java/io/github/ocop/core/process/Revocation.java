package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.InForce;
import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.RevocationGround;
import io.github.ocop.core.model.RevocationRules;
import io.github.ocop.core.model.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A case for revoking a certificate (thu hồi giấy chứng nhận): the certificate, the ground, the day the competent
 * body concluded the violation, and the revocation rules that govern it ({@code process.revocation} of the rule set
 * in force on that day, e.g. QĐ 26/2026 Điều 8, also for a certificate issued under an earlier decision:
 * interpretation {@code revocation-under-26-2026}). It tells who revokes and by when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param certificate the certificate to revoke
 * @param ground the ground, one of the governing rules' grounds
 * @param concludedOn the day of the conclusion or confirmation; not before the issue
 * @param ruleSetId the rule set whose revocation rules govern
 * @param rules those revocation rules
 */
public record Revocation(Certificate certificate, RevocationGround ground, LocalDate concludedOn, String ruleSetId,
        RevocationRules rules) {

    /**
     * Validates the case.
     *
     * @param certificate the certificate to revoke
     * @param ground the ground, one of {@code rules.grounds()}
     * @param concludedOn the day of the conclusion, not before the issue date
     * @param ruleSetId the rule set whose revocation rules govern
     * @param rules those revocation rules, with a decider for the certificate's rank
     * @throws IllegalArgumentException if the ground is not one of the rules', the conclusion is before the issue
     *     date, or no decider revokes the certificate's rank
     */
    public Revocation {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(concludedOn, "concludedOn");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(rules, "rules");
        if (!rules.grounds().contains(ground)) {
            throw CoreMessages.refusal("process.notRevocationGround", ground.point(), ruleSetId);
        }
        if (concludedOn.isBefore(certificate.issuedOn())) {
            throw CoreMessages.refusal("process.concludedBeforeIssue", concludedOn, certificate.issuedOn());
        }
        if (!rules.deciders().containsKey(certificate.stars())) {
            throw CoreMessages.refusal("process.noRevoker", ruleSetId, certificate.stars());
        }
    }

    /**
     * A revocation case governed by the rule set in force on the day of the conclusion.
     *
     * @param governing the rule set in force on {@code concludedOn}, with revocation rules
     * @param certificate the certificate to revoke
     * @param ground the ground's printed point letter ({@code "đ"}; {@code "dd"} is accepted for đ)
     * @param concludedOn the day of the conclusion
     * @return the case
     * @throws IllegalArgumentException if the rule set has no revocation rules, is not in force on
     *     {@code concludedOn}, or has no such ground (the message lists its grounds)
     */
    public static Revocation of(RuleSet governing, Certificate certificate, String ground, LocalDate concludedOn) {
        Objects.requireNonNull(governing, "governing");
        Objects.requireNonNull(ground, "ground");
        RevocationRules rules = governing.process().revocation().orElseThrow(() -> CoreMessages.refusal(
                "process.noRevocationRules", governing.id()));
        InForce.require(governing, concludedOn, CoreMessages.of("date.conclusion"));
        return new Revocation(certificate, ground(rules, ground), concludedOn, governing.id(), rules);
    }

    /**
     * The ground of a printed point letter.
     *
     * @param rules the revocation rules
     * @param point the point letter ({@code "đ"}; {@code "dd"} is accepted for đ)
     * @return the ground
     * @throws IllegalArgumentException naming the value and the accepted letters
     */
    public static RevocationGround ground(RevocationRules rules, String point) {
        Objects.requireNonNull(rules, "rules");
        String v = Objects.requireNonNull(point, "point").trim();
        String wanted = v.equalsIgnoreCase("dd") ? "đ" : v;
        return rules.grounds().stream().filter(g -> g.point().equals(wanted)).findFirst()
                .orElseThrow(() -> CoreMessages.refusal("process.unknownRevocationGround", String.valueOf(point),
                        rules.grounds().stream().map(RevocationGround::point).toList()));
    }

    /** {@return who decides the revocation of the certificate's rank} */
    public Decider authority() {
        return rules.deciders().get(certificate.stars());
    }

    /** {@return the last day for revoking: the rules' days after the conclusion, that day not counted} */
    public LocalDate deadline() {
        return concludedOn.plusDays(rules.deadlineDays());
    }

    /** {@return where the rules applied are written: the ground, then the authority and time limit} */
    public List<String> citations() {
        List<String> out = new ArrayList<>();
        out.add(ground.citation());
        out.addAll(rules.citations().getOrDefault(certificate.stars(), List.of()));
        out.addAll(rules.citations().getOrDefault(0, List.of()));
        return out;
    }
}
