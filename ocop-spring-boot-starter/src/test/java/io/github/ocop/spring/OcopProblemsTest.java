package io.github.ocop.spring;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every translated wording stands on a real problem of the library, and translates it. */
class OcopProblemsTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final OcopProblems PROBLEMS = new OcopProblems(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasenames(OcopAutoConfiguration.BASENAMES.toArray(String[]::new));
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** @return the problem at a path found reading and scoring a document */
    private static Problem problem(String json, String path) {
        OcopInputException e = catchThrowableOfType(OcopInputException.class, () -> {
            var a = AssessmentReader.parse(json.getBytes(StandardCharsets.UTF_8), "assessment");
            ScoringEngine.of(RuleSets.standard().get(a.ruleSet())).score(a);
        });
        assertThat(e).as("no problem in %s", json).isNotNull();
        return e.problems().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + ": " + e.problems()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing-field        | {"ruleSet": "qd-26-2026", "product": {"name": "x"}, "answers": {}}  | $.sheet          | thiếu trường bắt buộc
            null-field           | {"ruleSet": "qd-26-2026", "sheet": "1", "product": null, "answers": {}} | $.product | không được là null
            blank-field          | {"ruleSet": "qd-26-2026", "sheet": " ", "product": {"name": "x"}, "answers": {}} | $.sheet | không được để trống
            unknown-field        | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}, "x": 1} | $.x | trường không có trong định dạng (cần là một trong: $schema, ruleSet, sheet, product, assessor, answers, knockOuts, note)
            expected-string      | {"ruleSet": 3, "sheet": "1", "product": {"name": "x"}, "answers": {}} | $.ruleSet     | cần một chuỗi, nhưng là number 3
            expected-object      | {"ruleSet": "qd-26-2026", "sheet": "1", "product": "x", "answers": {}} | $.product    | cần một đối tượng JSON, nhưng là string "x"
            expected-array       | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}, "knockOuts": "KO1"} | $.knockOuts | cần một mảng JSON, nhưng là string "KO1"
            null-answer          | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {"1.1": null}} | $.answers['1.1'] | cần mã phương án như "a" hoặc "none", nhưng là null
            unknown-rule-set     | {"ruleSet": "qd-1-1999", "sheet": "1", "product": {"name": "x"}, "answers": {}} | $.ruleSet | không có bộ tiêu chí 'qd-1-1999' (cần là một trong: qd-1048-2019, qd-148-2023, qd-26-2026)
            unknown-criterion    | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {"9.9": "a"}} | $.answers['9.9'] | phiếu 1 của qd-26-2026 không có tiêu chí '9.9'
            unknown-option       | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {"1.1": "z"}} | $.answers['1.1'] | tiêu chí 1.1 không có phương án 'z'
            missing-answer       | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}} | $.answers | chưa trả lời tiêu chí 1.1 (
            unknown-knock-out    | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}, "knockOuts": ["KO9"]} | $.knockOuts[0] | phiếu 1 không có điều kiện loại 'KO9'
            unknown-subject-type | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x", "subject": {"name": "y", "type": "KING"}}, "answers": {}} | $.product.subject.type | không có loại hình chủ thể "KING"
            malformed-json       | {"ruleSet": | $.ruleSet | JSON không hợp lệ:
            """)
    void aRealProblemIsTranslated(String key, String json, String path, String vietnamese) {
        Problem p = problem(json, path);
        assertThat(PROBLEMS.message(p, VI)).startsWith(vietnamese);
        assertThat(PROBLEMS.message(p, Locale.ENGLISH)).isEqualTo(p.text(Locale.ENGLISH));
    }

    @Test
    void everyPatternHasAVietnameseTextAndIsTestedAbove() {
        ResourceBundle vi = ResourceBundle.getBundle("io/github/ocop/spring/messages", VI);
        List<String> keys = OcopProblems.patternKeys();
        assertThat(keys).hasSize(16);
        assertThat(keys).allSatisfy(k -> assertThat(vi.containsKey("io.github.ocop.problem." + k)).as(k).isTrue());
    }

    @Test
    void aBeanValidationMessageIsShownInTheLanguageAsked() {
        Problem p = new Problem("$.product.name", "the product name must not be blank");
        assertThat(PROBLEMS.message(p, VI)).isEqualTo("tên sản phẩm không được để trống");
        assertThat(PROBLEMS.message(new Problem("$", "something else"), VI)).isEqualTo("something else");
    }

    @Test
    void theProblemDocumentHasTheRfc9457Members() {
        Map<String, Object> doc = PROBLEMS.problem(new OcopInputException("assessment",
                List.of(new Problem("$.sheet", "missing required field"), new Problem("$.x", "y"))), Locale.ENGLISH);
        assertThat(doc).containsOnlyKeys("type", "title", "status", "detail", "problems");
        assertThat(doc.get("status")).isEqualTo(400);
        assertThat(doc.get("detail")).isEqualTo("2 problem(s) in the assessment; each is located by its JSON path.");
        assertThat(doc.get("problems")).isEqualTo(List.of(Map.of("path", "$.sheet", "message", "missing required field"),
                Map.of("path", "$.x", "message", "y")));
    }
}
