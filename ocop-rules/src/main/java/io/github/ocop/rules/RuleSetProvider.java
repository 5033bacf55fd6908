package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;

import java.util.Optional;
import java.util.Set;

/**
 * A source of rule sets, found with {@link java.util.ServiceLoader} (like {@code java.time.zone.ZoneRulesProvider}):
 * the bundled rule sets come through one; an application can add its own (e.g. a province's copy of a signed
 * annex) by listing an implementation in {@code META-INF/services/io.github.ocop.rules.RuleSetProvider}.
 * Implementations must be thread-safe.
 */
public interface RuleSetProvider {
    /** {@return the ids this provider offers} */
    Set<String> ids();

    /**
     * {@return the validated rule set, if this provider offers it}
     *
     * @param id a rule set id
     */
    Optional<RuleSet> load(String id);
}
