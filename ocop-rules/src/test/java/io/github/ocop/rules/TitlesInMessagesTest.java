package io.github.ocop.rules;

import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoringEngine;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

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

    /**
     * A program that takes its rule set from a file ({@code RuleSetLoader}) and scores with the core's engine, touching
     * nothing else of ocop-rules, gets the same English titles: the translations are installed by the loader too, not
     * only by {@code RuleSets} and {@code AssessmentReader}. Run in a fresh copy of the libraries' classes, where no
     * other test has installed them.
     */
    @Test
    void aProgramThatOnlyLoadsARuleSetFileNamesTitlesInEnglishToo() throws Exception {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        URL[] urls = java.util.Arrays.stream(path.split(File.pathSeparator)).map(p -> {
            try {
                return Path.of(p).toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
        try (URLClassLoader fresh = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            Class<?> ruleSetClass = fresh.loadClass("io.github.ocop.core.model.RuleSet");
            Object rules = fresh.loadClass("io.github.ocop.rules.RuleSetLoader").getMethod("load", Path.class)
                    .invoke(null, Path.of("src/main/resources/io/github/ocop/rules/qd-26-2026.json"));
            Class<?> productClass = fresh.loadClass("io.github.ocop.core.scoring.Product");
            Object product = productClass.getMethod("named", String.class).invoke(null, "P");
            Class<?> assessmentClass = fresh.loadClass("io.github.ocop.core.scoring.Assessment");
            Object assessment = assessmentClass.getMethod("of", String.class, String.class, productClass, Map.class)
                    .invoke(null, "qd-26-2026", "1", product, Map.of());
            Class<?> engineClass = fresh.loadClass("io.github.ocop.core.scoring.ScoringEngine");
            Object engine = engineClass.getMethod("of", ruleSetClass).invoke(null, rules);
            Throwable refused = catchThrowableOfType(InvocationTargetException.class,
                    () -> engineClass.getMethod("score", assessmentClass).invoke(engine, assessment)).getCause();
            assertThat(refused.getClass().getName()).isEqualTo(OcopInputException.class.getName());
            String english = (String) refused.getClass().getMethod("getMessage", Locale.class)
                    .invoke(refused, Locale.ENGLISH);
            // every answer is missing: criterion 1.1 is named with the translation of i18n/titles_en.properties
            assertThat(english).contains("criterion 1.1 (Origin of the product)").doesNotContain("Nguồn gốc");
        }
    }
}
