package io.github.ocop.core.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A case for revoking a certificate (thu hồi giấy chứng nhận) under QĐ 26/2026 Điều 8: the certificate, the
 * ground, and the day the competent body concluded the violation (or the commune confirmed that production
 * stopped). It tells who revokes and by when.
 *
 * <p>Immutable and thread-safe. See {@link ProcessInterpretations#REVOCATION_UNDER_26_2026} and
 * {@link ProcessInterpretations#REVOCATION_DEADLINE_CALENDAR_DAYS}.
 *
 * @param certificate the certificate to revoke
 * @param ground the ground (Điều 8 khoản 1)
 * @param concludedOn the day of the conclusion or confirmation; on or after 22/05/2026 and not before the issue
 */
public record Revocation(Certificate certificate, RevocationGround ground, LocalDate concludedOn) {

    /** The revocation time limit in days (Điều 8 khoản 4). */
    public static final int DEADLINE_DAYS = 15;

    /**
     * Validates the case.
     *
     * @throws IllegalArgumentException if the conclusion is before 26/2026 took effect or before the issue date
     *
     * @param certificate the certificate to revoke
     * @param ground the ground (Điều 8 khoản 1)
     * @param concludedOn the day of the conclusion or confirmation; on or after 22/05/2026 and not before the issue
     */
    public Revocation {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(concludedOn, "concludedOn");
        ProcessRuleSets.requireInForce(ProcessRuleSets.QD_26_2026, concludedOn, "conclusion date");
        if (concludedOn.isBefore(certificate.issuedOn())) {
            throw new IllegalArgumentException("conclusion date " + concludedOn + " is before the certificate's issue"
                    + " date " + certificate.issuedOn());
        }
    }

    /**
     * Who decides the revocation: the Chair of the Provincial People's Committee for 3 and 4 stars, the Minister of
     * Agriculture and Environment for 5 stars (Điều 8 khoản 2).
     * @return who decides
     */
    public Decider authority() {
        return authorityFor(certificate.stars());
    }

    /**
     * {@return who revokes a certificate of {@code stars} stars (3 to 5) under QĐ 26/2026 Điều 8 khoản 2}
     *
     * @param stars the star rank
     */
    public static Decider authorityFor(int stars) {
        if (stars == 3 || stars == 4) {
            return Decider.PROVINCIAL_CHAIR;
        }
        if (stars == 5) {
            return Decider.MAE_MINISTER;
        }
        throw new IllegalArgumentException("only 3- to 5-star products hold certificates, not " + stars);
    }

    /** {@return the last day for revoking: 15 days after the conclusion, that day not counted (Điều 8 khoản 4)} */
    public LocalDate deadline() {
        return concludedOn.plusDays(DEADLINE_DAYS);
    }

    /** {@return where the rules applied are written} */
    public List<String> citations() {
        String prefix = "QĐ 26/2026/QĐ-TTg Điều 8 khoản 2 điểm ";
        return List.of(ground.citation(), prefix + (certificate.stars() == 5 ? "b" : "a"),
                "QĐ 26/2026/QĐ-TTg Điều 8 khoản 3", "QĐ 26/2026/QĐ-TTg Điều 8 khoản 4");
    }
}
