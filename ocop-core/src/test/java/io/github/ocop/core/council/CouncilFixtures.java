package io.github.ocop.core.council;

import io.github.ocop.core.model.Applicability;
import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.LevelAuthority;
import io.github.ocop.core.model.ProcessRules;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.ReEntryPolicy;
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
import io.github.ocop.core.scoring.Product;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made sheets for council logic tests (NOT real law; the real 26/2026 sheets are tested in ocop-rules).
 * Sheet "T": A 40 (1.1 /20: a 0, b 10 ***, c 20; 1.2 /20: a 5, b 20), B 25 (2.1 /15: a 0, b 5, c 15; 2.2 /10 only
 * when 2.1 is b or c: a 0, b 10), C 35 (3 /35: a 0, b 20, c 30 ****, d 35 *****), knock-out KO1.
 * Sheet "U": one criterion per part with an option for every point: 1.1 /40, 2.1 /25, 3.1 /35 (keys "p0".."pN"),
 * 3.1 marks p15 *** and p25 ****, knock-out KO1.
 */
final class CouncilFixtures {
    static final String INSTRUMENT = "TEST/QĐ";
    static final Product PRODUCT = Product.named("Sản phẩm thử");

    private CouncilFixtures() {
    }

    static Citation cite(String item) {
        return Citation.ofItem(INSTRUMENT, "II", "T", item);
    }

    static Option opt(String key, int points, Integer minimumFor) {
        return new Option(key, "option " + key, points, minimumFor, null, null, cite(null));
    }

    static Criterion crit(String code, int max, Option... options) {
        return new Criterion(code, "criterion " + code, max, List.of(), null, cite(code), List.of(options));
    }

    static Criterion ladder(String code, int max, Map<Integer, Integer> marks) {
        List<Option> options = new ArrayList<>();
        for (int p = 0; p <= max; p++) {
            options.add(opt("p" + p, p, marks.get(p)));
        }
        return new Criterion(code, "criterion " + code, max, List.of(), null, cite(code), options);
    }

    static KnockOut ko() {
        return new KnockOut("KO1", null, KnockOutEffect.DISQUALIFIED, "Hồ sơ bị loại khi: thử", cite(null));
    }

    static ScoringSheet sheetT() {
        Criterion c11 = crit("1.1", 20, opt("a", 0, null), opt("b", 10, 3), opt("c", 20, null));
        Criterion c12 = crit("1.2", 20, opt("a", 5, null), opt("b", 20, null));
        Criterion c21 = crit("2.1", 15, opt("a", 0, null), opt("b", 5, null), opt("c", 15, null));
        Criterion c22 = new Criterion("2.2", "criterion 2.2", 10, List.of(),
                new Applicability("2.1", List.of("b", "c"), "Chỉ áp dụng khi có câu chuyện sản phẩm"), cite("2.2"),
                List.of(opt("a", 0, null), opt("b", 10, null)));
        Criterion c3 = crit("3", 35, opt("a", 0, null), opt("b", 20, null), opt("c", 30, 4), opt("d", 35, 5));
        return new ScoringSheet("T", "Test sheet", null, null, List.of(), cite(null), List.of(ko()), List.of(
                new Part(PartCode.A, "A", 40, cite(null), List.of(new Section("1", "S1", 40, cite("1"), List.of(),
                        List.of(c11, c12)))),
                new Part(PartCode.B, "B", 25, cite(null), List.of(new Section("2", "S2", 25, cite("2"), List.of(),
                        List.of(c21, c22)))),
                new Part(PartCode.C, "C", 35, cite(null), List.of(new Section("3", "S3", 35, cite("3"), List.of(),
                        List.of(c3))))));
    }

    static ScoringSheet sheetU() {
        return new ScoringSheet("U", "Fine-grained test sheet", null, null, List.of(), cite(null), List.of(ko()),
                List.of(new Part(PartCode.A, "A", 40, cite(null), List.of(new Section("1", "S1", 40, cite("1"),
                                List.of(), List.of(ladder("1.1", 40, Map.of()))))),
                        new Part(PartCode.B, "B", 25, cite(null), List.of(new Section("2", "S2", 25, cite("2"),
                                List.of(), List.of(ladder("2.1", 25, Map.of()))))),
                        new Part(PartCode.C, "C", 35, cite(null), List.of(new Section("3", "S3", 35, cite("3"),
                                List.of(), List.of(ladder("3.1", 35, Map.of(15, 3, 25, 4))))))));
    }

    /** The test sheets under a rule set id (a real id lets tests reach the real process tables). */
    static RuleSet ruleSet(String id) {
        return ruleSet(id, ProcessRules.NONE);
    }

