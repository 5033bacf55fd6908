package io.github.ocop.rules;

import io.github.ocop.core.history.RuleSetHistory;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Message;
import io.github.ocop.rules.internal.RulesMessages;

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
        static final BundledRuleSets BUNDLED = new BundledRuleSets();
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

    /** {@return the bundled rule sets plus those of the providers found by {@link ServiceLoader}; shared} */
    public static RuleSets standard() {
        return Holder.DEFAULT;
    }

    private static RuleSets discover() {
        List<RuleSetProvider> ps = new ArrayList<>();
        ps.add(Holder.BUNDLED);
        for (RuleSetProvider p : ServiceLoader.load(RuleSetProvider.class, RuleSets.class.getClassLoader())) {
            if (!(p instanceof BundledRuleSets)) {
                ps.add(p);
            }
        }
        return new RuleSets(ps);
    }

    /**
     * {@return a registry over exactly these providers}
     *
     * @param providers the providers, earlier ones winning on a shared id
     */
    public static RuleSets of(List<RuleSetProvider> providers) {
        Objects.requireNonNull(providers, "providers");
        providers.forEach(p -> Objects.requireNonNull(p, "provider"));
        return new RuleSets(providers);
    }

    /**
     * A registry in which the given rule sets (e.g. loaded from files with {@link RuleSetLoader}) are added to this
     * one's. A supplied rule set may carry the id of a rule set this registry already knows (such as a bundled,
     * official one) only when its content is identical, and then the known one is kept; otherwise it must take its own
     * id (e.g. {@code qd-148-2023-ninh-binh} for a province's copy of the signed annex of QĐ 148). This registry is
     * unchanged.
     *
     * @param ruleSets validated rule sets
     * @return the new registry
     * @throws OcopInputException when a supplied rule set differs from a known one, or another supplied one, with its
     *                            id (source {@code "rule set ID"}, path {@code $.id})
     */
    public RuleSets with(RuleSet... ruleSets) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        Map<String, RuleSet> m = new LinkedHashMap<>();
        for (RuleSet r : ruleSets) {
            Objects.requireNonNull(r, "rule set");
            RuleSet earlier = m.putIfAbsent(r.id(), r);
            if (earlier != null && !earlier.equals(r)) {
                throw takenId(r, RulesMessages.of("ruleSets.idTwice", r.id()));
            }
            Optional<RuleSet> known = find(r.id());
            if (known.isPresent()) {
                if (!known.get().equals(r)) {
                    throw takenId(r, RulesMessages.of(isOfficial(known.get()) ? "ruleSets.idOfficial"
                            : "ruleSets.idKnown", r.id(), known.get().instrument().number()));
                }
                m.remove(r.id());
            }
        }
        List<RuleSetProvider> ps = new ArrayList<>();
        ps.add(new Supplied(Map.copyOf(m)));
        ps.addAll(providers);
        return new RuleSets(ps);
    }

    private static OcopInputException takenId(RuleSet r, Message why) {
        return new OcopInputException(r.id(), List.of(new Problem("$.id", RulesMessages.of("ruleSets.ownId", why,
                r.id()))));
    }

    /**
     * Whether a rule set is one of the official rule sets bundled with this library: its id and content digest are
     * those compiled into the library, and its content is the bundled one's. A rule set loaded from a file of one's
     * own, or built in code, is not official unless it is byte for byte the bundled JSON.
     *
     * @param rules a rule set
     * @return whether it is a bundled, official rule set
     */
    /**
     * Whether a result was computed under an official rule set: the bundled rule set of that id carries that digest.
     *
     * @param ruleSetId the rule set id a result names
     * @param digest the rule set digest the result carries, if any
     * @return whether both match a bundled rule set
     */
    public static boolean isOfficial(String ruleSetId, Optional<String> digest) {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(digest, "digest");
        Optional<String> recorded = Holder.BUNDLED.recordedDigest(ruleSetId);
        return recorded.isPresent() && recorded.equals(digest);
    }

    /**
     * Whether a rule set is a bundled one as shipped: the bundled rule set of its id carries its digest and equals it.
     *
     * @param rules a rule set
     * @return whether it is the bundled rule set of its id, unchanged
     */
    public static boolean isOfficial(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        Optional<String> recorded = Holder.BUNDLED.recordedDigest(rules.id());
        if (recorded.isEmpty() || !recorded.equals(rules.digest())) {
            return false;
        }
        RuleSet bundled = Holder.BUNDLED.load(rules.id()).orElseThrow();
        return bundled == rules || bundled.equals(rules);
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
     * {@return the history of the rule sets of this registry: their decisions and amendments, dates and what superseded
     * what}
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

    /** {@return the ids known, sorted} */
    public List<String> ids() {
        return byId.keySet().stream().sorted().toList();
    }

    /**
     * {@return the rule set, if known}
     *
     * @param id a rule set id
     */
    public Optional<RuleSet> find(String id) {
        Objects.requireNonNull(id, "id");
        RuleSetProvider p = byId.get(id);
        return p == null ? Optional.empty() : p.load(id);
    }

    /**
     * {@return the rule set}
     *
     * @param id a rule set id
     * @throws OcopInputException naming the id and the known ones
     */
    public RuleSet get(String id) {
        return find(id).orElseThrow(() -> new OcopInputException("ruleSet", List.of(new Problem("$.ruleSet",
                RulesMessages.of("read.unknownRuleSet", id, RulesMessages.choices(ids()))))));
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
