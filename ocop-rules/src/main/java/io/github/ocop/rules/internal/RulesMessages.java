package io.github.ocop.rules.internal;

import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Messages;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The texts of ocop-rules ({@code io/github/ocop/rules/internal/messages*.properties}): the problems of its readers,
 * loaders and validator, with the same mechanism as ocop-core's ({@link Messages}).
 */
public final class RulesMessages {
    /** The bundle. */
    // a lambda, not a method reference: a reference to this caller-sensitive method spins method-handle classes
    // (not archived by CDS) on every start
    public static final Messages BUNDLE = Messages.load("messages",
            name -> RulesMessages.class.getResourceAsStream(name));

    private RulesMessages() {
    }

    /**
     * A message of ocop-rules.
     *
     * @param code a key of the bundle, e.g. {@code "read.unknownField"}
     * @param args its arguments
     * @return the message
     */
    public static Message of(String code, Object... args) {
        return BUNDLE.message(code, args);
    }

    /**
     * The values a file may hold at a place, each in double quotes as the file writes it, for a message argument.
     *
     * @param values the values (strings, or enum constants by their names)
     * @return e.g. {@code "HOUSEHOLD", "FARM"}
     */
    public static String choices(Collection<?> values) {
        return values.stream().map(v -> '"' + (v instanceof Enum<?> e ? e.name() : String.valueOf(v)) + '"')
                .collect(Collectors.joining(", "));
    }

    /**
     * @param values the values, e.g. an enum's {@code values()}
     * @return them in double quotes, see {@link #choices(Collection)}
     */
    public static String choices(Object[] values) {
        return choices(Arrays.asList(values));
    }

    /**
     * A value refused by the model's own checks (a record's constructor), located by the reader; the model's
     * reason is an argument: rendered in the reader's language when it is coded ({@link OcopArgumentException}),
     * kept as it is otherwise.
     *
     * @param e the model's refusal
     * @return the message
     */
    public static Message refused(IllegalArgumentException e) {
        return of("read.refused", e instanceof OcopArgumentException coded ? coded.message()
                : String.valueOf(e.getMessage()));
    }
}
