package io.github.ocop.core.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;
import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Criterion codes are listed in printed order in messages: numeric segments compare as numbers. */
class CompiledSheetTest {
    @Test
    void codesOrderByNumericSegmentsThenByLength() {
        List<String> codes = new ArrayList<>(List.of("10", "2", "1.10", "1.2", "1", "6.1.2", "6.1", "1.a", "1.b"));
        codes.sort(CompiledSheet::compareCodes);
        assertThat(codes).containsExactly("1", "1.2", "1.10", "1.a", "1.b", "2", "6.1", "6.1.2", "10");
        assertThat(CompiledSheet.compareCodes("1.1", "1.1")).isZero();
        assertThat(CompiledSheet.compareCodes("9", "10")).isNegative();
        assertThat(CompiledSheet.compareCodes("10", "9")).isPositive();
        assertThat(CompiledSheet.compareCodes("2", "1.9")).isPositive();
    }

    @Test
    void segmentsThatAreNotSmallNumbersCompareAsText() {
        assertThat(CompiledSheet.compareCodes("1234567890", "999")).isNegative(); // 10 digits: compared as text
        assertThat(CompiledSheet.compareCodes("a", "b")).isNegative();
        assertThat(CompiledSheet.compareCodes("1", "a")).isNegative();
        assertThat(CompiledSheet.compareCodes("1..2", "1.2")).isNegative(); // an empty segment is text
    }

    @Test
    void theUnknownCodeMessageListsTheSheetsCodesInPrintedOrder() {
        ScoringEngine engine = ScoringEngine.of(Fixtures.ruleSet());
        Assessment a = Assessment.of("test", "T", Product.named("p"),
                java.util.Map.of("1.1", "b", "1.2", "a", "2.1", "a", "3", "a", "9.9", "a"));
        OcopInputException e = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> engine.score(a));
        assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("(expected one of 1.1, 1.2, 2.1, 2.2, 3)");
    }

    @Test
    void everyCodeIsFoundAtItsPrintedIndexAndNoOtherStringIsFound() {
        CompiledSheet cs = new CompiledSheet(Fixtures.ruleSet().sheet("T").orElseThrow());
        assertThat(cs.indexOf("1.1")).isZero();
        assertThat(cs.indexOf(new String("2.2".toCharArray()))).isEqualTo(3); // equal, not identical
        assertThat(cs.indexOf("3")).isEqualTo(4);
        assertThat(cs.indexOf("1.3")).isEqualTo(-1);
        assertThat(cs.indexOf("")).isEqualTo(-1);
    }

    @Test
    void codesWithEqualHashesAreStillToldApart() {
        // "Aa" and "BB" share String.hashCode(): no multiplier separates them, so the table must probe
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        Criterion aa = Fixtures.crit("Aa", 50, Fixtures.opt("a", 0, null), Fixtures.opt("b", 50, null));
        Criterion bb = Fixtures.crit("BB", 50, Fixtures.opt("a", 0, null), Fixtures.opt("b", 50, null));
        CompiledSheet cs = new CompiledSheet(sheet("H", aa, bb));
        assertThat(cs.indexOf("Aa")).isZero();
        assertThat(cs.indexOf("BB")).isEqualTo(1);
        assertThat(cs.indexOf("C#")).isEqualTo(-1); // the same hash again, but no such criterion
        assertThat(cs.vocabulary.option(0, "b")).isEqualTo(1);
        assertThat(cs.vocabulary.option(0, "z")).isEqualTo(io.github.ocop.core.internal.AnswerVocabulary.UNKNOWN);
    }

    @Test
    void perCriterionTheMostLenientMarkedOptionIsTheMinimumAndTheFirstPrintedWinsATie() {
        // alternative cases ("Trường hợp 1/2") may each mark an option for the same star level
        Criterion lower = Fixtures.crit("1", 50, Fixtures.opt("a", 0, null),
                Fixtures.opt("b", 20, 3), Fixtures.opt("c", 10, 3), Fixtures.opt("d", 50, 4));
        Criterion tie = Fixtures.crit("2", 50, Fixtures.opt("a", 0, null),
                Fixtures.opt("b", 10, 3), Fixtures.opt("c", 10, 3), Fixtures.opt("d", 50, null));
        CompiledSheet cs = new CompiledSheet(sheet("M", lower, tie));
        assertThat(cs.minima).extracting(m -> m.criterion() + ":" + m.option() + "=" + m.requiredPoints() + "@"
                + m.requiredFor()).containsExactly("1:c=10@3", "1:d=50@4", "2:b=10@3");
    }

    @Test
    void criterionCodesShapedLikeTheDecisionsFindTheirSlotInOneProbe() {
        // the multiplier is searched per sheet until no two codes share a slot; codes such as 1.1, 1.2, 2.1 have
        // near-consecutive hashes, which the first multiplier tried does not always separate
        for (int sections = 1; sections <= 8; sections++) {
            for (int perSection = 1; perSection <= 7; perSection++) {
                List<Criterion> criteria = new ArrayList<>();
                for (int s = 1; s <= sections; s++) {
                    for (int c = 1; c <= perSection; c++) {
                        criteria.add(Fixtures.crit(s + "." + c, 1, Fixtures.opt("a", 0, null),
                                Fixtures.opt("b", 1, null)));
                    }
                }
                CompiledSheet cs = new CompiledSheet(sheet("S", criteria.toArray(new Criterion[0])));
                assertThat(cs.longestProbe()).as("%d sections of %d", sections, perSection).isEqualTo(1);
                for (int i = 0; i < criteria.size(); i++) {
                    assertThat(cs.indexOf(criteria.get(i).code())).isEqualTo(i);
                }
            }
        }
    }

    /** A one-part sheet holding the criteria (points need not sum to 100: the compiled form does not check). */
    private static ScoringSheet sheet(String id, Criterion... cs) {
        int max = Arrays.stream(cs).mapToInt(Criterion::maxPoints).sum();
        Part part = new Part(PartCode.A,
                "A", max, Fixtures.cite(null), List.of(new Section("1", "S", max,
                Fixtures.cite("1"), List.of(), List.of(cs))));
        return new ScoringSheet(id, "sheet " + id, null, null, List.of(), Fixtures.cite(null),
                List.of(), List.of(part));
    }
}
