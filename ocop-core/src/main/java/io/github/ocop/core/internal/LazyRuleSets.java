package io.github.ocop.core.internal;

import io.github.ocop.core.model.ProcessRules;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Lets a reader of a compiled rule set defer decoding its sheets and process section until something asks for them
 * (issue 18: "load only the rule set and sheet a command needs"; {@code ocop score} reads one sheet of 26 and never the
 * process facts). Not API: {@link RuleSet.Builder} registers the one way in when its class is initialised.
 */
public final class LazyRuleSets {
    /** What {@link RuleSet.Builder} lets this class do. */
    public interface Access {
        /**
         * Sets a builder's process facts to be computed on first use.
         *
         * @param builder a builder
         * @param process computes its process facts
         */
        void processLater(RuleSet.Builder builder, Supplier<ProcessRules> process);

        /**
         * Sets a builder's sheets to be decoded one by one when first read.
         *
         * @param builder a builder
         * @param ids     the sheet ids in order
         * @param decode  decodes the sheet at an index
         */
        void sheetsLater(RuleSet.Builder builder, List<String> ids, IntFunction<ScoringSheet> decode);
    }

    private static volatile Access access;

    private LazyRuleSets() {
    }

    /**
     * Called once by {@link RuleSet}'s builder class.
     *
     * @param a the builder's way in
     */
    public static void register(Access a) {
        if (access != null) {
            throw new IllegalStateException("registered twice");
        }
        access = Objects.requireNonNull(a, "access");
    }

    /**
     * Sets a builder's process facts to be computed the first time {@link RuleSet#process()} (or {@code equals}) is
     * called, at most once per rule set (the supplier is called under a lock).
     *
     * @param builder the builder
     * @param process computes the facts; must not return null
     * @return the builder
     */
    public static RuleSet.Builder processLater(RuleSet.Builder builder, Supplier<ProcessRules> process) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(process, "process");
        access.processLater(builder, process);
        return builder;
    }

    /**
     * Sets a builder's sheets to be decoded one by one, each when first read ({@link RuleSet#sheets()}{@code .get(i)},
     * {@link RuleSet#sheet(String)}); their ids are known at once. A decoded sheet whose id is not the one announced is
     * refused with an {@link IllegalStateException}.
     *
     * @param builder the builder
     * @param ids     the sheet ids, in annex order
     * @param decode  decodes the sheet at an index; called at most once per index that is kept
     * @return the builder
     */
    public static RuleSet.Builder sheetsLater(RuleSet.Builder builder, List<String> ids,
            IntFunction<ScoringSheet> decode) {
        Objects.requireNonNull(builder, "builder");
        access.sheetsLater(builder, List.copyOf(ids), Objects.requireNonNull(decode, "decode"));
        return builder;
    }
}
