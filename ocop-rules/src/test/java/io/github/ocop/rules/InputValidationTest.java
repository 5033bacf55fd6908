package io.github.ocop.rules;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputValidationTest {
    private static Assessment blankEverywhere() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("1.1", " ");
        answers.put("", "a");
        return new Assessment(" ", "", new Product("", new Subject(" ", SubjectType.COOPERATIVE), "I. 1"), "m1",
                answers, List.of(""));
    }

    /**
     * The library never changes its host's global state: using the validator sets no JUL logger's level (Hibernate
     * Validator's version line is the application's to configure). The level of the logger it announces on is still
     * unset after use, whichever test ran first in this JVM, and no logger's level changed.
     */
    @Test
    void usingTheValidatorChangesNoLoggerLevel() {
        java.util.logging.LogManager manager = java.util.logging.LogManager.getLogManager();
        Map<String, java.util.logging.Level> before = new java.util.HashMap<>();
        for (String name : java.util.Collections.list(manager.getLoggerNames())) {
            java.util.logging.Logger logger = manager.getLogger(name);
            if (logger != null) {
                before.put(name, logger.getLevel());
            }
        }
        Assessment a = Assessment.of("qd-26-2026", "1", Product.named("Bưởi"), Map.of("1.1", "c"));
        assertThat(InputValidation.problems(a, Locale.ENGLISH)).isEmpty();
        assertThat(InputValidation.problems(blankEverywhere(), InputValidation.VIETNAMESE)).isNotEmpty();
        assertThat(java.util.logging.Logger.getLogger("org.hibernate.validator.internal.util.Version").getLevel())
                .isNull();
        before.forEach((name, level) -> {
            java.util.logging.Logger logger = manager.getLogger(name);
            if (logger != null) {
                assertThat(logger.getLevel()).as("level of logger '%s'", name).isEqualTo(level);
            }
        });
    }

    @Test
    void aValidAssessmentHasNoProblems() {
        Assessment a = Assessment.of("qd-26-2026", "1", new Product("Bưởi da xanh",
                new Subject("HTX", SubjectType.COOPERATIVE), "I.1.a"), Map.of("1.1", "c"));
        assertThat(InputValidation.problems(a, Locale.ENGLISH)).isEmpty();
        assertThat(InputValidation.problems(a, InputValidation.VIETNAMESE)).isEmpty();
    }

    @Test
    void everyBrokenConstraintIsLocatedOnceWithAnEnglishMessage() {
        List<Problem> problems = InputValidation.problems(blankEverywhere(), Locale.ENGLISH);
        assertThat(problems).extracting(Problem::path).containsExactly(
                "$.answers['']", "$.answers['1.1']", "$.knockOuts[0]", "$.product.name", "$.product.subgroup",
                "$.product.subject.name", "$.ruleSet", "$.sheet");
        assertThat(problems).extracting(p -> p.path() + ": " + p.text(Locale.ENGLISH)).contains(
                "$.ruleSet: the rule set id must not be blank (e.g. \"qd-26-2026\")",
                "$.product.name: the product name must not be blank",
                "$.answers['1.1']: the answer must be an option key such as \"a\", or \"none\"");
        // each carries its bundle key as its code, for programs
        assertThat(problems).extracting(Problem::code).contains("io.github.ocop.validation.ruleSet.notBlank");
    }

    @Test
    void theCallersLocaleChoosesVietnameseMessages() {
        List<Problem> problems = InputValidation.problems(blankEverywhere(), Locale.forLanguageTag("vi-VN"));
        assertThat(problems).extracting(p -> p.path() + ": " + p.text(Locale.forLanguageTag("vi-VN"))).contains(
                "$.ruleSet: mã bộ tiêu chí không được để trống (ví dụ \"qd-26-2026\")",
                "$.product.name: tên sản phẩm không được để trống",
                "$.product.subject.name: tên chủ thể không được để trống");
    }

    @Test
    void anyOtherLocaleGetsVietnameseTheDefaultLanguageWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(InputValidation.problems(blankEverywhere(), Locale.FRENCH))
                    .extracting(p -> p.path() + ": " + p.text(Locale.FRENCH))
                    .contains("$.product.name: tên sản phẩm không được để trống");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void requireValidThrowsTheLibrarysInputError() {
        assertThatThrownBy(() -> InputValidation.requireValid(blankEverywhere(), "form", Locale.ENGLISH))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("form $.sheet: the sheet id must not be blank");
    }

    @Test
    void theReaderRefusesABlankAnswerWithALocatedMessage() {
        String doc = "{\"ruleSet\":\"qd-26-2026\",\"sheet\":\"1\",\"product\":{\"name\":\"X\"},\"answers\":{\"1.1\":\"\"}}";
        assertThatThrownBy(() -> AssessmentReader.parse(doc.getBytes(StandardCharsets.UTF_8), "a.json"))
                .isInstanceOf(OcopInputException.class)
                .hasMessage("a.json $.answers['1.1']: the answer must be an option key such as \"a\", or \"none\"");
    }
}
