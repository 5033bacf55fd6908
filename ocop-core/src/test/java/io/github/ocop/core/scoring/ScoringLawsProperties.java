package io.github.ocop.core.scoring;

import io.github.ocop.core.testkit.Draws;

import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutEffect;
import io.github.ocop.core.model.KnockOutTrigger;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.problem.OcopInputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring laws over generated sheets: parts summing to at most 100, random ladders and star marks, criteria that
 * apply only under a condition on an earlier criterion, knock-outs recorded by the assessor or following from an
 * answer. Cases are drawn from jqwik arbitraries ({@link Draws}), so a failure shrinks to a small sheet. The expected
 * total, band, rank and knock-outs are worked out by {@link Oracle} from the generated data, not by the engine's code.
 */
class ScoringLawsProperties {

    /** A generated sheet, its rule set and a full assessment of it (every criterion answered, applicable or not). */
    record Case(RuleSet rules, ScoringSheet sheet, Assessment assessment) {
        @Override
        public String toString() {
            return "sheet " + sheet.criteria().stream().map(c -> c.code() + c.options().stream()
                    .map(o -> o.key() + o.points() + (o.minimumFor() == null ? "" : "*" + o.minimumFor())).toList()
                    + c.applicability().map(a -> " if " + a.criterion() + " in " + a.anyOf()).orElse("")).toList()
                    + ", knock-outs " + sheet.knockOuts().stream().map(k -> k.id() + k.trigger().map(t -> "="
                    + t.anyOf()).orElse("")).toList() + ", answers " + assessment.answers()
                    + ", recorded " + assessment.knockOuts();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Draws.of(200).map(ScoringLawsProperties::generate);
    }

    static Case generate(Draws r) {
        List<Part> parts = new ArrayList<>();
        List<Criterion> earlier = new ArrayList<>();
        int budget = 100;
        int code = 1;
        for (PartCode pc : PartCode.values()) {
            List<Section> sections = new ArrayList<>();
            int partMax = 0;
            int nSections = 1 + r.nextInt(3);
            for (int s = 0; s < nSections; s++) {
                List<Criterion> criteria = new ArrayList<>();
                int sectionMax = 0;
                int nCriteria = 1 + r.nextInt(4);
                for (int c = 0; c < nCriteria && budget > 0; c++) {
                    int max = 1 + r.nextInt(Math.min(8, budget));
                    budget -= max;
                    sectionMax += max;
                    Criterion made = criterion(r, code + "." + (c + 1), max, condition(r, earlier));
                    criteria.add(made);
                    earlier.add(made);
                }
                if (criteria.isEmpty()) {
                    break;
                }
                sections.add(new Section(String.valueOf(code), "S" + code, sectionMax, Fixtures.cite(null), List.of(),
                        criteria));
                partMax += sectionMax;
                code++;
            }
            parts.add(new Part(pc, pc.name(), partMax, Fixtures.cite(null), sections));
        }
        List<KnockOut> knockOuts = new ArrayList<>();
        if (r.nextInt(3) == 0) {
            knockOuts.add(new KnockOut("KO1", null, KnockOutEffect.DISQUALIFIED, "recorded", Fixtures.cite(null)));
        }
        if (r.nextInt(3) == 0) {
            Criterion on = earlier.get(r.nextInt(earlier.size()));
            List<String> keys = keys(on);
            knockOuts.add(new KnockOut("KO2", on.code(), KnockOutEffect.NOT_EVALUATED_FURTHER, "follows",
                    Fixtures.cite(null), Optional.of(new KnockOutTrigger(List.of(new KnockOutTrigger.AnswerCondition(
                    on.code(), Set.of(keys.get(r.nextInt(keys.size())))))))));
        }
        ScoringSheet sheet = new ScoringSheet("G", "generated", null, null, List.of(), Fixtures.cite(null), knockOuts,
                parts);
        RuleSet rules = Fixtures.ruleSet(List.of(sheet));
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            // half the time the top option, so that totals reach the higher bands where minima can cap the rank
            List<String> keys = keys(c);
            answers.put(c.code(), r.nextBoolean() ? c.options().get(c.options().size() - 1).key()
                    : keys.get(r.nextInt(keys.size())));
        }
        List<String> recorded = !knockOuts.isEmpty() && knockOuts.get(0).trigger().isEmpty() && r.nextInt(4) == 0
                ? List.of("KO1") : List.of();
        return new Case(rules, sheet, new Assessment("test", "G", Product.named("p"), "m", answers, recorded));
    }

