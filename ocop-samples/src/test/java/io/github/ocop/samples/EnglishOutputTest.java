package io.github.ocop.samples;

import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --lang en}: English titles (unofficial translations) in text and HTML outputs; golden files for sheet 1. */
class EnglishOutputTest {
    private static final RuleSet RULES = RuleSets.standard().get("qd-26-2026");
    private static final ScoringSheet SHEET_1 = RULES.sheet("1").orElseThrow();

    @Test
    void englishOutputsOfSheetOneMatchTheGoldenFiles() throws IOException {
        ScoreCard card = ScoringEngine.of(RULES).score(GoldenOutputTest.secondOptions(SHEET_1));
        Explanation e = Explanation.of(RULES, card);
        GoldenOutputTest.check("qd-26-2026-sheet-1-explain.en.txt",
                ExplanationText.render(e, Lang.en.labels(RULES)) + "\n");
        GoldenOutputTest.check("qd-26-2026-sheet-1-score.en.txt",
                ScoreCardText.render(RULES, card, Lang.en.labels(RULES)) + "\n");
        GoldenOutputTest.check("qd-26-2026-sheet-1-print-sheet.en.html",
                SheetHtml.render(RULES, SHEET_1, Lang.en));
        GoldenOutputTest.check("qd-26-2026-sheet-1-explain.en.html", ScoreCardHtml.render(List.of(e), Lang.en));
    }

    /** What the English golden files say, against GoldenOutputTest's hand-worked 49 points and 2 stars of sheet 1. */
    @Test
    void theEnglishGoldenFilesAreMarkedEnglishAndShowTheFiguresWorkedOutByHand() throws IOException {
        for (String name : List.of("qd-26-2026-sheet-1-explain.en.html", "qd-26-2026-sheet-1-print-sheet.en.html")) {
            assertThat(GoldenOutputTest.golden(name)).as(name).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        }
        assertThat(GoldenOutputTest.golden("qd-26-2026-sheet-1-explain.en.html")).contains(">49 / 100<");
        for (String name : List.of("qd-26-2026-sheet-1-explain.en.txt", "qd-26-2026-sheet-1-score.en.txt")) {
            assertThat(GoldenOutputTest.golden(name)).as(name).contains(" 49 / 100", "★★☆☆☆")
                    .contains("Fresh vegetables, tubers, fruits and seeds");
        }
        assertThat(GoldenOutputTest.golden("qd-26-2026-sheet-1-print-sheet.en.html").chars()
                .filter(ch -> ch == '☐').count()).isEqualTo(104);
    }

    @Test
    void langEnTranslatesTitlesKeepsOptionsVerbatimAndSaysTheTranslationIsUnofficial() {
        var r = OcopCliTest.run("sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1.1 Origin of the product (max 3)")
                .contains("Sản phẩm được trồng trên địa bàn cấp xã từ 75% đến 100%")
                .contains("unofficial").doesNotContain("Nguồn gốc sản phẩm");
        var vi = OcopCliTest.run("sheet", "--rule-set", "qd-26-2026", "--sheet", "1");
        assertThat(vi.out()).contains("1.1 Nguồn gốc sản phẩm").doesNotContain("unofficial");
        var html = OcopCliTest.run("print-sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--lang", "en");
        assertThat(html.out()).contains("Intellectual property").contains("Main distribution area");
    }

    /**
     * {@code score --lang en}: the card's fixed wording is English; the Vietnamese labels of the default card are
     * absent. Option texts and the law's own identifiers (e.g. "QĐ-TTg" in the decision's number) may stay Vietnamese.
     */
    @Test
    void theEnglishScoreCardHasNoVietnameseFixedWording() {
        var r = OcopCliTest.run("score", "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("OCOP PRODUCT ASSESSMENT RESULT", "Rule set: qd-26-2026", "Sheet 1: ",
                "Product: ", "Criterion", "Part A: ", "TOTAL SCORE: 70 / 100", "RANK: 4-star ★★★★☆",
                "Minimum requirements not met:");
        for (String word : List.of("KẾT QUẢ", "ĐÁNH GIÁ", "Bộ tiêu chí", "Phiếu", "Sản phẩm", "chủ thể", "Người chấm",
                "Tiêu chí", "P.án", "tối đa", "Phần", "TỔNG ĐIỂM", "Khung điểm", "XẾP HẠNG", " sao", "xếp hạng",
                "Yêu cầu tối thiểu", "cần phương án", "đã chọn", "điểm", "points)", "giới hạn", "Lưu ý", "không áp dụng",
                "không chọn")) {
            assertThat(r.out()).as(word).doesNotContain(word);
        }
        var vi = OcopCliTest.run("score", "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json");
        assertThat(vi.out()).contains("KẾT QUẢ ĐÁNH GIÁ SẢN PHẨM OCOP", "TỔNG ĐIỂM: 70 / 100", "XẾP HẠNG: 4 sao ★★★★☆")
                .doesNotContain("TOTAL SCORE");
    }

    /** {@code explain --lang en}: the explanation's fixed wording and its citations' annex, sheet and item are English. */
    @Test
    void theEnglishExplanationHasNoVietnameseFixedWording() {
        var r = OcopCliTest.run("explain", "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("OCOP PRODUCT ASSESSMENT: EXPLANATION", "Sheet 1: ", "TOTAL SCORE: 70 / 100",
                "Minimum requirements by star rank:", "RANK: 4-star ★★★★☆", "Annex II, Sheet No. 1, item 1.1");
        // the options' texts are the law's Vietnamese, printed whole in both languages: left out of the check
        // (longest first: one option's text may begin with another's)
        String fixed = r.out();
        List<String> texts = io.github.ocop.rules.RuleSets.standard().get("qd-26-2026").sheet("1").orElseThrow()
                .criteria().stream().flatMap(c -> c.options().stream()).map(o -> o.text().replace('\n', ' '))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        for (String t : texts) {
            fixed = fixed.replace(t, "…");
        }
        for (String word : List.of("GIẢI TRÌNH", "Bộ tiêu chí", "Phiếu", "Sản phẩm:", "chọn ", "không áp dụng",
                " điểm", "Phần", "TỔNG ĐIỂM", "Khung điểm", "Yêu cầu tối thiểu", "[đạt]", "[chưa đạt]", "[CHƯA ĐẠT]",
                " sao", " cần ", "giới hạn", "XẾP HẠNG", "Lưu ý", "Phụ lục", "mục ")) {
            assertThat(fixed).as(word).doesNotContain(word);
        }
        var vi = OcopCliTest.run("explain", "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json");
        assertThat(vi.out()).contains("GIẢI TRÌNH KẾT QUẢ ĐÁNH GIÁ SẢN PHẨM OCOP", "Phụ lục II, Phiếu số 1, mục 1.1")
                .doesNotContain("EXPLANATION");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        var r = OcopCliTest.run("sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--lang", "fr");
        assertThat(r.code()).isEqualTo(OcopCli.USAGE);
        assertThat(r.err()).contains("--lang");
    }
}
