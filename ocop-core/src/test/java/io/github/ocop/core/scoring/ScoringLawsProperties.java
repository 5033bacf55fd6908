package io.github.ocop.core.scoring;

import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring laws, over generated sheets (parts summing to at most 100, random ladders and star marks). */
class ScoringLawsProperties {

    /** A generated sheet, its rule set and a full random assessment of it. */
    record Case(RuleSet rules, ScoringSheet sheet, Assessment assessment, long seed) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.longs().map(ScoringLawsProperties::generate);
    }

    static Case generate(long seed) {
        Random r = new Random(seed);
        List<Part> parts = new ArrayList<>();
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
                    criteria.add(criterion(r, code + "." + (c + 1), max));
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
        ScoringSheet sheet = new ScoringSheet("G", "generated", null, null, List.of(), Fixtures.cite(null), List.of(),
                parts);
        RuleSet rules = Fixtures.ruleSet(List.of(sheet));
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            answers.put(c.code(), pick(r, c));
        }
        return new Case(rules, sheet, Assessment.of("test", "G", Product.named("p"), answers), seed);
    }

    private static Criterion criterion(Random r, String code, int max) {
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
        return new Criterion(code, "c" + code, max, List.of(), null, Fixtures.cite(code), options);
    }

    private static String pick(Random r, Criterion c) {
        int n = c.options().size() + (c.acceptsNone() ? 1 : 0);
        int i = r.nextInt(n);
        return i < c.options().size() ? c.options().get(i).key() : Assessment.NONE;
    }

    private static int pointsOf(Criterion c, String key) {
        return Assessment.NONE.equals(key) ? 0 : c.option(key).orElseThrow().points();
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
    void rankNeverExceedsTheBandAndStaysWithinOneToFive(@ForAll("cases") Case k) {
        ScoreCard card = ScoringEngine.of(k.rules()).score(k.assessment());
        assertThat(card.stars()).isPresent();
        assertThat(card.stars().getAsInt()).isBetween(1, 5).isLessThanOrEqualTo(card.bandStars());
        assertThat(card.bandStars()).isEqualTo(k.rules().starRanking().starsFor(card.total()));
        if (card.stars().getAsInt() < card.bandStars()) {
            assertThat(card.blockingMinimums()).isNotEmpty()
                    .allSatisfy(u -> assertThat(u.requiredFor()).isGreaterThan(card.stars().getAsInt()));
        } else {
            assertThat(card.blockingMinimums()).isEmpty();
        }
    }

    @Property(tries = 300)
    void raisingAnyAnswerNeverLowersPointsOrStars(@ForAll("cases") Case k) {
        ScoringEngine engine = ScoringEngine.of(k.rules());
        ScoreCard before = engine.score(k.assessment());
        for (Criterion c : k.sheet().criteria()) {
            int current = pointsOf(c, k.assessment().answers().get(c.code()));
            for (Option o : c.options()) {
                if (o.points() >= current) {
                    ScoreCard after = engine.score(k.assessment().withAnswer(c.code(), o.key()));
                    assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
                    assertThat(after.stars().getAsInt()).isGreaterThanOrEqualTo(before.stars().getAsInt());
                    assertThat(after.part(k.sheet().partOf(c.code())))
                            .isGreaterThanOrEqualTo(before.part(k.sheet().partOf(c.code())));
                }
            }
        }
    }

    @Property(tries = 200)
    void resultsDoNotDependOnTheOrderOfAnswers(@ForAll("cases") Case k) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(k.assessment().answers().entrySet());
        Collections.shuffle(entries, new Random(k.seed() ^ 0x5DEECE66DL));
        Map<String, String> shuffled = new LinkedHashMap<>();
        entries.forEach(e -> shuffled.put(e.getKey(), e.getValue()));
        ScoringEngine engine = ScoringEngine.of(k.rules());
        ScoreCard a = engine.score(k.assessment());
        ScoreCard b = engine.score(Assessment.of("test", "G", Product.named("p"), shuffled));
        assertThat(b.criteria()).isEqualTo(a.criteria());
        assertThat(b.sections()).isEqualTo(a.sections());
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.stars()).isEqualTo(a.stars());
        assertThat(b.unmetMinimums()).isEqualTo(a.unmetMinimums());
    }

    @Property(tries = 200)
    void droppingAnyAnswerIsAnErrorNamingThatCriterion(@ForAll("cases") Case k, @ForAll("indices") int index) {
        List<String> codes = new ArrayList<>(k.assessment().answers().keySet());
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
