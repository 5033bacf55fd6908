package io.github.ocop.core.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The model of a rule set, read through the hand-made fixture: lookups, equality and a sheet's 100 points. */
class RuleSetModelTest {
    @Test
    void aRuleSetBuiltTwiceFromTheSameFactsIsEqual() {
        RuleSet a = Fixtures.ruleSet();
        RuleSet b = Fixtures.ruleSet();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo("test");
        assertThat(a.sheet("T").orElseThrow()).isEqualTo(b.sheet("T").orElseThrow())
                .hasSameHashCodeAs(b.sheet("T").orElseThrow());
        assertThat(a.taxonomy()).isEqualTo(b.taxonomy()).hasSameHashCodeAs(b.taxonomy());
        Criterion c = a.sheet("T").orElseThrow().criterion("1.1").orElseThrow();
        assertThat(c).isEqualTo(b.sheet("T").orElseThrow().criterion("1.1").orElseThrow()).hasSameHashCodeAs(
                b.sheet("T").orElseThrow().criterion("1.1").orElseThrow());
        assertThat(c).isNotEqualTo(a.sheet("T").orElseThrow().criterion("1.2").orElseThrow());
        assertThat(a.toString()).contains("test");
        assertThat(a.sheet("T").orElseThrow().toString()).contains("T");
        assertThat(c.toString()).contains("1.1").contains("20");
    }

    @Test
    void aDifferentSheetMakesADifferentRuleSet() {
        RuleSet a = Fixtures.ruleSet();
        ScoringSheet t = a.sheet("T").orElseThrow();
        ScoringSheet renamed = new ScoringSheet("U", t.title(), null, null, t.deviations(), t.citation(),
                t.knockOuts(), t.parts());
        assertThat(Fixtures.ruleSet(java.util.List.of(renamed))).isNotEqualTo(a);
        assertThat(renamed).isNotEqualTo(t);
        ScoringSheet retitled = new ScoringSheet("T", "Other title", null, null, t.deviations(), t.citation(),
                t.knockOuts(), t.parts());
        assertThat(retitled).isNotEqualTo(t);
        assertThat(retitled.title()).isEqualTo("Other title");
    }

    @Test
    void lookupsFindWhatWasGivenAndNothingElse() {
        RuleSet r = Fixtures.ruleSet();
        assertThat(r.id()).isEqualTo("test");
        assertThat(r.title()).isEqualTo("Test rules");
        assertThat(r.instrument().number()).isEqualTo(Fixtures.INSTRUMENT);
        assertThat(r.provenance().source()).isEqualTo("test");
        assertThat(r.parts()).hasSize(3);
        assertThat(r.part(PartCode.B).orElseThrow().maxPoints()).isEqualTo(25);
        assertThat(r.sheet("T")).isPresent();
        assertThat(r.sheet("X")).isEmpty();
        assertThat(r.interpretations()).isEmpty();
        assertThat(r.interpretation("none")).isEmpty();
        assertThat(r.errata()).isEmpty();
        assertThat(r.digest()).isEmpty();
        ScoringSheet s = r.sheet("T").orElseThrow();
        assertThat(s.maxPoints()).isEqualTo(100);
        assertThat(s.classification()).isEmpty();
        assertThat(s.provenance()).isEmpty();
        assertThat(s.deviations()).isEmpty();
        assertThat(s.citation().instrument()).isEqualTo(Fixtures.INSTRUMENT);
        assertThat(s.part(PartCode.C).orElseThrow().maxPoints()).isEqualTo(35);
        assertThat(s.criterion("2.2")).isPresent();
        assertThat(s.criterion("2.3")).isEmpty();
        assertThat(s.partOf("2.2")).isEqualTo(PartCode.B);
        assertThat(s.knockOut("KO1").orElseThrow().criterionCode()).isEmpty();
        Criterion c = s.criterion("1.1").orElseThrow();
        assertThat(c.title()).isEqualTo("criterion 1.1");
        assertThat(c.maxPoints()).isEqualTo(20);
        assertThat(c.highestOptionPoints()).isEqualTo(20);
        assertThat(c.notes()).isEmpty();
        assertThat(c.citation().item()).isEqualTo("1.1");
        assertThat(c.option("b").orElseThrow().minimumFor()).isEqualTo(3);
        assertThat(c.option("a").orElseThrow().minimumFor()).isNull();
        assertThat(c.option("a").orElseThrow().printed()).isTrue();
        assertThat(c.option("a").orElseThrow().caseLabel()).isNull();
    }

    @Test
    void theTaxonomyMapsSubgroupsToTheirSheet() {
        RuleSet r = Fixtures.ruleSet();
        assertThat(r.taxonomy().subgroupsOfSheet("T")).extracting(ProductSubgroup::code).containsExactly("I.1.T");
        assertThat(r.taxonomy().subgroupsOfSheet("X")).isEmpty();
        assertThat(r.taxonomy().allSubgroups()).extracting(ProductSubgroup::code).containsExactly("I.1.T", "I.1.z");
        assertThat(r.taxonomy().groupOf("I.1.z").orElseThrow().code()).isEqualTo("I");
        assertThat(r.taxonomy().groupOf("II.1.a")).isEmpty();
        assertThat(r.taxonomy().subgroup("I.1.T").orElseThrow().sheet()).hasValue("T");
        assertThat(r.taxonomy().subgroup("I.1.z").orElseThrow().sheet()).isEmpty();
        assertThat(r.taxonomy().groups()).hasSize(1);
        assertThat(r.taxonomy().toString()).isNotBlank();
    }

    @Test
    void aPartCodeIsParsedIgnoringBlanksAndUnknownOnesAreNamed() {
        assertThat(PartCode.parse(" B ")).isEqualTo(PartCode.B);
        assertThat(PartCode.parse("C")).isEqualTo(PartCode.C);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartCode.parse("D"))
                .hasMessageContaining("'D'").hasMessageContaining("A, B or C");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PartCode.parse(null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
