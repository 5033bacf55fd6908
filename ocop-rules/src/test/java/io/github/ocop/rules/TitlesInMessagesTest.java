package io.github.ocop.rules;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 14: "in English, fixed wording and labels are English". A title the engine names in a problem (a criterion's,
 * a subgroup's) is the law's Vietnamese in Vietnamese and the team's translation in English.
 */
class TitlesInMessagesTest {
    private static final Path EXAMPLE = Path.of("../ocop-samples/examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json");

    @Test
    void aMissingAnswerNamesItsCriterionInTheLanguageOfTheMessage() throws Exception {
        // sheet 1, criterion 1.1 "Nguồn gốc sản phẩm" (QĐ 26/2026 Phụ lục II, Phiếu số 1, mục 1.1; source.txt line 561);
        // its translation in i18n/titles_en.properties, line 129: "Origin of the product"
        String json = Files.readString(EXAMPLE, StandardCharsets.UTF_8).replaceFirst("\"1\\.1\"\\s*:\\s*\"[a-z]+\",", "");
        var assessment = AssessmentReader.parse(json.getBytes(StandardCharsets.UTF_8), "a.json");
        assertThat(assessment.answers()).doesNotContainKey("1.1");
        OcopInputException e = catchThrowableOfType(OcopInputException.class,
                () -> ScoringEngine.of(RuleSets.standard().get("qd-26-2026")).score(assessment));
        assertThat(e.getMessage(Locale.forLanguageTag("vi"))).contains("tiêu chí 1.1 (Nguồn gốc sản phẩm)");
        assertThat(e.getMessage(Locale.ENGLISH)).contains("criterion 1.1 (Origin of the product)")
                .doesNotContain("Nguồn gốc");
    }
}
