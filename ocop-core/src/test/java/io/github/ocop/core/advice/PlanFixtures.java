package io.github.ocop.core.advice;

import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Citation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutEffect;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.ProductTaxonomy;
import io.github.ocop.core.model.Provenance;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.model.StarBand;
import io.github.ocop.core.model.StarRanking;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.testkit.Draws;
import io.github.ocop.core.scoring.Product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small generated sheets for planner tests (not real law: the real sheets are tested in ocop-rules). */
final class PlanFixtures {
    static final String INSTRUMENT = "TEST/QĐ";

    private PlanFixtures() {
    }

    static Citation cite(String item) {
        return Citation.ofItem(INSTRUMENT, "II", "G", item);
    }

    /** A generated sheet with its rule set and a full random assessment of it. */
    record Case(RuleSet rules, ScoringSheet sheet, Assessment assessment, Draws draws) {
    }

    /**
     * A sheet of 2..8 criteria spread over parts A, B, C (maxima up to 30 each, total at most 100), ladders of 1..3
     * options (some starting above 0, so "none" is accepted), random star marks on increasing options, sometimes a
     * criterion that applies only when the previous one is not answered with its first option, sometimes a
     * knock-out recorded.
     */
    static Case generate(Draws r) {
        int n = 2 + r.nextInt(7);
        int budget = 100;
        List<List<Criterion>> byPart = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Criterion previous = null;
        for (int i = 0; i < n && budget > 0; i++) {
            int max = 1 + r.nextInt(Math.min(30, budget));
            budget -= max;
            String code = (i + 1) + ".1";
            Applicability cond = null;
            if (previous != null && previous.options().size() >= 2 && r.nextInt(4) == 0) {
                List<String> any = previous.options().subList(1, previous.options().size()).stream()
                        .map(Option::key).toList();
                cond = new Applicability(previous.code(), any, "applies only when " + previous.code() + " is not a");
            }
            Criterion c = criterion(r, code, max, cond);
            byPart.get(Math.min(2, i * 3 / n)).add(c);
            previous = cond == null ? c : null;
        }
        List<Part> parts = new ArrayList<>();
        for (PartCode pc : PartCode.values()) {
            List<Criterion> cs = byPart.get(pc.ordinal());
            int max = cs.stream().mapToInt(Criterion::maxPoints).sum();
            List<Section> sections = cs.isEmpty() ? List.of()
                    : List.of(new Section(String.valueOf(pc.ordinal() + 1), "S", max, cite(null), List.of(), cs));
            parts.add(new Part(pc, pc.name(), max, cite(null), sections));
        }
        ScoringSheet sheet = new ScoringSheet("G", "generated", null, null, List.of(), cite(null),
                List.of(new KnockOut("KO1", null, KnockOutEffect.DISQUALIFIED, "test", cite(null))), parts);
        RuleSet rules = ruleSet(sheet);
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            List<String> keys = new ArrayList<>(c.options().stream().map(Option::key).toList());
            if (c.acceptsNone()) {
                keys.add(Assessment.NONE);
            }
            answers.put(c.code(), keys.get(r.nextInt(keys.size())));
        }
        List<String> kos = r.nextInt(15) == 0 ? List.of("KO1") : List.of();
        return new Case(rules, sheet, new Assessment("test", "G", Product.named("p"), "", answers, kos), r);
    }

    private static Criterion criterion(Draws r, String code, int max, Applicability cond) {
        int k = 1 + r.nextInt(3);
        List<Integer> pts = new ArrayList<>();
        int start = r.nextBoolean() ? 0 : 1 + r.nextInt(Math.max(1, max / 2));
        pts.add(Math.min(start, max));
        for (int j = 1; j < k; j++) {
            int prev = pts.get(j - 1);
            if (prev >= max) {
                break;
            }
            pts.add(j == k - 1 ? max : prev + 1 + r.nextInt(max - prev));
        }
        List<Option> options = new ArrayList<>();
        int mark = 3;
        for (int j = 0; j < pts.size(); j++) {
            Integer minFor = null;
            if (j > 0 && mark <= 5 && r.nextInt(3) == 0) {
                minFor = mark;
                mark += 1 + r.nextInt(2);
            }
            options.add(new Option(String.valueOf((char) ('a' + j)), "option " + (char) ('a' + j), pts.get(j), minFor,
                    null, null, cite(code)));
        }
        int realMax = pts.get(pts.size() - 1);
        return new Criterion(code, "criterion " + code, realMax, List.of(), cond, cite(code), options);
    }

    static RuleSet ruleSet(ScoringSheet sheet) {
        return RuleSet.builder()
                .id("test")
                .title("Test rules")
                .instrument(new LegalInstrument(INSTRUMENT, "Test", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                        null, List.of(), List.of()))
                .provenance(new Provenance(ProvenanceKind.SECONDARY, "test", ""))
                .parts(List.of(new PartDefinition(PartCode.A, "A", 40, cite(null)),
                        new PartDefinition(PartCode.B, "B", 25, cite(null)),
                        new PartDefinition(PartCode.C, "C", 35, cite(null))))
                .starRanking(StarRanking.of(List.of(
                        new StarBand(1, 0, cite(null)), new StarBand(2, 30, cite(null)), new StarBand(3, 50, cite(null)),
                        new StarBand(4, 70, cite(null)), new StarBand(5, 90, cite(null)))))
                .taxonomy(ProductTaxonomy.of(List.of(new ProductGroup("I", "G", List.of(
                        new ProductCategory("I.1", "C", List.of(),
                                List.of(new ProductSubgroup("I.1.a", "s", List.of(), sheet.id(), cite(null)))))))))
                .sheets(List.of(sheet))
                .build();
    }
}
