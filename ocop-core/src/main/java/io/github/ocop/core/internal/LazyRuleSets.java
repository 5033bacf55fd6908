package io.github.ocop.core.internal;

import io.github.ocop.core.model.ProcessRules;
import io.github.ocop.core.model.RuleSet;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Lets a reader of a compiled rule set defer the decoding of its process section until something asks for it (issue
 * 18: {@code ocop score} never reads the process facts, and decoding them was a third of loading the bundled rule
 * set). Not API: {@link RuleSet.Builder} registers the one way in when its class is initialised.
 */
public final class LazyRuleSets {
    private static volatile BiConsumer<RuleSet.Builder, Supplier<ProcessRules>> processLater;

    private LazyRuleSets() {
    }

    /**
     * Called once by {@link RuleSet}'s builder class.
     *
     * @param access sets a builder's process facts to be computed on first use
     */
    public static void register(BiConsumer<RuleSet.Builder, Supplier<ProcessRules>> access) {
        if (processLater != null) {
            throw new IllegalStateException("registered twice");
        }
        processLater = Objects.requireNonNull(access, "access");
    }

    /**
     * Sets a builder's process facts to be computed the first time {@link RuleSet#process()} (or {@code equals}) is
     * called, at most once per rule set (the supplier is called under the rule set's lock).
     *
     * @param builder the builder
     * @param process computes the facts; must not return null
     * @return the builder
     */
    public static RuleSet.Builder processLater(RuleSet.Builder builder, Supplier<ProcessRules> process) {
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(process, "process");
        processLater.accept(builder, process);
        return builder;
    }
}
