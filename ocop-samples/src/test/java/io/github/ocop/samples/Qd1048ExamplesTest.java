package io.github.ocop.samples;

import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example assessments in {@code examples/qd-1048-2019/}, scored by the engine, against totals computed by hand
 * from the sheets as printed by {@code ocop sheet --rule-set qd-1048-2019 --sheet ID} (option points in brackets).
 */
class Qd1048ExamplesTest {
    private static final Path DIR = Path.of("examples/qd-1048-2019");
    private static final ScoringEngine ENGINE = ScoringEngine.of(RuleSets.standard().get("qd-1048-2019"));

    private static ScoreCard score(String file) {
        Assessment a = AssessmentReader.read(DIR.resolve(file));
        return ENGINE.score(a);
    }

    private static void assertParts(ScoreCard card, int a, int b, int c) {
        assertThat(card.parts()).containsExactlyInAnyOrderEntriesOf(Map.of(PartCode.A, a, PartCode.B, b, PartCode.C, c));
    }

    /**
     * I.1.1 Rau, củ, quả, hạt tươi (fresh produce).
     * A: 1.1c[3] 1.2b[1] 1.3b[2] 1.4b[1] 1.5b[2] 1.6a[0] = 9; 2.1c[2] 2.2c[2] 2.3b[1] = 5;
     *    3.1c[3] 3.2b[2] 3.3b[1] 3.4b[1] 3.5b[1] = 8; A = 9 + 5 + 8 = 22.
     * B: 4.1b[2] 4.2b[1] 4.3b[1] = 4; 5.1c[2] 5.2c[2] 5.3a[1] = 5; B = 9.
     * C: 6.1c[2] 6.2d[5] 6.3c[2] 6.4c[2] 6.5b[1] = 12; 7b[1]; 8c[3]; 9.1c[2] 9.2c[2] = 4; 10c[2]; 11a[1];
     *    C = 12 + 1 + 3 + 4 + 2 + 1 = 23.
     * Total 22 + 9 + 23 = 54: band [50, 70) = 3 stars; the only marked minimum, 9.1 c (*** = 2 points), is met.
     */
    @Test
    void freshProduceScores54AndThreeStars() {
        ScoreCard card = score("I.1.1-bo-sap.json");
        assertParts(card, 22, 9, 23);
        assertThat(card.total()).isEqualTo(54);
        assertThat(card.stars()).hasValue(3);
        assertThat(card.unmetMinimums()).isEmpty();
    }

    /**
     * I.3.3 Chế biến từ rau, củ, quả, hạt (processed food).
     * A: 1.1b[2] 1.2b[2] 1.3b[2] 1.4b[1] 1.5c[3] 1.6b[1] = 11; 2.1d[3] 2.2d[3] 2.3c[2] = 8;
     *    3.1b[2] 3.2a[1] 3.3b[1] 3.4b[1] 3.5c[2] = 7; A = 26.
     * B: 4.1c[3] 4.2c[3] 4.3d[3] = 9; 5.1d[3] 5.2d[3] 5.3b[2] = 8; B = 17.
     * C: 6.1d[3] 6.2c[2] 6.3d[3] 6.4c[3] 6.5d[5] 6.6c[2] = 18; 7c[3]; 8.1d[3] 8.2c[2] = 5; 9d[3]; 10b[3];
     *    C = 18 + 3 + 5 + 3 + 3 = 32.
     * Total 26 + 17 + 32 = 75: band [70, 90) = 4 stars; 8.1 d is the marked 3-star minimum (3 points), met.
     */
    @Test
    void processedFoodScores75AndFourStars() {
        ScoreCard card = score("I.3.3-mut-gung.json");
        assertParts(card, 26, 17, 32);
        assertThat(card.total()).isEqualTo(75);
        assertThat(card.stars()).hasValue(4);
    }

    /**
     * II.2.2 Đồ uống không cồn (beverage).
     * A: 1.1c[3] 1.2a[1] 1.3b[2] 1.4a[0] 1.5a[1] 1.6a[0] = 7; 2.1c[2] 2.2c[2] 2.3b[1] = 5;
     *    3.1a[1] 3.2d[1] 3.3b[1] 3.4b[1] 3.5a[0] = 4; A = 16.
     * B: 4.1b[2] 4.2b[1] 4.3c[2] = 5; 5.1b[1] ("Có tài liệu giới thiệu": 5.2 and 5.3 do not apply, 0); B = 6.
     * C: 6.1c[5] 6.2c[3] 6.3c[4] 6.4d[6] = 18; 7c[3]; 8.1c[2] 8.2c[2] = 4; 9c[2]; 10b[3]; C = 18 + 3 + 4 + 2 + 3 = 30.
     * Total 16 + 6 + 30 = 52: band 3 stars, but 8.1 scores 2 where its 3-star minimum (option d, 3 points, from 781)
     * requires 3, so the rank is 2 stars.
     */
    @Test
    void beverageScores52ButItsUnmetMinimumLeavesTwoStars() {
        ScoreCard card = score("II.2.2-nuoc-chanh-day.json");
        assertParts(card, 16, 6, 30);
        assertThat(card.total()).isEqualTo(52);
        assertThat(card.bandStars()).isEqualTo(3);
        assertThat(card.stars()).hasValue(2);
        assertThat(card.unmetMinimums()).singleElement().satisfies(u -> {
            assertThat(u.criterion()).isEqualTo("8.1");
            assertThat(u.requiredFor()).isEqualTo(3);
        });
    }

