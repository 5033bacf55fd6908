package io.github.ocop.core.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The points bands of Điều 3 khoản 3 (QĐ 26/2026): 0-29 1★, 30-49 2★, 50-69 3★, 70-89 4★, 90-100 5★. */
class StarRankingTest {
    static final Citation C = Citation.ofItem("26/2026/QĐ-TTg", null, null, null);

    static List<StarBand> bands(int... minima) {
        List<StarBand> out = new ArrayList<>();
        for (int i = 0; i < minima.length; i++) {
            out.add(new StarBand(i + 1, minima[i], C));
        }
        return out;
    }

    static final StarRanking R = StarRanking.of(bands(0, 30, 50, 70, 90));

    @Test
    void eachBandIsHalfOpenAtItsLowerBound() {
        int[][] cases = {{0, 1}, {29, 1}, {30, 2}, {49, 2}, {50, 3}, {69, 3}, {70, 4}, {89, 4}, {90, 5}, {100, 5}};
        for (int[] c : cases) {
            assertThat(R.starsFor(c[0])).as("total %d", c[0]).isEqualTo(c[1]);
            assertThat(R.starsFor(BigDecimal.valueOf(c[0]))).as("mean %d", c[0]).isEqualTo(c[1]);
        }
        assertThat(R.starsFor(new BigDecimal("89.99"))).isEqualTo(4);
        assertThat(R.starsFor(new BigDecimal("90.00"))).isEqualTo(5);
        assertThat(R.starsFor(new BigDecimal("29.99"))).isEqualTo(1);
        assertThat(R.starsFor(new BigDecimal("49.99"))).isEqualTo(2);
        assertThat(R.starsFor(new BigDecimal("69.99"))).isEqualTo(3);
        assertThat(R.starsFor(new BigDecimal("100"))).isEqualTo(5);
        assertThat(R.starsFor(BigDecimal.ZERO)).isEqualTo(1);
    }

    @Test
    void totalsOutside0To100AreRefused() {
        assertThatThrownBy(() -> R.starsFor(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> R.starsFor(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> R.starsFor(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> R.starsFor(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsAreOrderedByStarsWhateverTheInputOrder() {
        List<StarBand> shuffled = bands(0, 30, 50, 70, 90);
        Collections.reverse(shuffled);
        StarRanking r = StarRanking.of(shuffled);
        assertThat(r.bands()).extracting(StarBand::stars).containsExactly(1, 2, 3, 4, 5);
        assertThat(r).isEqualTo(R).hasSameHashCodeAs(R);
        assertThat(r.band(1).minPoints()).isZero();
        assertThat(r.band(5).minPoints()).isEqualTo(90);
        assertThat(r.toString()).contains("90");
        assertThat(r).isNotEqualTo(StarRanking.of(bands(0, 30, 50, 70, 95)));
        assertThatThrownBy(() -> r.band(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.band(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsMustCoverOneToFiveFromZeroWithIncreasingMinima() {
        assertThatThrownBy(() -> StarRanking.of(bands(0, 30, 50, 70))).hasMessageContaining("exactly 5");
        assertThatThrownBy(() -> StarRanking.of(bands(1, 30, 50, 70, 90))).hasMessageContaining("start at 0");
        assertThatThrownBy(() -> StarRanking.of(bands(0, 30, 30, 70, 90))).hasMessageContaining("increase");
        assertThatThrownBy(() -> StarRanking.of(bands(0, 50, 30, 70, 90))).hasMessageContaining("increase");
        List<StarBand> twice = new ArrayList<>(bands(0, 30, 50, 70));
        twice.add(new StarBand(4, 80, C));
        assertThatThrownBy(() -> StarRanking.of(twice))
                .hasMessage("star bands must cover 1..5 once each; found 4 where 5 was expected");
        assertThatThrownBy(() -> StarRanking.of(bands(0, 30, 30, 70, 90))).hasMessage(
                "band minima must increase with stars: 3 stars from 30 is not above 2 stars from 30");
        List<StarBand> withNull = new ArrayList<>(bands(0, 30, 50, 70));
        withNull.add(null);
        assertThatThrownBy(() -> StarRanking.of(withNull)).isInstanceOf(NullPointerException.class).hasMessage("band");
        assertThat(StarRanking.of(bands(0, 1, 2, 3, 99)).starsFor(98)).isEqualTo(4);
    }

    @Test
    void aBandStartsWithin0To99SoThat100PointsAlwaysFallInABand() {
        assertThat(new StarBand(5, 99, C).minPoints()).isEqualTo(99);
        assertThatThrownBy(() -> new StarBand(5, 100, C)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StarBand(0, 0, C)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StarBand(6, 0, C)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StarBand(1, -1, C)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The one rank rule (source.txt line 38-43 and the star-mark notes of Phụ lục II: a rank needs its band and the
     * marks of that level and below): the band capped below the lowest unmet level, never under 1 star.
     */
    @Test
    void theRankIsTheBandCappedBelowTheLowestUnmetMinimum() {
        assertThat(StarRanking.rank(5, 6)).isEqualTo(5);
        assertThat(StarRanking.rank(5, 5)).isEqualTo(4);
        assertThat(StarRanking.rank(4, 5)).isEqualTo(4);
        assertThat(StarRanking.rank(5, 3)).isEqualTo(2);
        assertThat(StarRanking.rank(2, 3)).isEqualTo(2);
        assertThat(StarRanking.rank(1, 1)).isEqualTo(1);
        assertThatThrownBy(() -> StarRanking.rank(0, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarRanking.rank(3, 7)).isInstanceOf(IllegalArgumentException.class);
    }
}
