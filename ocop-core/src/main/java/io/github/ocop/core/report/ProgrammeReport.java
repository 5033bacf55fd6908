package io.github.ocop.core.report;

import io.github.ocop.core.process.DateWindow;
import io.github.ocop.core.process.EvaluationAuthorities;
import io.github.ocop.core.process.OutcomeKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A programme report over one round (báo cáo kết quả đánh giá, phân hạng sản phẩm OCOP): counts by star, by product
 * group and by commune; what happens next to each ranked product and which are forwarded to the next level (from
 * {@link EvaluationAuthorities#nextStep(io.github.ocop.core.model.EvaluationLevel,
 * double, int)} under the process version in force on the evaluation date, so 1048 districts forward 50+ to the province and 26/2026 provinces forward
 * 90+ to the ministry); certificates whose last valid day falls in the round's expiry period; and progress against
 * the plan's targets. Immutable and thread-safe.
 */
public final class ProgrammeReport {
    private final ProgrammeRound round;
    private final StarCounts byStars;
    private final Map<String, StarCounts> byGroup;
    private final Map<String, StarCounts> byCommune;
    private final List<NextStep> nextSteps;
    private final List<EvaluatedProduct> expiring;
    private final List<TargetProgress> progress;

    private ProgrammeReport(ProgrammeRound round) {
        this.round = round;
        List<EvaluatedProduct> products = round.products();
        this.byStars = StarCounts.of(products);
        this.byGroup = grouped(products, EvaluatedProduct::group);
        this.byCommune = grouped(products, EvaluatedProduct::commune);
        List<NextStep> steps = new ArrayList<>();
        for (EvaluatedProduct p : products) {
            if (p.ranked()) {
                steps.add(new NextStep(p, EvaluationAuthorities.forRuleSet(p.ruleSet(), p.evaluatedOn())
                        .nextStep(p.level(), p.total().doubleValue(), p.stars().getAsInt())));
            }
        }
        this.nextSteps = List.copyOf(steps);
        DateWindow period = round.expiryPeriod();
        this.expiring = products.stream()
                .filter(p -> p.certificate().map(c -> period.contains(c.validUntil())).orElse(false))
                .sorted(Comparator.comparing((EvaluatedProduct p) -> p.certificate().orElseThrow().validUntil())
                        .thenComparing(EvaluatedProduct::name))
                .toList();
        List<TargetProgress> tp = new ArrayList<>();
        for (PlanTarget t : round.plan().targets()) {
            if (!t.kind().countedFromProducts()) {
                tp.add(t.reported().isPresent() ? new TargetProgress(t, t.reported().getAsInt())
                        : new TargetProgress(t, 0, false));
                continue;
            }
            int achieved = switch (t.kind()) {
                case EVALUATED -> products.size();
                case REACHING_STARS -> byStars.atLeast(t.minStars());
                case FORWARDED -> forwarded().size();
                case CERTIFIED -> (int) products.stream().filter(p -> p.certificate()
                        .map(c -> c.stars() >= t.minStars()).orElse(false)).count();
                default -> throw new IllegalStateException(t.kind().name());
            };
            tp.add(new TargetProgress(t, achieved));
        }
        this.progress = List.copyOf(tp);
    }

    private static Map<String, StarCounts> grouped(List<EvaluatedProduct> products,
                                                   Function<EvaluatedProduct, String> key) {
        Map<String, List<EvaluatedProduct>> g = products.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        Map<String, StarCounts> out = new LinkedHashMap<>();
        g.forEach((k, v) -> out.put(k, StarCounts.of(v)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@return the report}
     *
     * @param round the plan, products and expiry period
     * @throws IllegalArgumentException when a product's level takes no part in its rule set's process on its
     *                                  evaluation date
     */
    public static ProgrammeReport of(ProgrammeRound round) {
        return new ProgrammeReport(Objects.requireNonNull(round, "round"));
    }

    /** {@return the round reported on} */
    public ProgrammeRound round() {
        return round;
    }

    /** {@return counts by star over all products} */
    public StarCounts byStars() {
        return byStars;
    }

    /** {@return counts by star per product group, groups in natural order} */
    public Map<String, StarCounts> byGroup() {
        return byGroup;
    }

    /** {@return counts by star per commune, communes in natural order} */
    public Map<String, StarCounts> byCommune() {
        return byCommune;
    }

    /** {@return the next step of every ranked product, in the round's order} */
    public List<NextStep> nextSteps() {
        return nextSteps;
    }

    /** {@return the products forwarded to the next level, in the round's order} */
    public List<NextStep> forwarded() {
        return nextSteps.stream().filter(s -> s.outcome().kind() == OutcomeKind.FORWARD).toList();
    }

    /** {@return the products whose certificate's last valid day lies in the expiry period, soonest first} */
    public List<EvaluatedProduct> expiringCertificates() {
        return expiring;
    }

    /** {@return progress against each target of the plan, in the plan's order} */
    public List<TargetProgress> progress() {
        return progress;
    }

    /** {@return true when every target of the plan is met} */
    public boolean planMet() {
        return progress.stream().allMatch(TargetProgress::met);
    }
}