    static RuleSet ruleSet(String id, ProcessRules process) {
        List<ScoringSheet> sheets = List.of(sheetT(), sheetU());
        List<ProductSubgroup> subgroups = new ArrayList<>();
        for (ScoringSheet s : sheets) {
            subgroups.add(new ProductSubgroup("I.1." + s.id(), "subgroup " + s.id(), List.of(), s.id(), cite(null)));
        }
        return RuleSet.builder()
                .id(id)
                .title("Test rules")
                .instrument(new LegalInstrument(INSTRUMENT, "Test", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                        null, List.of(), List.of()))
                .provenance(new Provenance(ProvenanceKind.SECONDARY, "test", ""))
                .parts(List.of(new PartDefinition(PartCode.A, "A", 40, cite(null)),
                        new PartDefinition(PartCode.B, "B", 25, cite(null)),
                        new PartDefinition(PartCode.C, "C", 35, cite(null))))
                .starRanking(StarRanking.of(List.of(new StarBand(1, 0, cite(null)), new StarBand(2, 30, cite(null)),
                        new StarBand(3, 50, cite(null)), new StarBand(4, 70, cite(null)),
                        new StarBand(5, 90, cite(null)))))
                .taxonomy(ProductTaxonomy.of(List.of(new ProductGroup("I", "G", List.of(
                        new ProductCategory("I.1", "C", List.of(), subgroups))))))
                .sheets(sheets)
                .process(process)
                // the council readings a rule set file names (ids the engine applies when the file defines them)
                .interpretations(java.util.stream.Stream.of(CouncilEvaluation.MEAN_OF_MEMBER_TOTALS,
                        CouncilEvaluation.MINIMA_ON_CRITERION_MEANS, CouncilEvaluation.SPREAD_RULE,
                        CouncilEvaluation.QUORUM_RULE, CouncilEvaluation.KNOCK_OUT_BY_ANY_MEMBER,
                        CouncilEvaluation.BAND_ON_EXACT_MEAN, CouncilEvaluation.MEMBER_ID_MATCHING)
                        .map(i -> new io.github.ocop.core.model.Interpretation(i, "test reading " + i, "test"))
                        .toList())
                .build();
    }

    static RuleSet ruleSet() {
        return ruleSet("test");
    }

    /** The provincial chair of the fixture process. */
    static final Decider CHAIR = new Decider("chair", "Chủ tịch UBND tỉnh thử", "Test provincial chair");

    /**
     * The test sheets with a fixture process of two levels: the province certifies 3 and 4 stars and forwards from
     * 90 points to the centre, which certifies 5 stars.
     */
    static RuleSet ruleSetWithProcess(String id) {
        return ruleSetWithProcess(id, io.github.ocop.core.model.ReferralBasis.SCORE_AND_RANK);
    }

    /** As {@link #ruleSetWithProcess(String)}, the province forwarding on the given basis. */
    static RuleSet ruleSetWithProcess(String id, io.github.ocop.core.model.ReferralBasis basis) {
        Decider ministry = new Decider("ministry", "Bộ thử", "Test ministry");
        LevelAuthority province = new LevelAuthority(EvaluationLevel.PROVINCE, CHAIR, CHAIR, java.util.Set.of(3, 4),
                java.util.Optional.of(EvaluationLevel.CENTRAL), java.util.OptionalDouble.of(90), java.util.Optional.of(basis),
                java.util.Optional.empty(), java.util.OptionalInt.empty(), java.util.Optional.empty(),
                List.of("Test Điều 1"), List.of("Test Điều 2"), List.of(), "test");
        LevelAuthority central = new LevelAuthority(EvaluationLevel.CENTRAL, ministry, ministry, java.util.Set.of(5),
                java.util.Optional.empty(), java.util.OptionalDouble.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.OptionalInt.empty(), java.util.Optional.of(EvaluationLevel.PROVINCE),
                List.of("Test Điều 3"), List.of(), List.of("Test Điều 4"), "test");
        ProcessVersion v = new ProcessVersion("test-process", "Test", LocalDate.of(2026, 1, 1),
                java.util.Optional.empty(), List.of(province, central), List.of("Test Điều 5"),
                java.util.Optional.empty(), List.of(), List.of(), java.util.Optional.empty(), List.of(),
                ReEntryPolicy.ANY_LATER_DATE, "Test Điều 6");
        return ruleSet(id, new ProcessRules(List.of(v), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), List.of(), List.of(CHAIR, ministry)));
    }

    /** An assessment on sheet T: answers to 1.1, 1.2, 2.1, 2.2, 3 in that order. */
    static Assessment tIn(String ruleSet, String assessor, String a11, String a12, String a21, String a22, String a3,
                        String... knockOuts) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("1.1", a11);
        m.put("1.2", a12);
        m.put("2.1", a21);
        m.put("2.2", a22);
        m.put("3", a3);
        return new Assessment(ruleSet, "T", PRODUCT, assessor, m, List.of(knockOuts));
    }

    static Assessment t(String assessor, String a11, String a12, String a21, String a22, String a3,
                        String... knockOuts) {
        return tIn("test", assessor, a11, a12, a21, a22, a3, knockOuts);
    }

    /** An assessment on sheet U with the given points on 1.1, 2.1 and 3.1. */
    static Assessment u(String ruleSet, String assessor, int p11, int p21, int p31, boolean knockOut) {
        return new Assessment(ruleSet, "U", PRODUCT, assessor, Map.of("1.1", "p" + p11, "2.1", "p" + p21, "3.1",
                "p" + p31), knockOut ? List.of("KO1") : List.of());
    }
}
