package io.github.ocop.core.process;

import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.ReEntryPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product's dated path through the stages of the annual cycle (hành trình của sản phẩm trong chu trình OCOP).
 * Each call to {@link #moveTo} returns a new journey; illegal moves and dates going backwards are rejected with
 * a message naming the stages and dates.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProductJourney {

    /** Stages a journey may start at (interpretation {@code journey-start-stages}). */
    public static final Set<CycleStage> START_STAGES =
            Set.of(CycleStage.GUIDANCE, CycleStage.IDEA_REGISTRATION, CycleStage.EVALUATION);

    /**
     * One dated stage of a journey.
     *
     * @param stage the stage entered
     * @param on the day it was entered
     * @param move the move that led here, empty for the first step
     */
    public record Step(CycleStage stage, LocalDate on, Optional<CycleMove> move) {
        /**
         * Validates.
         *
         * @param stage the stage entered
         * @param on the day it was entered
         * @param move the move that led here, empty for the first step
         */
        public Step {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(move, "move");
        }
    }

    private final String product;
    private final ReEntryPolicy policy;
    private final Optional<ProcessVersion> version;
    private final List<Step> steps;

    private ProductJourney(String product, ReEntryPolicy policy, Optional<ProcessVersion> version, List<Step> steps) {
        this.product = product;
        this.policy = policy;
        this.version = version;
        this.steps = List.copyOf(steps);
    }

    /**
     * Starts a journey with the default {@link ReEntryPolicy#NEXT_CALENDAR_YEAR}.
     *
     * @param product the product's name
     * @param stage the stage
     * @param on the day of the step
     * @return the journey
     */
    public static ProductJourney start(String product, CycleStage stage, LocalDate on) {
        return start(product, stage, on, ReEntryPolicy.NEXT_CALENDAR_YEAR);
    }

    /**
     * Starts a journey under the re-entry rule of a process version ({@code process.versions[].reEntry}).
     *
     * @param product the product's name
     * @param stage the first stage, one of {@link #START_STAGES}
     * @param on the day of the first step
     * @param version the process version whose re-entry rule applies
     * @return the journey
     */
    public static ProductJourney start(String product, CycleStage stage, LocalDate on, ProcessVersion version) {
        Objects.requireNonNull(version, "version");
        return start(product, stage, on, version.reEntry(), Optional.of(version));
    }

    /**
     * Starts a journey.
     *
     * @param product the product's name
     * @param stage the stage
     * @param on the day of the step
     * @param policy when a failed product may re-enter evaluation
     * @return the journey
     * @throws IllegalArgumentException for a blank product, a stage outside {@link #START_STAGES}, or
     *     {@link ReEntryPolicy#NEXT_STATUTORY_ROUND}, which needs a process version's rounds (use
     *     {@link #start(String, CycleStage, LocalDate, ProcessVersion)})
     */
    public static ProductJourney start(String product, CycleStage stage, LocalDate on, ReEntryPolicy policy) {
        return start(product, stage, on, policy, Optional.empty());
    }

    private static ProductJourney start(String product, CycleStage stage, LocalDate on, ReEntryPolicy policy,
            Optional<ProcessVersion> version) {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(policy, "policy");
        if (product.isBlank()) {
            throw new IllegalArgumentException("product must not be blank");
        }
        if (!START_STAGES.contains(stage)) {
            throw new IllegalArgumentException("a journey cannot start at stage " + stage.step() + " " + stage + " ("
                    + stage.vietnamese() + "); it starts at one of " + List.of(CycleStage.GUIDANCE,
                    CycleStage.IDEA_REGISTRATION, CycleStage.EVALUATION) + " ("
                    + "journey-start-stages" + ")");
        }
        if (policy == ReEntryPolicy.NEXT_STATUTORY_ROUND && version.map(v -> roundLevel(v).isEmpty()).orElse(true)) {
            throw new IllegalArgumentException("the re-entry rule NEXT_STATUTORY_ROUND needs the statutory rounds of a"
                    + " process version (process.versions[].rounds); start the journey with the process version");
        }
        return new ProductJourney(product, policy, version, List.of(new Step(stage, on, Optional.empty())));
    }

    /**
     * The journey after moving to {@code stage} on {@code on}.
     *
     * @param stage the stage
     * @param on the day of the step
     * @return the new journey (this one is unchanged)
     * @throws IllegalArgumentException if no move leads from the current stage to {@code stage}, if {@code on} is
     *     before the current step's date, or if a failed product re-enters evaluation too early under the policy
     */
    public ProductJourney moveTo(CycleStage stage, LocalDate on) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(on, "on");
        Step last = current();
        CycleMove move = CycleMove.between(last.stage(), stage).orElseThrow(() -> new IllegalArgumentException(
                "product '" + product + "' cannot move from stage " + last.stage().step() + " " + last.stage() + " ("
                        + last.stage().vietnamese() + ") to stage " + stage.step() + " " + stage + " ("
                        + stage.vietnamese() + "); allowed next stages: " + CycleMove.targetsFrom(last.stage())));
        if (on.isBefore(last.on())) {
            throw new IllegalArgumentException("product '" + product + "': date " + on + " for " + stage
                    + " is before the current step's date " + last.on() + " (" + last.stage() + "); dates must not go"
                    + " backwards");
        }
        if (stage == CycleStage.EVALUATION && policy == ReEntryPolicy.NEXT_CALENDAR_YEAR) {
            lastFailure().ifPresent(failedOn -> {
                if (on.getYear() <= failedOn.getYear()) {
                    throw new IllegalArgumentException("product '" + product + "' failed evaluation on " + failedOn
                            + " and may take part again only from " + (failedOn.getYear() + 1) + ", not on " + on
                            + " (" + "failed-product-next-year" + ")");
                }
            });
        }
        if (stage == CycleStage.EVALUATION && policy == ReEntryPolicy.NEXT_STATUTORY_ROUND) {
            lastFailure().ifPresent(failedOn -> {
                ProcessVersion v = version.orElseThrow();
                EvaluationRound failedIn = roundOf(v, failedOn);
                if (on.isBefore(failedIn.heldBefore())) {
                    throw new IllegalArgumentException("product '" + product + "' failed evaluation on " + failedOn
                            + " in statutory round " + failedIn.number() + " of " + failedIn.heldBefore().getYear()
                            + " of the " + failedIn.level().format(Locale.ENGLISH) + " (held before " + failedIn.heldBefore()
                            + ", " + failedIn.citation() + ") and may take part again only from the next statutory"
                            + " round, i.e. on or after " + failedIn.heldBefore() + ", not on " + on + " ("
                            + v.reEntryCitation() + ")");
                }
            });
        }
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(stage, on, Optional.of(move)));
        return new ProductJourney(product, policy, version, next);
    }

    /** The level whose statutory rounds count for re-entry: the first of the version's levels that has rounds. */
    private static Optional<io.github.ocop.core.model.EvaluationLevel> roundLevel(ProcessVersion v) {
        return v.levels().stream().map(io.github.ocop.core.model.LevelAuthority::level)
                .filter(l -> v.rounds().stream().anyMatch(r -> r.level() == l)).findFirst()
                .or(() -> v.rounds().stream().map(io.github.ocop.core.model.RoundRule::level).findFirst());
    }

    /** The statutory round an evaluation on {@code day} belongs to: the first one held after that day. */
    private static EvaluationRound roundOf(ProcessVersion v, LocalDate day) {
        io.github.ocop.core.model.EvaluationLevel level = roundLevel(v).orElseThrow();
        for (int year = day.getYear(); ; year++) {
            for (EvaluationRound r : RoundCalendar.rounds(v, year, level)) {
                if (day.isBefore(r.heldBefore())) {
                    return r;
                }
            }
        }
    }

    private Optional<LocalDate> lastFailure() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step s = steps.get(i);
            if (s.move().filter(m -> m == CycleMove.FAILED).isPresent()) {
                return Optional.of(s.on());
            }
            if (s.stage() == CycleStage.EVALUATION) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** {@return the product} */
    public String product() {
        return product;
    }

    /** {@return the process version the journey follows, if it was started with one} */
    public Optional<ProcessVersion> version() {
        return version;
    }

    /** {@return the re-entry policy} */
    public ReEntryPolicy policy() {
        return policy;
    }

    /** {@return the dated steps, first to last} */
    public List<Step> steps() {
        return steps;
    }

    /** {@return the latest step} */
    public Step current() {
        return steps.get(steps.size() - 1);
    }
}
