package io.github.ocop.spring;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.text.Message;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.InputValidation;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every problem of the library is coded, and the problem document words it in the language of the request. */
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
            missing-field        | {"ruleSet": "qd-26-2026", "product": {"name": "x"}, "answers": {}}  | $.sheet          | thiếu mục bắt buộc
            null-field           | {"ruleSet": "qd-26-2026", "sheet": "1", "product": null, "answers": {}} | $.product | không được là null
            blank-field          | {"ruleSet": "qd-26-2026", "sheet": " ", "product": {"name": "x"}, "answers": {}} | $.sheet | không được để trống
            unknown-field        | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}, "x": 1} | $.x | khóa lạ (các khóa được dùng ở đây: $schema, ruleSet, sheet, product, assessor, answers, knockOuts, note)
            expected-string      | {"ruleSet": 3, "sheet": "1", "product": {"name": "x"}, "answers": {}} | $.ruleSet     | cần một chuỗi trong dấu nháy kép, nhưng gặp số 3
            expected-object      | {"ruleSet": "qd-26-2026", "sheet": "1", "product": "x", "answers": {}} | $.product    | cần một đối tượng {...}, nhưng gặp chuỗi "x"
            expected-array       | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}, "knockOuts": "KO1"} | $.knockOuts | cần một mảng [...], nhưng gặp chuỗi "KO1"
            null-answer          | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {"1.1": null}} | $.answers['1.1'] | cần khóa của một phương án như "a" hay "none", nhưng gặp null
            unknown-rule-set     | {"ruleSet": "qd-1-1999", "sheet": "1", "product": {"name": "x"}, "answers": {}} | $.ruleSet | không có bộ tiêu chí "qd-1-1999"; hãy dùng một trong: "qd-1048-2019", "qd-148-2023", "qd-26-2026"
            unknown-criterion    | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {"9.9": "a"}} | $.answers['9.9'] | phiếu 1 của qd-26-2026 không có tiêu chí '9.9'
            unknown-option       | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {"1.1": "z"}} | $.answers['1.1'] | tiêu chí 1.1 không có phương án 'z'
            missing-answer       | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}} | $.answers | chưa trả lời tiêu chí 1.1 (
            unknown-knock-out    | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x"}, "answers": {}, "knockOuts": ["KO9"]} | $.knockOuts[0] | phiếu 1 không có điều kiện loại 'KO9'
            unknown-subject-type | {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "x", "subject": {"name": "y", "type": "KING"}}, "answers": {}} | $.product.subject.type | loại hình chủ thể "KING" không có
            malformed-json       | {"ruleSet": | $.ruleSet | lỗi cú pháp JSON ở dòng 1
            """)
    void aRealProblemIsCodedAndWordedInTheLanguageAsked(String name, String json, String path, String vietnamese) {
        Problem p = problem(json, path);
        assertThat(p.code()).as(name).isNotEqualTo(Message.TEXT);
        assertThat(PROBLEMS.message(p, VI)).as(name).contains(vietnamese);
        assertThat(PROBLEMS.message(p, Locale.ENGLISH)).isEqualTo(p.text(Locale.ENGLISH))
                .isNotEqualTo(PROBLEMS.message(p, VI));
    }

    @Test
    void aBeanValidationProblemIsShownInTheLanguageAsked() {
        Problem p = InputValidation.problems(new Assessment("qd-26-2026", "1", new Product(" ", null, null), "m",
                Map.of("1.1", "a"), List.of()), Locale.ENGLISH).get(0);
        assertThat(p.path()).isEqualTo("$.product.name");
        assertThat(PROBLEMS.message(p, VI)).isEqualTo("tên sản phẩm không được để trống");
        assertThat(PROBLEMS.message(p, Locale.ENGLISH)).isEqualTo("the product name must not be blank");
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
