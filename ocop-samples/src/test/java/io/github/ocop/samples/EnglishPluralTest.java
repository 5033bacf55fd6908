package io.github.ocop.samples;

import io.github.ocop.core.report.PlanTarget;
import io.github.ocop.core.text.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14 item 2 (English is English): one thing is counted in the singular, "1 sheet", never "1 sheets". */
class EnglishPluralTest {
    private static PlanTarget reaching(int count) {
        return new PlanTarget(PlanTarget.Kind.REACHING_STARS, count, 3, OptionalInt.empty(), Optional.empty());
    }

    @Test
    void aTargetOfOneProductIsSingularAndOfTwoPlural() {
        assertThat(ReportText.target(Locale.ENGLISH, reaching(1))).isEqualTo("At least 1 product ranked 3 stars or more");
        assertThat(ReportText.target(Locale.ENGLISH, reaching(2))).isEqualTo("At least 2 products ranked 3 stars or more");
        // Vietnamese has no plural: the same words for 1 and 2
        assertThat(ReportText.target(Messages.VIETNAMESE, reaching(1))).isEqualTo("Ít nhất 1 sản phẩm đạt từ 3 sao trở lên");
        assertThat(ReportText.target(Messages.VIETNAMESE, reaching(2))).isEqualTo("Ít nhất 2 sản phẩm đạt từ 3 sao trở lên");
    }

    @Test
    void aRuleSetOfOneSheetSaysOneSheetAndOfSeveralSheets() {
        // the imaginary decision's rule set file holds a single sheet
        String file = ImaginaryDecisionCliTest.FIXTURE.toString();
        OcopCliTest.Run one = OcopCliTest.run("sheets", "--rules-file", file, "--rule-set", "qd-99-2031", "--lang", "en");
        assertThat(one.code()).isZero();
        assertThat(one.out().lines().findFirst().orElseThrow()).endsWith(": 1 sheet");
        OcopCliTest.Run many = OcopCliTest.run("sheets", "--rule-set", "qd-26-2026", "--lang", "en");
        assertThat(many.out().lines().findFirst().orElseThrow()).matches(".*: [2-9]\\d* sheets");
        OcopCliTest.Run list = OcopCliTest.run("rule-sets", "--rules-file", file, "--lang", "en");
        assertThat(list.out()).containsPattern("qd-99-2031 .*, 1 sheet, ").doesNotContain(" 1 sheets");
        assertThat(OcopCliTest.run("sheets", "--rules-file", file, "--rule-set", "qd-99-2031").out().lines()
                .findFirst().orElseThrow()).endsWith(": 1 phiếu");
    }

    @Test
    void countedChoosesTheKeyForExactlyOne() {
        assertThat(CliMessages.counted(Locale.ENGLISH, 1, "advise.changes.one", "advise.changes", 1, 5))
                .isEqualTo("Change 1 criterion (+5 points):");
        assertThat(CliMessages.counted(Locale.ENGLISH, 2, "advise.changes.one", "advise.changes", 2, 5))
                .isEqualTo("Change 2 criteria (+5 points):");
        assertThat(CliMessages.counted(Messages.VIETNAMESE, 1, "advise.changes.one", "advise.changes", 1, 5))
                .isEqualTo("Cần thay đổi 1 tiêu chí (+5 điểm):");
    }
}