    /**
     * VI.1.1 Dịch vụ du lịch cộng đồng và điểm du lịch (tourism; 781's minima do not apply).
     * A: 1.1b[3] 1.2b[4] 1.3c[3] 1.4a[1] = 11; 2.1b[3] 2.2b[2] = 5; 3.1c[3] 3.2b[2] 3.3b[3] 3.4b[3] 3.5b[2] = 13;
     *    A = 29.
     * B: 4.1b[3] 4.2b[2] 4.3a[1] 4.4b[2] 4.5b[2] = 10; 5.1b[2] 5.2b[2] 5.3a[1] = 5; B = 15.
     * C: 6b[2] 7c[3] 8b[2] = 7; 9b[2] 10a[1] = 3; 11b[2] 12a[1] 13b[2] = 5; 14c[3] 15b[2] = 5; 16b[3] 17b[2] 18b[2] = 7;
     *    C = 7 + 3 + 5 + 5 + 7 = 27.
     * Total 29 + 15 + 27 = 71: band [70, 90) = 4 stars.
     */
    @Test
    void tourismScores71AndFourStars() {
        ScoreCard card = score("VI.1.1-du-lich-cong-dong.json");
        assertParts(card, 29, 15, 27);
        assertThat(card.total()).isEqualTo(71);
        assertThat(card.stars()).hasValue(4);
        assertThat(card.warnings()).isEmpty();
    }

    /**
     * I.2.1 Gạo, ngũ cốc (rice; the third-party sheet, option points from
     * ../shared/reference/qd-1048-2019/second-source/gao-ngu-coc.csv, key a = the first row of each criterion).
     * A: 1.1c[3] 1.2b[1] 1.3b[2] 1.4b[1] 1.5c[3] 1.6b[1] = 11; 2.1d[3] 2.2c[2] 2.3b[1] = 6;
     *    3.1c[3] 3.2b[2] (first case) 3.3b[1] 3.4a[0] 3.5b[1] = 7; A = 11 + 6 + 7 = 24.
     * B: 4.1c[3] 4.2b[1] 4.3c[2] = 6; 5.1d[3] ("Có câu chuyện ...": 5.2 and 5.3 apply) 5.2c[2] 5.3b[2] = 7; B = 13.
     * C: 6.1d[3] 6.2c[2] 6.3c[2] 6.4d[3] 6.5c[2] = 12; 7.1c[2]; 8.1c[3] ('Độc đáo', group 8 read as TÍNH ĐỘC ĐÁO);
     *    9.1c[2] 9.2d[3] = 5; 10.1d[3]; 11.1a[1]; C = 12 + 2 + 3 + 5 + 3 + 1 = 26.
     * Total 24 + 13 + 26 = 63: band [50, 70) = 3 stars; the 781 minimum 9.1 c (2 points) is met.
     */
    @Test
    void riceOnTheThirdPartySheetScores63AndThreeStars() {
        ScoreCard card = score("I.2.1-gao-lut.json");
        assertParts(card, 24, 13, 26);
        assertThat(card.total()).isEqualTo(63);
        assertThat(card.stars()).hasValue(3);
        assertThat(card.unmetMinimums()).isEmpty();
    }

    /** The rice sheet's 9.1 c (2 points) is its 3-star minimum: 9.1 b (1 point) leaves 63 - 1 = 62 points at 2 stars. */
    @Test
    void riceBelowTheQualityDeclarationMinimumIsTwoStars() {
        Assessment a = AssessmentReader.read(DIR.resolve("I.2.1-gao-lut.json"));
        Map<String, String> answers = new java.util.HashMap<>(a.answers());
        answers.put("9.1", "b");
        ScoreCard card = ENGINE.score(new Assessment(a.ruleSet(), a.sheet(), a.product(), a.assessor(), answers,
                a.knockOuts()));
        assertThat(card.total()).isEqualTo(62);
        assertThat(card.bandStars()).isEqualTo(3);
        assertThat(card.stars()).hasValue(2);
    }
}
