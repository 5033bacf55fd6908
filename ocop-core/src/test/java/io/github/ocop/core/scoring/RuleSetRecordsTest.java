package io.github.ocop.core.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Erratum;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutEffect;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.PartDefinition;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductTaxonomy;
import io.github.ocop.core.model.Provenance;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a rule set records besides points (its readings, errata, provenance, notes, alternative cases) is kept as
 * given and read back, so a score card or an explanation can cite it.
 */
class RuleSetRecordsTest {
    @Test
    void interpretationsAndErrataAreKeptAndFoundById() {
        Interpretation reading = new Interpretation("I-TEST", "đọc như sau", "the text is silent");
        Erratum erratum = new Erratum("E-1", "T", "1.1", "b", "points", "13", "3", "misprint", 42);
        RuleSet base = Fixtures.ruleSet();
        RuleSet r = RuleSet.builder().id(base.id()).title(base.title()).instrument(base.instrument())
                .provenance(base.provenance()).parts(base.parts()).starRanking(base.starRanking())
                .taxonomy(base.taxonomy()).sheets(base.sheets())
                .interpretations(List.of(reading)).errata(List.of(erratum)).build();
        assertThat(r.interpretations()).containsExactly(reading);
        assertThat(r.interpretation("I-TEST")).contains(reading);
        assertThat(r.interpretation("I-OTHER")).isEmpty();
        assertThat(r.errata()).containsExactly(erratum);
        assertThat(base.interpretations()).isEmpty();
        assertThat(base.interpretation("I-TEST")).isEmpty();
    }

    @Test
    void aSheetKeepsItsClassificationProvenanceAndDeviations() {
        ScoringSheet t = Fixtures.ruleSet().sheet("T").orElseThrow();
        Provenance own = new Provenance(ProvenanceKind.SECONDARY, "platform data", "");
        ScoringSheet s = new ScoringSheet("T2", t.title(), "Nhóm: Thực phẩm", own, List.of("part C sums to 38"),
                t.citation(), t.knockOuts(), t.parts());
        assertThat(s.classification()).contains("Nhóm: Thực phẩm");
        assertThat(s.provenance()).contains(own);
        assertThat(s.deviations()).containsExactly("part C sums to 38");
        assertThat(t.classification()).isEmpty();
        assertThat(t.provenance()).isEmpty();
        assertThat(t.deviations()).isEmpty();
    }

    @Test
    void criteriaKeepTheirNotesAndOptionsTheirCaseAndOrigin() {
        Option printed = new Option("a", "có", 5, null, "Trường hợp 1", null, Fixtures.cite("1"));
        Option supplied = new Option("b", "không", 0, null, null, "I-BINARY", Fixtures.cite("1"));
        Criterion c = new Criterion("1", "tiêu chí", 5, List.of("Ghi chú: test"), null, Fixtures.cite("1"),
                List.of(printed, supplied));
        assertThat(c.notes()).containsExactly("Ghi chú: test");
        assertThat(printed.caseLabel()).contains("Trường hợp 1");
        assertThat(supplied.caseLabel()).isNull();
        assertThat(printed.printed()).isTrue();
        assertThat(supplied.printed()).isFalse();
        KnockOut under = new KnockOut("KO", "3.1", KnockOutEffect.DISQUALIFIED, "loại", Fixtures.cite(null));
        assertThat(under.criterionCode()).contains("3.1");
        assertThat(new KnockOut("KO", null, KnockOutEffect.DISQUALIFIED, "loại", Fixtures.cite(null)).criterionCode())
                .isEmpty();
    }

    @Test
    void taxonomiesAreEqualExactlyWhenTheirGroupsAre() {
        ProductTaxonomy t = Fixtures.ruleSet().taxonomy();
        assertThat(t).isEqualTo(ProductTaxonomy.of(t.groups()));
        assertThat(t).isNotEqualTo(ProductTaxonomy.of(List.of(new ProductGroup("II", "G2", List.of()))));
        assertThat(t).isNotEqualTo("I");
    }

    @Test
    void aPartIsWorth0To100Points() {
        assertThat(new PartDefinition(PartCode.A, "A", 0, Fixtures.cite(null)).maxPoints()).isZero();
        assertThat(new PartDefinition(PartCode.A, "A", 100, Fixtures.cite(null)).maxPoints()).isEqualTo(100);
        assertThatThrownBy(() -> new PartDefinition(PartCode.A, "A", -1, Fixtures.cite(null)))
                .hasMessage("part A maxPoints must be within 0..100, was -1");
        assertThatThrownBy(() -> new PartDefinition(PartCode.A, "A", 101, Fixtures.cite(null)))
                .hasMessage("part A maxPoints must be within 0..100, was 101");
    }
}
