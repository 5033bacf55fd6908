package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ocop diff} on the real rule sets. */
class DiffCommandTest {
    @Test
    void textReportsPartMaximaMatchedSheetsAndAddedCriteria() {
        var r = OcopCliTest.run("diff", "--from", "qd-1048-2019", "--to", "qd-26-2026", "--group", "I");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Phần A: 35 → 40  (thay đổi)").contains("Phần C: 40 → 35  (thay đổi)")
                .contains("Phiếu I.1.1 (Rau, củ, quả, hạt tươi) → phiếu 1 (Rau, củ, quả, hạt tươi)")
                .contains("  + 3.5 Sở hữu trí tuệ (3)")
                .contains("~ I Thực phẩm → I SẢN PHẨM THỰC PHẨM");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonHasTheDocumentedFields() {
        var r = OcopCliTest.run("diff", "--from", "qd-1048-2019", "--to", "qd-26-2026", "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"format\" : \"ocop-rule-set-diff/1\"").contains("\"fromSheet\" : \"I.1.1\"")
                .contains("\"unmatchedToSheets\"").contains("\"maximaChanged\"");
    }

    @Test
    void anUnknownGroupOrRuleSetIsAnInputError() {
        var r = OcopCliTest.run("diff", "--from", "qd-1048-2019", "--to", "qd-26-2026", "--group", "IX");
        assertThat(r.code()).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(r.err()).contains("--group").contains("không có nhóm sản phẩm 'IX'");
        assertThat(OcopCliTest.run("diff", "--from", "nope", "--to", "qd-26-2026").code())
                .isEqualTo(OcopCli.INVALID_INPUT);
    }
}
