package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSetLoader;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.ocop.samples.OcopCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 9: the sample {@code --rules-file} under examples/rules-file (a province's rule set, QĐ 26/2026 cut
 * down to sheet 1) validates, scores its sample assessment exactly as the bundled rule set scores the same answers, and
 * the README shows how to use it.
 */
class RulesFileExampleTest {
    private static final Path RULES = Path.of("examples/rules-file/qd-26-2026-tinh-vi-du.json");
    private static final Path ASSESSMENT = Path.of("examples/rules-file/01-buoi-da-xanh.json");

    @Test
    void itChangesNoCriterionOptionOrPointOfTheDecision() {
        RuleSet own = RuleSetLoader.load(RULES);
        RuleSet official = RuleSets.standard().get("qd-26-2026");
        assertThat(own.id()).isEqualTo("qd-26-2026-tinh-vi-du");
        assertThat(own.sheets()).hasSize(1);
        assertThat(own.sheets().get(0)).isEqualTo(official.sheet("1").orElseThrow());
        assertThat(own.starRanking()).isEqualTo(official.starRanking());
        assertThat(own.parts()).isEqualTo(official.parts());
        assertThat(own.instrument()).isEqualTo(official.instrument());
    }

    @Test
    void validateAcceptsIt() {
        OcopCliTest.Run r = run("validate", RULES.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("qd-26-2026-tinh-vi-du").contains("hợp lệ, 0 lỗi")
                .contains("KHÔNG PHẢI bộ tiêu chí chính thức");
    }

    @Test
    void theReadmeCommandScoresLikeTheBundledRuleSet() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String line = "$J score --rules-file ocop-samples/" + RULES.toString().replace('\\', '/') + " ocop-samples/"
                + ASSESSMENT.toString().replace('\\', '/');
        assertThat(readme).contains(line);
        OcopCliTest.Run own = run("score", "--rules-file", RULES.toString(), ASSESSMENT.toString());
        OcopCliTest.Run official = run("score", "examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json");
        assertThat(own.code()).isZero();
        assertThat(own.err()).isEmpty();
        // 70 / 4 stars: the result worked out by hand for these answers in ExampleAssessmentsTest
        assertThat(own.out()).contains("TỔNG ĐIỂM: 70 / 100").contains("XẾP HẠNG: 4 sao")
                .contains("KHÔNG PHẢI bộ tiêu chí chính thức");
        // line for line the bundled card's, but for the rule set's name and digest and the not-official notice
        assertThat(own.out().lines().filter(RulesFileExampleTest::sameInBoth).toList())
                .isEqualTo(official.out().lines().filter(RulesFileExampleTest::sameInBoth).toList());
    }

    private static boolean sameInBoth(String line) {
        return !line.contains("qd-26-2026") && !line.contains("SHA-256");
    }
}
