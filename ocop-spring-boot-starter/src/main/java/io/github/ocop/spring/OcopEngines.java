package io.github.ocop.spring;

import io.github.ocop.core.advice.ImprovementPlanner;
import io.github.ocop.core.explain.Explainer;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.RuleSets;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The engines of every rule set of a registry, built once per rule set on first use and shared (they are
 * thread-safe): a {@link ScoringEngine}, an {@link Explainer} and an {@link ImprovementPlanner} per rule set id.
 * Thread-safe.
 */
public final class OcopEngines {
    private final RuleSets ruleSets;
    private final Map<String, Engines> byId = new ConcurrentHashMap<>();

    private record Engines(ScoringEngine scoring, Explainer explainer, ImprovementPlanner planner) {
    }

    /**
     * Engines over a registry.
     *
     * @param ruleSets the registry
     */
    public OcopEngines(RuleSets ruleSets) {
        this.ruleSets = Objects.requireNonNull(ruleSets, "ruleSets");
    }

    /** {@return the registry the engines are built from} */
    public RuleSets ruleSets() {
        return ruleSets;
    }

    private Engines engines(String ruleSetId) {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        return byId.computeIfAbsent(ruleSets.get(ruleSetId).id(), id -> {
            RuleSet rules = ruleSets.get(id);
            return new Engines(ScoringEngine.of(rules), Explainer.of(rules), ImprovementPlanner.of(rules));
        });
    }

    /**
     * The scoring engine of a rule set.
     *
     * @param ruleSetId a rule set id of the registry
     * @return its engine
     * @throws OcopInputException located at {@code $.ruleSet} when the id is unknown
     */
    public ScoringEngine scoring(String ruleSetId) {
        return engines(ruleSetId).scoring();
    }

    /**
     * The explainer of a rule set.
     *
     * @param ruleSetId a rule set id of the registry
     * @return its explainer
     * @throws OcopInputException located at {@code $.ruleSet} when the id is unknown
     */
    public Explainer explainer(String ruleSetId) {
        return engines(ruleSetId).explainer();
    }

    /**
     * The improvement planner of a rule set.
     *
     * @param ruleSetId a rule set id of the registry
     * @return its planner
     * @throws OcopInputException located at {@code $.ruleSet} when the id is unknown
     */
    public ImprovementPlanner planner(String ruleSetId) {
        return engines(ruleSetId).planner();
    }
}
