package io.github.ocop.core.internal;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;

/**
 * The texts of ocop-core's engines ({@code io/github/ocop/core/text/messages*.properties}): scoring, what-if,
 * resolver and history problems, and the fixed wording of their results.
 */
public final class CoreMessages {
    /** The bundle. */
    // a lambda, not a method reference: a reference to this caller-sensitive method spins method-handle classes
    // (not archived by CDS) on every start
    public static final Messages BUNDLE = Messages.load("/io/github/ocop/core/text/messages",
            name -> CoreMessages.class.getResourceAsStream(name));

    private CoreMessages() {
    }

    /**
     * A message of ocop-core.
     *
     * @param code a key of the bundle
     * @param args its arguments
     * @return the message
     */
    public static Message of(String code, Object... args) {
        return BUNDLE.message(code, args);
    }

    /**
     * A value refused by the model's own checks, coded: the constructors throw it.
     *
     * @param code a key of the bundle
     * @param args its arguments
     * @return the exception to throw
     */
    public static OcopArgumentException refusal(String code, Object... args) {
        return new OcopArgumentException(BUNDLE.message(code, args));
    }
}
