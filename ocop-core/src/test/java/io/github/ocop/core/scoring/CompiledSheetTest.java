package io.github.ocop.core.scoring;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
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
        assertThat(e.getMessage()).contains("(expected one of 1.1, 1.2, 2.1, 2.2, 3)");
    }
}
