package io.github.ocop.samples;

import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.model.PartCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled QĐ 26/2026 example assessments (one per product group, illustrative data) give the totals and stars
 * worked out by hand from the sheets (printed with {@code ocop sheet --rule-set qd-26-2026 --sheet N}):
 * <ul>
 * <li>sheet 1: A 3+1+2+2+2+1+1 | 3+2+3+1 | 3+1+3+2+2 = 32; B 3+1+2 | 5+1+3 = 15; C 2+3+2+2 +1 +3 +4 +3 +2 +1 = 23;
 * total 70 = the 4-star band's lower bound; every *** and **** mark met → 4★ (5★ marks 1.3, 1.5, 4.1 unmet).</li>
 * <li>sheet 14: A 4+2+2+2+2+1 | 4+3+3+0 | 2+0+3+2+2 = 32; B 3+2+3 | 3+2+3 = 16; C 2+3+3+3 +3 +4 +3 +3 = 24;
 * total 72 → band 4, but 5.1 = 3 misses its **** mark (5) → 3★.</li>
 * <li>sheet 20: A 2+1+1+1+1+0 | 2+2+1+1 | 1+1+3+1+1 = 19; B 2+1+1 | 0 (5.2 does not apply: no story) +0 = 4;
 * C 3+1+3+2+1+1+1+1+2 = 15; total 38 → 2★ (no minima below 3★).</li>
 * <li>sheet 21: A 4+3+3+4+4+1 | 4+4+1 | 1+1+3+2+3 = 38; B 5+3+5 | 5+2+5 = 25; C 5+5+2+3+5 +4 +5 +3 = 32;
 * total 95 and every mark up to ***** met → 5★.</li>
 * <li>sheet 23: A 4+4+2+1+1+1 | 3+3 | 1+0+2+1+1 = 24; B 2+1+2 | 2+1+1 = 9; C 2+3+2 +4 +4 +2 +3 = 20;
 * total 53; the *** mark 8 ≥ 4 is met → 3★.</li>
 * <li>sheet 26: A 3+3+3+2 | 3+2+3 | 3+1+4+3+2 = 32; B 3+2+2+3+2 | 2+2+1 = 17;
 * C 2+3+3+2+2+2+2+3+2+3+2+1 = 27 (items 8, 9, 15 answered in "Trường hợp 2"); total 76 → 4★.</li>
 * <li>sheet 1 with knock-out KO1 recorded: the same 70 points, not ranked.</li>
 * </ul>
 */
class ExampleAssessmentsTest {
    private static final Path EXAMPLES = Path.of("examples/qd-26-2026");

    @ParameterizedTest(name = "{0}: {1}+{2}+{3} = {4} points, band {5}, {6}★")
    @CsvSource({
            "01-rau-cu-qua-buoi-da-xanh.json, 32, 15, 23, 70, 4, 4, ''",
            "14-ruou-trang.json,              32, 16, 24, 72, 4, 3, 5.1",
            "20-tinh-dau.json,                19,  4, 15, 38, 2, 2, ''",
            "21-thu-cong-my-nghe.json,        38, 25, 32, 95, 5, 5, ''",
            "23-hoa.json,                     24,  9, 20, 53, 3, 3, ''",
            "26-du-lich-cong-dong.json,       32, 17, 27, 76, 4, 4, ''",
            "01-rau-cu-qua-bi-loai.json,      32, 15, 23, 70, 4, 0, ''",
    })
    void exampleScoresAsWorkedOutByHand(String file, int a, int b, int c, int total, int band, int stars,
                                        String blocking) {
        ScoreCard card = ScoreCommand.score(io.github.ocop.rules.RuleSets.standard(), EXAMPLES.resolve(file));
        assertThat(card.part(PartCode.A)).isEqualTo(a);
        assertThat(card.part(PartCode.B)).isEqualTo(b);
        assertThat(card.part(PartCode.C)).isEqualTo(c);
        assertThat(card.total()).isEqualTo(total);
        assertThat(card.bandStars()).isEqualTo(band);
        if (stars == 0) {
            assertThat(card.ranked()).isFalse();
            assertThat(card.knockOuts()).extracting(k -> k.id()).containsExactly("KO1");
        } else {
            assertThat(card.stars()).hasValue(stars);
        }
        List<String> expectedBlocking = blocking.isEmpty() ? List.of() : Arrays.asList(blocking.split(" "));
        assertThat(card.blockingMinimums()).extracting(u -> u.criterion()).containsExactlyElementsOf(expectedBlocking);
    }

    @ParameterizedTest
    @CsvSource({"01-rau-cu-qua-buoi-da-xanh.json, I", "14-ruou-trang.json, II", "20-tinh-dau.json, III",
            "21-thu-cong-my-nghe.json, IV", "23-hoa.json, V", "26-du-lich-cong-dong.json, VI"})
    void oneExampleCoversEachProductGroup(String file, String group) {
        ScoreCard card = ScoreCommand.score(io.github.ocop.rules.RuleSets.standard(), EXAMPLES.resolve(file));
        String subgroup = java.util.Objects.requireNonNull(card.assessment().product().subgroup(), "subgroup");
        assertThat(io.github.ocop.rules.RuleSets.standard().get("qd-26-2026").taxonomy().groupOf(subgroup))
                .hasValueSatisfying(g -> assertThat(g.code()).isEqualTo(group));
    }
}