    /** Sometimes: applies only when an earlier criterion is answered at or above one of its options. */
    private static Applicability condition(Draws r, List<Criterion> earlier) {
        if (earlier.isEmpty() || r.nextInt(4) != 0) {
            return null;
        }
        Criterion on = earlier.get(r.nextInt(earlier.size()));
        List<String> keys = on.options().stream().map(Option::key).toList();
        return new Applicability(on.code(), keys.subList(r.nextInt(keys.size()), keys.size()), "when " + on.code());
    }

    /** A ladder of 1..5 options in increasing points ending at {@code max}, some marked for 3, 4 or 5 stars. */
    private static Criterion criterion(Draws r, String code, int max, Applicability condition) {
        int n = 1 + r.nextInt(5);
        List<Integer> pts = new ArrayList<>();
        boolean startsAtZero = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            pts.add(i == n - 1 ? max : (startsAtZero && i == 0 ? 0 : r.nextInt(max + 1)));
        }
        Collections.sort(pts);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Integer mark = r.nextInt(4) == 0 ? 3 + r.nextInt(3) : null;
            options.add(new Option(String.valueOf((char) ('a' + i)), "o", pts.get(i), mark, null, null,
                    Citation.ofItem("T", null, null, null)));
        }
        return new Criterion(code, "c" + code, max, List.of(), condition, Fixtures.cite(code), options);
    }

    /** The answers a criterion takes: its option keys, and "none" where its ladder does not start at 0. */
    private static List<String> keys(Criterion c) {
        List<String> keys = new ArrayList<>(c.options().stream().map(Option::key).toList());
        if (c.acceptsNone()) {
            keys.add(Assessment.NONE);
        }
        return keys;
    }

    /**
     * What the decision's rules give, worked out directly from the generated sheet: a criterion applies when the
     * criterion of its condition applies and is answered with one of the listed options; it scores its chosen
     * option's points when it applies, else 0; the band is the number of bands whose lower bound the total reaches;
     * a star level is denied when a criterion scores below the most lenient option marked for that level, and the
     * rank is the band capped below the lowest denied level (never below 1); any knock-out leaves it unranked.
     */
    record Oracle(Map<String, Boolean> applies, Map<String, Integer> points, int total, int band, int stars,
                  List<String> knockOuts) {
        static Oracle of(Case k) {
            Map<String, Boolean> applies = new LinkedHashMap<>();
            Map<String, Integer> points = new LinkedHashMap<>();
            Map<String, String> answers = k.assessment().answers();
            for (Criterion c : k.sheet().criteria()) {
                boolean on = c.applicability().map(a -> applies.get(a.criterion())
                        && a.anyOf().contains(answers.get(a.criterion()))).orElse(true);
                applies.put(c.code(), on);
                String key = answers.get(c.code());
                points.put(c.code(), !on || Assessment.NONE.equals(key) ? 0 : c.option(key).orElseThrow().points());
            }
            int total = points.values().stream().mapToInt(Integer::intValue).sum();
            int band = 0;
            for (StarBand b : k.rules().starRanking().bands()) {
                band += total >= b.minPoints() ? 1 : 0;
            }
            int lowestDenied = Integer.MAX_VALUE;
            for (Criterion c : k.sheet().criteria()) {
                for (int level = 3; level <= 5; level++) {
                    int lv = level;
                    Optional<Integer> required = c.options().stream()
                            .filter(o -> o.minimumFor() != null && o.minimumFor() == lv)
                            .map(Option::points).min(Integer::compare);
                    if (required.isPresent() && points.get(c.code()) < required.get()) {
                        lowestDenied = Math.min(lowestDenied, level);
                    }
                }
            }
            int stars = Math.max(1, Math.min(band, lowestDenied - 1));
            List<String> kos = new ArrayList<>(k.assessment().knockOuts());
            for (KnockOut ko : k.sheet().knockOuts()) {
                boolean fires = ko.trigger().map(t -> t.anyOf().stream().anyMatch(cond -> applies.get(cond.criterion())
                        && cond.options().contains(answers.get(cond.criterion())))).orElse(false);
                if (fires && !kos.contains(ko.id())) {
                    kos.add(ko.id());
                }
            }
            return new Oracle(applies, points, total, band, stars, kos);
        }
    }

    @Property(tries = 500)
    void theCardAgreesWithTheRulesWorkedOutFromTheSheet(@ForAll("cases") Case k) {
        Oracle o = Oracle.of(k);
        ScoreCard card = ScoringEngine.of(k.rules()).score(k.assessment());
        for (CriterionScore s : card.criteria()) {
            assertThat(s.applicable()).as(s.code()).isEqualTo(o.applies().get(s.code()));
            assertThat(s.points()).as(s.code()).isEqualTo(o.points().get(s.code()));
        }
        assertThat(card.total()).isEqualTo(o.total());
        assertThat(card.bandStars()).isEqualTo(o.band());
        assertThat(card.starsBeforeKnockOuts()).isEqualTo(o.stars());
        assertThat(card.knockOuts()).extracting(KnockOut::id).containsExactlyInAnyOrderElementsOf(o.knockOuts());
        assertThat(card.ranked()).isEqualTo(o.knockOuts().isEmpty());
        assertThat(card.stars().isPresent()).isEqualTo(o.knockOuts().isEmpty());
        // an answer to a criterion that does not apply is ignored with a warning naming it
        long ignored = o.applies().values().stream().filter(on -> !on).count();
        assertThat(card.warnings()).hasSize((int) ignored);
        // the generator reaches the cases these laws are about
        boolean conditional = k.sheet().criteria().stream().anyMatch(c -> c.applicability().isPresent());
        boolean derived = !card.derivedKnockOuts().isEmpty();
        boolean capped = o.stars() < o.band();
        Statistics.label("conditional criteria").collect(conditional);
        Statistics.label("an answer withdrew a criterion").collect(ignored > 0);
        Statistics.label("knock-out from an answer").collect(derived);
        Statistics.label("knock-out recorded").collect(!k.assessment().knockOuts().isEmpty());
        Statistics.label("rank capped by a minimum").collect(capped);
        Statistics.label("conditional criteria").coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("an answer withdrew a criterion").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("knock-out from an answer").coverage(c -> c.check(true).percentage(p -> p > 3));
        Statistics.label("knock-out recorded").coverage(c -> c.check(true).percentage(p -> p > 3));
        Statistics.label("rank capped by a minimum").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 300)
    void totalIsTheSumOfThePartsAndOfTheCriteria(@ForAll("cases") Case k) {
        ScoreCard card = ScoringEngine.of(k.rules()).score(k.assessment());
        int parts = card.parts().values().stream().mapToInt(Integer::intValue).sum();
        int criteria = card.criteria().stream().mapToInt(CriterionScore::points).sum();
        assertThat(card.total()).isEqualTo(parts).isEqualTo(criteria);
        for (Part p : k.sheet().parts()) {
            int sections = p.sections().stream().mapToInt(s -> card.sections().get(s.code())).sum();
            assertThat(card.part(p.code())).isEqualTo(sections);
        }
    }

    @Property(tries = 300)
    void rankNeverExceedsTheBandAndOnlyABlockingMinimumLowersIt(@ForAll("cases") Case k) {
        ScoreCard card = ScoringEngine.of(k.rules()).score(k.assessment());
        int stars = card.starsBeforeKnockOuts();
        assertThat(stars).isBetween(1, 5).isLessThanOrEqualTo(card.bandStars());
        if (stars < card.bandStars()) {
            assertThat(card.blockingMinimums()).isNotEmpty()
                    .allSatisfy(u -> assertThat(u.requiredFor()).isGreaterThan(stars));
        } else {
            assertThat(card.blockingMinimums()).isEmpty();
        }
    }

    @Property(tries = 300)
    void raisingAnyAnswerNeverLowersPointsOrStars(@ForAll("cases") Case k) {
        ScoringEngine engine = ScoringEngine.of(k.rules());
        ScoreCard before = engine.score(k.assessment());
        for (Criterion c : k.sheet().criteria()) {
            // conditions list an option and every option above it, so climbing the ladder never withdraws a criterion
            int current = c.options().stream().map(Option::key).toList().indexOf(k.assessment().answers().get(c.code()));
            for (int i = current + 1; i < c.options().size(); i++) {
                ScoreCard after = engine.score(k.assessment().withAnswer(c.code(), c.options().get(i).key()));
                assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
                assertThat(after.starsBeforeKnockOuts()).isGreaterThanOrEqualTo(before.starsBeforeKnockOuts());
                assertThat(after.part(k.sheet().partOf(c.code())))
                        .isGreaterThanOrEqualTo(before.part(k.sheet().partOf(c.code())));
            }
        }
    }

    @Provide
    Arbitrary<Draws> orders() {
        return Draws.of(100);
    }

    @Property(tries = 200)
    void resultsDoNotDependOnTheOrderOfAnswers(@ForAll("cases") Case k, @ForAll("orders") Draws order) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(k.assessment().answers().entrySet());
        order.shuffle(entries);
        Map<String, String> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        ScoringEngine engine = ScoringEngine.of(k.rules());
        ScoreCard a = engine.score(k.assessment());
        ScoreCard b = engine.score(new Assessment("test", "G", Product.named("p"), "m", shuffled,
                k.assessment().knockOuts()));
        assertThat(b.criteria()).isEqualTo(a.criteria());
        assertThat(b.sections()).isEqualTo(a.sections());
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.stars()).isEqualTo(a.stars());
        assertThat(b.unmetMinimums()).isEqualTo(a.unmetMinimums());
        assertThat(b.knockOuts()).isEqualTo(a.knockOuts());
    }

    @Property(tries = 200)
    void droppingAnyApplicableAnswerIsAnErrorNamingThatCriterion(@ForAll("cases") Case k,
                                                                 @ForAll("indices") int index) {
        Oracle o = Oracle.of(k);
        List<String> codes = o.applies().entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .toList();
        if (codes.isEmpty()) {
            return;
        }
        String dropped = codes.get(Math.floorMod(index, codes.size()));
        Map<String, String> m = new LinkedHashMap<>(k.assessment().answers());
        m.remove(dropped);
        ScoringEngine engine = ScoringEngine.of(k.rules());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.score(Assessment.of("test", "G", Product.named("p"), m)))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("chưa trả lời tiêu chí " + dropped + " ");
    }

    @Provide
    Arbitrary<Integer> indices() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Property(tries = 100)
    void scoringIsDeterministic(@ForAll("cases") Case k) {
        ScoringEngine engine = ScoringEngine.of(k.rules());
        assertThat(engine.score(k.assessment())).isEqualTo(engine.score(k.assessment()));
    }

    @Property(tries = 300)
    void theQuickScoreOfAPreparedAssessmentAgreesWithTheScoreCard(@ForAll("cases") Case k) {
        ScoringEngine engine = ScoringEngine.of(k.rules());
        PreparedAssessment p = engine.prepare(k.assessment());
        ScoreCard card = engine.score(k.assessment());
        QuickScore q = engine.quickScore(p);
        assertThat(q.total()).isEqualTo(card.total());
        assertThat(q.bandStars()).isEqualTo(card.bandStars());
        assertThat(q.stars()).isEqualTo(card.starsBeforeKnockOuts());
        assertThat(q.ranked()).isEqualTo(card.ranked());
        assertThat(engine.score(p)).isEqualTo(card);
    }
}
