package io.github.ocop.core.history;

import io.github.ocop.core.model.Amendment;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.LateTransitionPolicy;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.Transition;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.text.Phrases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rule set governs an evaluation (bộ tiêu chí áp dụng), from the rule sets' own data, as RegelRecht resolves
 * "the latest version valid on the date": each rule set's instrument dates ({@code instrument.effectiveFrom/Until}),
 * its process versions by date, and the transitional provision a newer rule set states towards the one it follows
 * ({@code process.transition}: which pending dossiers finish under the old rules, within how many days per kind).
 *
 * <ol>
 *   <li>A date before the earliest rule set took effect is refused (interpretation
 *       {@code nothing-before-first-rule-set}).</li>
 *   <li>Let N be the newest rule set that took effect on or before the evaluation date. A dossier filed on or after
 *       N took effect is governed by N.</li>
 *   <li>A dossier filed earlier, when N states a transition for its kind: governed by the previous rule set if the
 *       evaluation is completed within the transitional days (counted from N's first day), else by N
 *       ({@link LateTransitionPolicy#NEW_RULES}) or refused ({@link LateTransitionPolicy#REJECT}).</li>
 *   <li>Otherwise (no transitional clause): the rules in force on the evaluation date govern (interpretation
 *       {@code no-transition-between-decisions}).</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class RuleSetResolver {
    private final List<RuleSet> ruleSets;
    private final LateTransitionPolicy latePolicy;

    private RuleSetResolver(List<RuleSet> ruleSets, LateTransitionPolicy latePolicy) {
        this.ruleSets = ruleSets;
        this.latePolicy = latePolicy;
    }

    /**
     * A resolver over some rule sets, applying each transition's own late policy.
     *
     * @param ruleSets the rule sets (e.g. every one of a registry); not empty, distinct ids
     * @return the resolver
     * @throws IllegalArgumentException if the collection is empty or two rule sets share an id
     */
    public static RuleSetResolver of(Collection<RuleSet> ruleSets) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("a resolver needs at least one rule set");
        }
        if (ruleSets.stream().map(RuleSet::id).distinct().count() != ruleSets.size()) {
            throw new IllegalArgumentException("two rule sets share an id: " + ruleSets.stream().map(RuleSet::id).toList());
        }
        List<RuleSet> sorted = ruleSets.stream()
                .sorted(Comparator.comparing((RuleSet r) -> r.instrument().effectiveFrom()).thenComparing(RuleSet::id))
                .toList();
        return new RuleSetResolver(sorted, null);
    }

    /**
     * {@return a resolver that applies {@code policy} to late transitional evaluations instead of the files' policy}
     *
     * @param policy what to do with a transitional dossier evaluated after its deadline
     */
    public RuleSetResolver withLatePolicy(LateTransitionPolicy policy) {
        return new RuleSetResolver(ruleSets, Objects.requireNonNull(policy, "policy"));
    }

    /** {@return the rule sets, oldest first} */
    public List<RuleSet> ruleSets() {
        return ruleSets;
    }

    /**
     * The last day by which an evaluation of a dossier filed before {@code successor} took effect must be completed
     * to stay under the previous rules.
     *
     * @param successor the rule set stating the transition
     * @param kind the evaluation kind
     * @return the day, or empty if the successor states no transitional regime for the kind
     */
    public static Optional<LocalDate> transitionalDeadline(RuleSet successor, EvaluationKind kind) {
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(kind, "kind");
        return successor.process().transition().map(t -> t.days().get(kind))
                .map(d -> successor.instrument().effectiveFrom().plusDays(d));
    }

    /**
     * Resolves the governing rule set.
     *
     * @param kind the evaluation kind
     * @param submitted the dossier's submission date
     * @param evaluated the day the evaluation is completed
     * @return the governing rule set and why
     * @throws OcopInputException when a date precedes every rule set, the evaluation precedes the submission, or
     *     (with {@link LateTransitionPolicy#REJECT}) a transitional deadline was missed
     */
    public Resolution resolve(EvaluationKind kind, LocalDate submitted, LocalDate evaluated) {
        return resolve(EvaluationFacts.of(kind, submitted, evaluated));
    }

    /**
     * Resolves the governing rule set.
     *
     * @param facts the evaluation's facts
     * @return the governing rule set and why
     * @throws OcopInputException when a date precedes every rule set or (with {@link LateTransitionPolicy#REJECT})
     *     a transitional deadline was missed
     */
    public Resolution resolve(EvaluationFacts facts) {
        Objects.requireNonNull(facts, "facts");
        RuleSet earliest = ruleSets.get(0);
        LocalDate first = earliest.instrument().effectiveFrom();
        List<Problem> early = new ArrayList<>();
        if (facts.submitted().isBefore(first)) {
            early.add(new Problem("$.submitted", CoreMessages.of("history.submittedTooEarly", facts.submitted(),
                    first, qd(earliest))));
        }
        if (facts.evaluated().isBefore(first)) {
            early.add(new Problem("$.evaluated", CoreMessages.of("history.evaluatedTooEarly", facts.evaluated(),
                    first, qd(earliest))));
        }
        if (!early.isEmpty()) {
            throw new OcopInputException("evaluation", early);
        }
        RuleSet newest = newestOn(facts.evaluated());
        LocalDate from = newest.instrument().effectiveFrom();
        Optional<Transition> transition = newest.process().transition();
        if (!facts.submitted().isBefore(from)) {
            return transition.isPresent() ? filedUnderNewRules(facts, newest, transition.get())
                    : inForceOnEvaluation(facts, newest, false);
        }
        Optional<LocalDate> deadline = transitionalDeadline(newest, facts.kind());
        Optional<RuleSet> previous = transition.flatMap(t -> byId(t.previous()));
        if (deadline.isEmpty() || previous.isEmpty()) {
            return inForceOnEvaluation(facts, newest, true);
        }
        if (!facts.evaluated().isAfter(deadline.get())) {
            return transitional(facts, newest, transition.get(), previous.get(), deadline.get());
        }
        return late(facts, newest, transition.get(), deadline.get());
    }

    private RuleSet newestOn(LocalDate date) {
        RuleSet newest = ruleSets.get(0);
        for (RuleSet r : ruleSets) {
            if (!r.instrument().effectiveFrom().isAfter(date)) {
                newest = r;
            }
        }
        return newest;
    }

    private Optional<RuleSet> byId(String id) {
        return ruleSets.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static String qd(RuleSet r) {
        return "QĐ " + r.instrument().number();
    }

    private static final java.time.format.DateTimeFormatter VI_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private static String vi(LocalDate date) {
        return VI_DATE.format(date);
    }

    private static Optional<ProcessVersion> process(RuleSet r, LocalDate date) {
        return r.process().versionOn(date);
    }

    private static void apply(List<Interpretation> out, RuleSet r, String id) {
        r.interpretation(id).filter(i -> !out.contains(i)).ifPresent(out::add);
    }

    private static Resolution filedUnderNewRules(EvaluationFacts f, RuleSet n, Transition t) {
        List<Interpretation> applied = new ArrayList<>();
        apply(applied, n, "filed-on-or-after-effect-under-new-rules");
        apply(applied, n, "before-is-strict");
        return new Resolution(f, n.id(), process(n, f.evaluated()), ResolutionBasis.FILED_UNDER_NEW_RULES,
                CoreMessages.of("history.filedUnderNewRules", f.submitted(), n.instrument().effectiveFrom(),
                        Message.text(qd(n))),
                List.of(t.effectiveCitation(), t.provision()), applied, null);
    }

    private Resolution inForceOnEvaluation(EvaluationFacts f, RuleSet r, boolean filedEarlier) {
        LegalInstrument in = r.instrument();
        List<String> citations = new ArrayList<>();
        citations.add(qd(r) + " (hiệu lực từ " + vi(in.effectiveFrom())
                + (in.replaces().isEmpty() ? "" : ", thay thế QĐ " + String.join(" và QĐ ", in.replaces())) + ")");
        for (Amendment a : in.amendedBy()) {
            if (!f.evaluated().isBefore(a.signed())) {
                citations.add("QĐ " + a.number() + " (sửa đổi, bổ sung " + qd(r) + ", từ " + vi(a.signed()) + ")");
            }
        }
        Optional<ProcessVersion> v = process(r, f.evaluated());
        List<Interpretation> applied = new ArrayList<>();
        Optional<Message> earlier = Optional.empty();
        if (filedEarlier || !in.isInForceOn(f.submitted())) {
            earlier = Optional.of(CoreMessages.of("history.filedEarlier", f.submitted()));
            apply(applied, r, "no-transition-between-decisions");
        }
        Message reason = CoreMessages.of("history.inForce", f.evaluated(), Message.text(qd(r)),
                io.github.ocop.core.internal.InForce.period(in),
                Phrases.optional("", v.filter(x -> r.process().versions().size() > 1)
                        .map(x -> CoreMessages.of("history.withProcess", Message.text(x.instrument()), x.firstDay()))),
                Phrases.optional(" ", earlier));
        return new Resolution(f, r.id(), v, ResolutionBasis.IN_FORCE_ON_EVALUATION_DATE, reason, citations, applied,
                null);
    }

    private static int days(Transition t, EvaluationKind kind) {
        return t.days().get(kind);
    }

    private static Resolution transitional(EvaluationFacts f, RuleSet n, Transition t, RuleSet previous,
            LocalDate deadline) {
        List<String> citations = new ArrayList<>();
        citations.add(t.kindCitations().getOrDefault(f.kind(), t.provision()));
        citations.add(t.repealCitation());
        citations.add(qd(previous));
        previous.instrument().amendedBy().stream().filter(a -> !f.evaluated().isBefore(a.signed()))
                .forEach(a -> citations.add("QĐ " + a.number()));
        List<Interpretation> applied = new ArrayList<>();
        t.interpretations().forEach(id -> apply(applied, n, id));
        apply(applied, n, "before-is-strict");
        List<Message> amended = previous.instrument().amendedBy().stream()
                .filter(a -> !f.evaluated().isBefore(a.signed()))
                .map(a -> CoreMessages.of("history.amendedBy", a.number())).toList();
        return new Resolution(f, previous.id(), process(previous, f.evaluated()),
                ResolutionBasis.TRANSITIONAL_PROVISION,
                CoreMessages.of("history.transitional", f.kind(), f.submitted(), n.instrument().effectiveFrom(),
                        Message.text(qd(n)), f.evaluated(), days(t, f.kind()), deadline, Message.text(qd(previous)),
                        Phrases.optional(" ", amended.isEmpty() ? Optional.empty()
                                : Optional.of(Phrases.joined(" ", amended)))),
                citations, applied, deadline);
    }

    private Resolution late(EvaluationFacts f, RuleSet n, Transition t, LocalDate deadline) {
        String kindCitation = t.kindCitations().getOrDefault(f.kind(), t.provision());
        LateTransitionPolicy policy = latePolicy != null ? latePolicy : t.latePolicy();
        if (policy == LateTransitionPolicy.REJECT) {
            throw new OcopInputException("evaluation", List.of(new Problem("$.evaluated",
                    CoreMessages.of("history.lateRejected", f.kind(), f.submitted(), n.instrument().effectiveFrom(),
                            f.evaluated(), deadline, days(t, f.kind()), kindCitation))));
        }
        List<Interpretation> applied = new ArrayList<>();
        apply(applied, n, "late-transitional-evaluation");
        t.interpretations().forEach(id -> apply(applied, n, id));
        return new Resolution(f, n.id(), process(n, f.evaluated()), ResolutionBasis.TRANSITIONAL_DEADLINE_MISSED,
                CoreMessages.of("history.late", f.kind(), f.submitted(), n.instrument().effectiveFrom(), f.evaluated(),
                        deadline, days(t, f.kind()), kindCitation, Message.text(qd(n))),
                List.of(kindCitation, t.effectiveCitation(), t.repealCitation()), applied, deadline);
    }
}
