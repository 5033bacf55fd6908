package io.github.ocop.core.scoring;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made rule sets for logic tests (not real law: the real sheets are tested in ocop-rules). */
final class Fixtures {
    static final String INSTRUMENT = "TEST/QĐ";

    private Fixtures() {
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

    static StarRanking bands() {
        return StarRanking.of(List.of(
                new StarBand(1, 0, cite(null)), new StarBand(2, 30, cite(null)), new StarBand(3, 50, cite(null)),
                new StarBand(4, 70, cite(null)), new StarBand(5, 90, cite(null))));
    }

    /**
     * A 100-point sheet "T": A 40 (1.1 /20 with *** at 10, 1.2 /20 with a 'none'-accepting ladder),
     * B 25 (2.1 story /15, 2.2 /10 applicable only when 2.1 != a), C 35 (3 /35 with **** at 30, ***** at 35).
     */
    static RuleSet ruleSet() {
        Criterion c11 = crit("1.1", 20, opt("a", 0, null), opt("b", 10, 3), opt("c", 20, null));
        Criterion c12 = crit("1.2", 20, opt("a", 5, null), opt("b", 20, null));
        Criterion c21 = crit("2.1", 15, opt("a", 0, null), opt("b", 5, null), opt("c", 15, null));
        Criterion c22 = new Criterion("2.2", "criterion 2.2", 10, List.of(),
                new Applicability("2.1", List.of("b", "c"), "Chỉ áp dụng khi có câu chuyện sản phẩm"), cite("2.2"),
                List.of(opt("a", 0, null), opt("b", 10, null)));
        Criterion c3 = crit("3", 35, opt("a", 0, null), opt("b", 20, null), opt("c", 30, 4), opt("d", 35, 5));
        Part a = new Part(PartCode.A, "A", 40, cite(null), List.of(
                new Section("1", "S1", 40, cite("1"), List.of(), List.of(c11, c12))));
        Part b = new Part(PartCode.B, "B", 25, cite(null), List.of(
                new Section("2", "S2", 25, cite("2"), List.of(), List.of(c21, c22))));
        Part c = new Part(PartCode.C, "C", 35, cite(null), List.of(
                new Section("3", "S3", 35, cite("3"), List.of(), List.of(c3))));
        ScoringSheet sheet = new ScoringSheet("T", "Test sheet", null, null, List.of(), cite(null),
                List.of(new KnockOut("KO1", null, KnockOutEffect.DISQUALIFIED, "Hồ sơ bị loại khi: test", cite(null))),
                List.of(a, b, c));
        return ruleSet(List.of(sheet));
    }

    static RuleSet ruleSet(List<ScoringSheet> sheets) {
        List<ProductSubgroup> subgroups = new ArrayList<>();
        for (ScoringSheet s : sheets) {
            subgroups.add(new ProductSubgroup("I.1." + s.id(), "subgroup " + s.id(), List.of(), s.id(), cite(null)));
        }
        subgroups.add(new ProductSubgroup("I.1.z", "no sheet", List.of(), null, cite(null)));
        return RuleSet.builder()
                .id("test")
                .title("Test rules")
                .instrument(new LegalInstrument(INSTRUMENT, "Test", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
                        null, List.of(), List.of()))
                .provenance(new Provenance(ProvenanceKind.SECONDARY, "test", ""))
                .parts(List.of(new PartDefinition(PartCode.A, "A", 40, cite(null)),
                        new PartDefinition(PartCode.B, "B", 25, cite(null)),
                        new PartDefinition(PartCode.C, "C", 35, cite(null))))
                .starRanking(bands())
                .taxonomy(ProductTaxonomy.of(List.of(new ProductGroup("I", "G", List.of(
                        new ProductCategory("I.1", "C", List.of(), subgroups))))))
                .sheets(sheets)
                .build();
    }
}
