package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ocop what-if}: before, after and difference; located errors for bad {@code --set} values. */
class WhatIfCommandTest {
    private static final String EXAMPLE = "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json";

    @Test
    void showsBeforeAfterAndTheDifference() {
        // the example answers 1.1 = c (3 points) and 4.1 = c (3 points); 1.1 = a gives 1 point, 4.1 = d gives 5
        var r = OcopCliTest.run("what-if", EXAMPLE, "--set", "1.1=a", "--set", "4.1=d");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1.1 Nguồn gốc sản phẩm: c (3) → a (1)  -2")
                .contains("4.1 Khu vực phân phối chính: c (3) → d (5)  +2")
                .containsPattern("TỔNG ĐIỂM\\s+70\\s+70\\s+0");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonHasTheChangesAndTheDifferences() {
        var r = OcopCliTest.run("what-if", EXAMPLE, "--set", "4.1=d", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"format\" : \"ocop-what-if/1\"").contains("\"criterion\" : \"4.1\"")
                .contains("\"difference\" : 2").containsPattern("\"total\" : \\{\\s*\"before\" : 70,\\s*\"after\" : 72");
    }

    @Test
    void englishTitles() {
        var r = OcopCliTest.run("what-if", EXAMPLE, "--set", "4.1=d", "--lang", "en");
        assertThat(r.out()).contains("4.1 Main distribution area: c (3) → d (5)  +2");
    }

    @Test
    void unknownCriteriaAndKeysAreLocatedInputErrors() {
        var r = OcopCliTest.run("what-if", EXAMPLE, "--set", "9.9=a", "--set", "1.1=z", "--lang", "en");
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).contains("--set 9.9: sheet 1 of qd-26-2026 has no criterion '9.9'")
                .contains("--set 1.1: criterion 1.1 has no option 'z'");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMalformedSetIsAUsageError() {
        var r = OcopCliTest.run("what-if", EXAMPLE, "--set", "1.1c");
        assertThat(r.code()).isEqualTo(OcopCli.USAGE);
        assertThat(r.err()).contains("--set cần có dạng CODE=KEY (mã tiêu chí=phương án, ví dụ 1.1=c), nhận được '1.1c'");
        var en = OcopCliTest.run("what-if", EXAMPLE, "--set", "1.1c", "--lang", "en");
        assertThat(en.code()).isEqualTo(OcopCli.USAGE);
        assertThat(en.err()).contains("--set expects CODE=KEY (e.g. 1.1=c), was '1.1c'");
        var twice = OcopCliTest.run("what-if", EXAMPLE, "--set", "1.1=a", "--set", "1.1=b");
        assertThat(twice.code()).isEqualTo(OcopCli.USAGE);
        assertThat(twice.err()).contains("tiêu chí 1.1 được đặt hơn một lần");
        assertThat(OcopCliTest.run("what-if", EXAMPLE).code()).isEqualTo(OcopCli.USAGE);
    }

    /** {@code --lang en}: the table's labels are English; the figures are the same as in Vietnamese (70 -> 72). */
    @Test
    void theEnglishTableHasNoVietnameseFixedWording() {
        // the example answers 4.1 = c (3 points); d gives 5 (QĐ 26/2026, Phiếu số 1, mục 4.1): 70 -> 72
        var r = OcopCliTest.run("what-if", EXAMPLE, "--set", "4.1=d", "--lang", "en");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("WHAT-IF: ").contains("Rule set qd-26-2026, sheet 1: ")
                .containsPattern("before\\s+after\\s+change").containsPattern("TOTAL SCORE\\s+70\\s+72\\s+\\+2")
                .containsPattern("Part B\\s+").contains("RANK (stars)").contains("Minimums not met");
        for (String word : java.util.List.of("GIẢ ĐỊNH", "Bộ tiêu chí", "phiếu", "trước", "chênh", "Phần", "TỔNG ĐIỂM",
                "Khung điểm", "XẾP HẠNG", "sao", "Tối thiểu", "loại", "Không tiêu chí")) {
            assertThat(r.out()).as(word).doesNotContain(word);
        }
        var none = OcopCliTest.run("what-if", EXAMPLE, "--set", "4.1=c", "--lang", "en");
        assertThat(none.out()).contains("No criterion changes its points.");
    }
}
