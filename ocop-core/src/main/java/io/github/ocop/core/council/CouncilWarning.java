package io.github.ocop.core.council;

import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;

import java.util.Locale;
import java.util.Objects;

/**
 * A remark on a council result that does not stop it being computed (cảnh báo): what it is about and a coded message
 * of ocop-core's bundle, rendered in Vietnamese (the default) or English. Immutable and thread-safe.
 *
 * @param kind    what it is about
 * @param message the remark, a stable code and its arguments (e.g. {@code council.spread})
 */
public record CouncilWarning(Kind kind, Message message) {
    /**
     * Validates the components.
     *
     * @param kind    what it is about
     * @param message the remark
     */
    public CouncilWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The remark in a language.
     *
     * @param locale the language: English for {@code en}, Vietnamese otherwise
     * @return the remark
     */
    public String text(Locale locale) {
        return message.format(locale);
    }

    /** {@return the remark in Vietnamese} */
    public String vietnamese() {
        return message.format(Messages.VIETNAMESE);
    }

    /** {@return the remark in English} */
    public String english() {
        return message.format(Locale.ENGLISH);
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
        return kind + ": " + english();
    }
}
