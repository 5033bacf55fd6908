package io.github.ocop.rules;

import io.github.ocop.core.history.RuleSetHistory;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The registry of rule sets (danh mục bộ tiêu chí): the bundled ones plus those of every {@link RuleSetProvider}
 * on the class path, or an explicit list. Immutable and thread-safe.
 */
public final class RuleSets {
    private static final class Holder {
        static final RuleSets DEFAULT = discover();
    }

    private final List<RuleSetProvider> providers;
    private final Map<String, RuleSetProvider> byId;

    private RuleSets(List<RuleSetProvider> providers) {
        this.providers = List.copyOf(providers);
        Map<String, RuleSetProvider> m = new LinkedHashMap<>();
        for (RuleSetProvider p : this.providers) {
            for (String id : p.ids().stream().sorted().toList()) {
                m.putIfAbsent(id, p);
            }
        }
        this.byId = Map.copyOf(m);
    }

    /** @return the bundled rule sets plus those of the providers found by {@link ServiceLoader}; shared */
    public static RuleSets standard() {
        return Holder.DEFAULT;
    }

    private static RuleSets discover() {
        List<RuleSetProvider> ps = new ArrayList<>();
        ps.add(new BundledRuleSets());
        for (RuleSetProvider p : ServiceLoader.load(RuleSetProvider.class, RuleSets.class.getClassLoader())) {
            if (!(p instanceof BundledRuleSets)) {
                ps.add(p);
            }
        }
        return new RuleSets(ps);
    }

    /**
     * @param providers the providers, earlier ones winning on a shared id
     * @return a registry over exactly these providers
     */
    public static RuleSets of(List<RuleSetProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        providers.forEach(p -> Objects.requireNonNull(p, "provider"));
        return new RuleSets(providers);
    }

    /**
     * A registry in which the given rule sets (e.g. loaded from files with {@link RuleSetLoader}) are added before this
     * one's providers: a rule set with the id of a known one replaces it, so a province holding the signed annex of
     * QĐ 148 can load it as {@code qd-148-2023}. This registry is unchanged.
     *
     * @param ruleSets validated rule sets with distinct ids
     * @return the new registry
     * @throws IllegalArgumentException when two of them share an id
     */
    public RuleSets with(RuleSet... ruleSets) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        Map<String, RuleSet> m = new LinkedHashMap<>();
        for (RuleSet r : ruleSets) {
            Objects.requireNonNull(r, "rule set");
            if (m.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two supplied rule sets have the id " + r.id());
            }
        }
        List<RuleSetProvider> ps = new ArrayList<>();
        ps.add(new Supplied(Map.copyOf(m)));
        ps.addAll(providers);
        return new RuleSets(ps);
    }

    /** The rule sets given to {@link #with}. */
    private record Supplied(Map<String, RuleSet> byId) implements RuleSetProvider {
        @Override
        public java.util.Set<String> ids() {
            return byId.keySet();
        }

        @Override
        public Optional<RuleSet> load(String id) {
            return Optional.ofNullable(byId.get(id));
        }
    }

    /**
     * @return the history of the rule sets of this registry: their decisions and amendments, dates and what superseded
     * what
     */
    public RuleSetHistory history() {
        return RuleSetHistory.of(ids().stream().map(this::get).toList());
    }

    /** {@return every rule set of this registry, by id} */
    public List<RuleSet> all() {
        return ids().stream().map(this::get).toList();
    }

    /**
     * {@return a resolver over every rule set of this registry: which one governs an evaluation, from their dates and
     * the transitional provisions their files state}
     */
    public io.github.ocop.core.history.RuleSetResolver resolver() {
        return io.github.ocop.core.history.RuleSetResolver.of(all());
    }

    /** @return the ids known, sorted */
    public List<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }

    /**
     * @param id a rule set id
     * @return the rule set, if known
     */
    public Optional<RuleSet> find(String id) {
        Objects.requireNonNull(id, "id");
        RuleSetProvider p = byId.get(id);
        return p == null ? Optional.empty() : p.load(id);
    }

    /**
     * @param id a rule set id
     * @return the rule set
     * @throws OcopInputException naming the id and the known ones
     */
    public RuleSet get(String id) {
        return find(id).orElseThrow(() -> new OcopInputException("rule sets", List.of(new Problem("$.ruleSet",
                "unknown rule set '" + id + "' (expected one of " + String.join(", ", ids()) + ")"))));
    }

    /**
     * The rule set whose decision is in force on a date (by its effective dates alone; the transitional provisions
     * for dossiers filed earlier are the resolver's job).
     *
     * @param date a date
     * @return the rule set in force, if any; the latest effective one wins where two overlap
     */
    public Optional<RuleSet> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return ids().stream().map(this::find).flatMap(Optional::stream)
                .filter(r -> r.instrument().inForceOn(date))
                .max(Comparator.comparing(r -> r.instrument().effectiveFrom()));
    }
}
