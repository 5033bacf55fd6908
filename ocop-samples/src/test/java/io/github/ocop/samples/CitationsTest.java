package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 4: citations on paper read as the law cites them, without the ocop-rules team's reference notes,
 * verification markers and source lines (the inputs are citations of the bundled rule set files).
 */
class CitationsTest {
    @Test
    void aReferenceNoteAndItsMarkerAreLeftOut() {
        // qd-1048-2019.json, process.versions[0].levels[0].forwardCitations
        assertThat(Citations.onPaper("QĐ 1048/QĐ-TTg Phụ lục II, cấp huyện (notes 1048 §3.3) [V-LEGAL]"))
                .isEqualTo("QĐ 1048/QĐ-TTg, Phụ lục II, cấp huyện");
        assertThat(Citations.onPaper("QĐ 148/QĐ-TTg Phụ lục II, cấp tỉnh (threshold 90 inferred, notes 148 §2.1) [I]"))
                .isEqualTo("QĐ 148/QĐ-TTg, Phụ lục II, cấp tỉnh");
    }

    @Test
    void theArticleFollowsTheDecisionAfterACommaAndPointsStay() {
        // Điều 7 khoản 3 điểm e: QĐ 26/2026 source.txt line 85
        assertThat(Citations.onPaper("QĐ 26/2026/QĐ-TTg Điều 7 khoản 3 điểm e"))
                .isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e");
        assertThat(Citations.onPaper("QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số 1, mục 2.4"))
                .isEqualTo("QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số 1, mục 2.4");
    }

    @Test
    void aSourceLineAnEnglishGlossAndANoteAloneAreLeftOut() {
        assertThat(Citations.onPaper("QĐ 26/2026 Điều 12 khoản 2 (source.txt line 162-164)"))
                .isEqualTo("QĐ 26/2026 Điều 12 khoản 2");
        assertThat(Citations.onPaper("QĐ 1048/QĐ-TTg, Phụ lục II (certificates only for 3-5 stars)"))
                .isEqualTo("QĐ 1048/QĐ-TTg, Phụ lục II");
        assertThat(Citations.onPaper("notes 1048 §7.2 (steps 2 and 3) [PROV]")).isEmpty();
        assertThat(Citations.onPaper(List.of("QĐ 26/2026/QĐ-TTg Điều 4 khoản 3", "QĐ 26/2026/QĐ-TTg, Điều 4 khoản 3")))
                .isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 4 khoản 3");
    }

    @Test
    void aReadingLosesItsJavaNamesAndADeviationItsId() {
        assertThat(Citations.reading("The stricter forwarding policy (ReferralBasis.SCORE_AND_RANK): a product is"
                + " forwarded. Available by passing the basis to EvaluationAuthorities.nextStep."))
                .isEqualTo("The stricter forwarding policy: a product is forwarded.");
        assertThat(ValidateCommand.deviation("sheet I.4.1 declares: PART_C_SUMS_TO_38: part C sums to 38, not 40"))
                .isEqualTo("sheet I.4.1 declares: part C sums to 38, not 40");
        assertThat(Citations.withoutMarkers("a student transcription [3P] of the cosmetics sheet (group III, source.txt"
                + " line 11628)")).isEqualTo("a student transcription of the cosmetics sheet (group III)");
    }
}
