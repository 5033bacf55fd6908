package io.github.ocop.rules.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutEffect;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.DerivedKnockOut;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Knock-outs that follow from the answers (issue 13 item 1) and the "tính phổ biến" ground (item 2), checked against
 * the text of QĐ 26/2026 ({@code source.txt} line numbers) and the classification of {@code docs/knock-outs.md}.
 */
class DerivedKnockOutsTest {
    static final RuleSet QD26 = RuleSets.standard().get("qd-26-2026");
    static final RuleSet QD1048 = RuleSets.standard().get("qd-1048-2019");

    /** Every criterion at its highest printed option, except the given answers. */
    static Assessment best(String sheetId, String subgroup, Map<String, String> except) {
        ScoringSheet sheet = QD26.sheet(sheetId).orElseThrow();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Criterion c : sheet.criteria()) {
            answers.put(c.code(), c.options().stream().max(Comparator.comparingInt(Option::points)).orElseThrow().key());
        }
        answers.putAll(except);
        return Assessment.of("qd-26-2026", sheetId,
                new Product("Sản phẩm thử", new Subject("HTX thử", SubjectType.COOPERATIVE), subgroup), answers);
    }

    @Test
    void sheet16Line10356ZeroPointsOn6Point2IsNotRankedAndNamesTheAnswer() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        // l.10356 "Nếu được 0 điểm tại một trong các chỉ tiêu trên, sẽ không đánh giá các bước tiếp theo";
        // l.10308 "6.2. Màu sắc" 3 points, "□ Có màu" 0 points (option a). The sheet totals 100, so 6.2 at 0 is 97.
        ScoreCard top = engine.score(best("16", "II.2.a", Map.of()));
        assertThat(top.total()).isEqualTo(100);
        assertThat(top.derivedKnockOuts()).isEmpty();
        ScoreCard card = engine.score(best("16", "II.2.a", Map.of("6.2", "a")));
        assertThat(card.total()).isEqualTo(97);
        assertThat(card.starsBeforeKnockOuts()).isEqualTo(5); // 97 is in the 5-star band, no 5-star minimum on 6.2
        assertThat(card.assessment().knockOuts()).isEmpty();
        assertThat(card.ranked()).isFalse();
        assertThat(card.stars()).isEmpty();
        assertThat(card.derivedKnockOuts()).hasSize(1);
        DerivedKnockOut d = card.derivedKnockOuts().get(0);
        assertThat(d.criterion()).isEqualTo("6.2");
        assertThat(d.option()).isEqualTo("a");
        assertThat(d.knockOut().id()).isEqualTo("KO2");
        assertThat(d.knockOut().effect()).isEqualTo(KnockOutEffect.NOT_EVALUATED_FURTHER);
        assertThat(d.knockOut().citation().line()).isEqualTo(10356);
        // "một trong các chỉ tiêu trên": 6.1 Tạp chất lạ, 6.3 Mùi, 6.4 Vị at 0 points too
        for (String c : List.of("6.1", "6.3", "6.4")) {
            assertThat(engine.score(best("16", "II.2.a", Map.of(c, "a"))).ranked()).as(c).isFalse();
        }
        // 6.3 "Có mùi nhẹ, tự nhiên, chấp nhận được" is 2 points: no knock-out
        assertThat(engine.score(best("16", "II.2.a", Map.of("6.3", "b"))).ranked()).isTrue();
    }

    @Test
    void aPlanLiftsAKnockOutThatFollowsFromTheAnswersButNotARecordedOne() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        ScoreCard card = engine.score(best("16", "II.2.a", Map.of("6.2", "a")));
        var plan = io.github.ocop.core.advice.ImprovementPlanner.of(QD26).plan(card, 5);
        assertThat(plan.reachable()).isTrue();
        // 6.2 "Trong suốt, không màu" (3 points) is the only answer that lifts KO2 and restores 100 points
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.criterion()).isEqualTo("6.2");
            assertThat(c.to()).isEqualTo("b");
        });
        assertThat(plan.result().orElseThrow().stars()).hasValue(5);
        Assessment recorded = best("16", "II.2.a", Map.of());
        recorded = new Assessment(recorded.ruleSet(), recorded.sheet(), recorded.product(), "", recorded.answers(),
                List.of("KO1"));
        assertThat(io.github.ocop.core.advice.ImprovementPlanner.of(QD26).plan(engine.score(recorded), 5).reachable())
                .isFalse();
    }

    @Test
    void sheet19Line12054TheNoDossierAnswerToCriterion6IsNotRanked() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        // l.12054 "Không đánh giá các bước tiếp theo nếu không có Phiếu công bố sản phẩm mỹ phẩm theo quy định";
        // criterion 6 CÔNG BỐ CHẤT LƯỢNG, 5 points; "□ Không có hồ sơ công bố tiêu chuẩn sản phẩm" 0 points (a): 95.
        ScoreCard card = engine.score(best("19", "III.2", Map.of("6", "a")));
        assertThat(card.total()).isEqualTo(95);
        assertThat(card.starsBeforeKnockOuts()).isEqualTo(5);
        assertThat(card.assessment().knockOuts()).isEmpty();
        assertThat(card.ranked()).isFalse();
        assertThat(card.derivedKnockOuts()).singleElement().satisfies(d -> {
            assertThat(d.criterion()).isEqualTo("6");
            assertThat(d.option()).isEqualTo("a");
            assertThat(d.knockOut().id()).isEqualTo("KO3");
            assertThat(d.knockOut().citation().line()).isEqualTo(12054);
        });
        assertThat(engine.score(best("19", "III.2", Map.of("6", "b"))).ranked()).isTrue();
    }

    @Test
    void sheet20Line12643TheAnswerNoneToCriterion6IsNotRanked() {
        // criterion 6 of sheet 20 prints no 0-point option; "none" is the answer with no declaration dossier
        KnockOut ko = QD26.sheet("20").orElseThrow().knockOuts().get(2);
        assertThat(ko.citation().line()).isEqualTo(12643);
        assertThat(ko.trigger()).hasValueSatisfying(t -> assertThat(t.anyOf()).singleElement()
                .satisfies(c -> assertThat(c.options()).containsExactly("none")));
    }

    @Test
    void theTinhPhoBienNoteOfSheets1To4IsAnAssessorRecordedKnockOut() {
        Map<String, Integer> lines = Map.of("1", 697, "2", 1328, "3", 1942, "4", 2570);
        lines.forEach((sheet, line) -> {
            ScoringSheet s = QD26.sheet(sheet).orElseThrow();
            assertThat(s.knockOuts()).as(sheet).filteredOn(k -> k.text().contains("Không đánh giá những sản phẩm có tính phổ biến"))
                    .singleElement().satisfies(k -> {
                        assertThat(k.effect()).isEqualTo(KnockOutEffect.NOT_EVALUATED_FURTHER);
                        assertThat(k.citation().line()).isEqualTo(line);
                        assertThat(k.criterionCode()).hasValue("2.1");
                        assertThat(k.trigger()).isEmpty();
                    });
            assertThat(s.criteria().stream().flatMap(c -> c.notes().stream()))
                    .noneMatch(n -> n.contains("tính phổ biến"));
        });
    }

    @Test
    void theDerivedCountsAreTheClassificationOfDocsKnockOuts() {
        // docs/knock-outs.md: 26/2026 71 knock-outs (67 + item 2's 4), 3 derived; 1048 64, 4 derived
        assertThat(count(QD26, false)).isEqualTo(71);
        assertThat(count(QD26, true)).isEqualTo(3);
        assertThat(count(QD1048, false)).isEqualTo(64);
        assertThat(count(QD1048, true)).isEqualTo(4);
        for (RuleSet rs : List.of(QD26, QD1048)) {
            for (ScoringSheet s : rs.sheets()) {
                for (KnockOut k : s.knockOuts()) {
                    k.trigger().ifPresent(t -> t.anyOf().forEach(c -> {
                        Criterion crit = s.criteria().stream().filter(x -> x.code().equals(c.criterion()))
                                .findFirst().orElseThrow();
                        for (String key : c.options()) {
                            if (key.equals("none")) {
                                assertThat(crit.acceptsNone()).isTrue();
                            } else {
                                // every bundled trigger is a 0-point answer
                                assertThat(crit.option(key)).hasValueSatisfying(o -> assertThat(o.points()).isZero());
                            }
                        }
                    }));
                }
            }
        }
    }

    static long count(RuleSet rs, boolean derived) {
        return rs.sheets().stream().flatMap(s -> s.knockOuts().stream())
                .filter(k -> !derived || k.trigger().isPresent()).count();
    }
}
