package io.github.ocop.samples;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example assessment in {@code examples/qd-148-2023/}, scored on the one (third-party) QĐ 148 sheet, against a
 * total computed by hand from ../shared/reference/qd-148-2023/third-party/sheet-rau-cu-qua-hat-tuoi.txt (option points
 * in brackets; key a = the first option printed under each item).
 */
class Qd148ExamplesTest {

    /**
     * I.1.a Rau, củ, quả, hạt tươi.
     * A: 1.1c[5] 1.2b[2] 1.3b[2] 1.4c[2] 1.5a[1] 1.6b[1] = 13; 2.1c[3] 2.2c[2] 2.3b[2] = 7;
     *    3.1c[3] 3.2a[0] 3.3b[3] 3.4b[2] 3.5b[1] 3.6a[1] = 10; A = 30.
     * B: 4.1c[3] 4.2b[1] 4.3c[2] = 6; 5.1d[3] 5.2c[3] 5.3b[1] = 7; B = 13.
     * C: 6.1c[2] 6.2d[3] 6.3c[2] 6.4c[2] = 9; 7b[1]; 8c[3]; 9.1c[2] 9.2d[3] = 5; 10c[2]; 11a[1]; 12a[1]; C = 22.
     * Total 30 + 13 + 22 = 65: band [50, 70) = 3 stars; the 3-star marks (5.2 c "***" 3 points, 9.1 c "***" 2
     * points, 10 c "***" 2 points) are met, so the rank is 3 stars.
     */
    @Test
    void freshFruitOnTheThirdPartySheetScores65AndThreeStars() {
        ScoreCard card = ScoringEngine.of(RuleSets.standard().get("qd-148-2023"))
                .score(AssessmentReader.read(Path.of("examples/qd-148-2023/I.1.a-buoi.json")));
        assertThat(card.parts()).containsExactlyInAnyOrderEntriesOf(Map.of(PartCode.A, 30, PartCode.B, 13,
                PartCode.C, 22));
        assertThat(card.total()).isEqualTo(65);
        assertThat(card.stars()).hasValue(3);
        assertThat(card.unmetMinimums()).allSatisfy(u -> assertThat(u.requiredFor()).isGreaterThan(3));
    }
}
