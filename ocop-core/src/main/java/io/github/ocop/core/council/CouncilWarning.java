package io.github.ocop.core.council;

import java.util.Objects;

/**
 * A remark on a council result that does not stop it being computed (cảnh báo), in Vietnamese and English.
 * Immutable and thread-safe.
 *
 * @param kind       what it is about
 * @param vietnamese the remark in Vietnamese
 * @param english    the remark in English
 */
public record CouncilWarning(Kind kind, String vietnamese, String english) {
    /**
     * Validates the components.
     *
     * @param kind       what it is about
     * @param vietnamese the remark in Vietnamese
     * @param english    the remark in English
     */
    public CouncilWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
    }

    /** What a council warning is about. */
    public enum Kind {
        /** Members' totals are further apart than the policy allows: discuss and re-score. */
        SPREAD_EXCEEDED,
        /** Fewer members scored than the quorum, or the chair did not score. */
        QUORUM_NOT_MET,
        /** A member recorded a knock-out ground. */
        KNOCK_OUT,
        /**
         * The mean shown (rounded as the policy says) lies in another star band, or on the other side of a star
         * minimum, than the exact mean the rank follows (interpretation {@code council-band-on-exact-mean}).
         */
        ROUNDING_CROSSES_BAND,
        /** A remark from one member's score card (e.g. an answer ignored because its criterion did not apply). */
        MEMBER_REMARK
    }

    @Override
    public String toString() {
        return kind + ": " + english;
    }
}
