package io.github.ocop.core.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What one evaluation level does under one process (thẩm quyền của một cấp): who decides there, which star
 * ranks it certifies (công nhận, cấp giấy chứng nhận), and to which level it forwards products from which
 * mean total score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the level
 * @param decider who decides at this level
 * @param certifiedStars the star ranks this level certifies (empty if it certifies none)
 * @param forwardsTo the level it forwards products to, if any
 * @param forwardThreshold the mean total from which it forwards (empty: it forwards every dossier it checks,
 *     without scoring; or it forwards nothing if {@code forwardsTo} is empty)
 * @param certifyCitations where the certifying power is written
 * @param forwardCitations where the forwarding rule is written
 * @param evidence how firmly the sources establish this row, in the reference notes' labels
 *     ({@code [V1]}, {@code [V-LEGAL]}, {@code [V2]}, {@code [I]})
 */
public record LevelAuthority(
        EvaluationLevel level,
        Decider decider,
        Set<Integer> certifiedStars,
        Optional<EvaluationLevel> forwardsTo,
        OptionalDouble forwardThreshold,
        List<String> certifyCitations,
        List<String> forwardCitations,
        String evidence) {

    /**
     * Validates and copies the collections.
     *
     * @param level the level
     * @param decider who decides at this level
     * @param certifiedStars the star ranks this level certifies (empty if it certifies none)
     * @param forwardsTo the level it forwards products to, if any
     * @param forwardThreshold the mean total from which it forwards (empty: it forwards every dossier it checks, without scoring; or it forwards nothing if {@code forwardsTo} is empty)
     * @param certifyCitations where the certifying power is written
     * @param forwardCitations where the forwarding rule is written
     * @param evidence how firmly the sources establish this row, in the reference notes' labels ({@code [V1]}, {@code [V-LEGAL]}, {@code [V2]}, {@code [I]})
     */
    public LevelAuthority {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(decider, "decider");
        certifiedStars = Set.copyOf(Objects.requireNonNull(certifiedStars, "certifiedStars"));
        Objects.requireNonNull(forwardsTo, "forwardsTo");
        Objects.requireNonNull(forwardThreshold, "forwardThreshold");
        certifyCitations = List.copyOf(Objects.requireNonNull(certifyCitations, "certifyCitations"));
        forwardCitations = List.copyOf(Objects.requireNonNull(forwardCitations, "forwardCitations"));
        Objects.requireNonNull(evidence, "evidence");
        for (int s : certifiedStars) {
            if (s < 3 || s > 5) {
                throw new IllegalArgumentException("a level can only certify 3 to 5 stars, not " + s);
            }
        }
        if (forwardThreshold.isPresent() && forwardsTo.isEmpty()) {
            throw new IllegalArgumentException("a forwarding threshold needs a level to forward to");
        }
    }

    /** {@return whether this level scores products (a commune under 26/2026 only checks the dossier)} */
    public boolean scores() {
        return !certifiedStars.isEmpty() || forwardThreshold.isPresent();
    }

    /**
     * {@return whether this level certifies the given star rank}
     *
     * @param stars the star rank
     */
    public boolean certifies(int stars) {
        return certifiedStars.contains(stars);
    }
}
