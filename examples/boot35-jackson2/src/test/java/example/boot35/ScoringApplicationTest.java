package example.boot35;

import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;
import io.github.ocop.core.scoring.ScoringEngine;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Spring Boot 3.5 setup of docs/embedding.md: Jackson 2 with ocop-jackson2, Hibernate Validator 8. */
@SpringBootTest
@AutoConfigureMockMvc
class ScoringApplicationTest {
    private static final Path EXAMPLE = Path.of("../../ocop-samples/examples/qd-26-2026/14-ruou-trang.json");

    @Autowired
    MockMvc mvc;
    @Autowired
    Validator validator;

    @Test
    void theAnswerIsTheScoreCardAsTheCliWritesIt() throws Exception {
        String expected = OcopJson.scoreCard(ScoringEngine.of(RuleSets.standard().get("qd-26-2026"))
                .score(AssessmentReader.read(EXAMPLE)));
        String body = mvc.perform(post("/score").contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readAllBytes(EXAMPLE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).isEqualTo(expected).contains("\"total\":72");
    }

    @Test
    void invalidInputIsAProblemWithItsPath() throws Exception {
        mvc.perform(post("/score").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ruleSet\": \"qd-26-2026\", \"sheet\": \"1\", \"product\": {\"name\": \"x\"}, \"answers\": {}, \"x\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].path").value("$.x"));
    }

    @Test
    void springsValidatorSpeaksVietnameseWithTheBasename() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        try {
            assertThat(validator.validate(new Subject("", SubjectType.FARM)))
                    .extracting(v -> v.getMessage()).containsExactly("tên chủ thể không được để trống");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion())
                .startsWith("8.");
    }
}
