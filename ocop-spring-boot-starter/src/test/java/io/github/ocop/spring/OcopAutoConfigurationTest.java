package io.github.ocop.spring;

import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.RuleSets;
import io.github.ocop.samples.OcopCli;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The starter in a Spring Boot 4 web application with the actuator, through Spring Boot's test support. */
@SpringBootTest(classes = TestApplication.class, properties = {
        "ocop.rules-files=classpath:mini-rule-set.json",
        "management.endpoints.web.exposure.include=info"})
@AutoConfigureMockMvc
class OcopAutoConfigurationTest {
    private static final Path EXAMPLE = Path.of("../ocop-samples/examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json");
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper mapper;
    @Autowired
    RuleSets ruleSets;
    @Autowired
    MessageSource messages;
    @Autowired
    Validator validator;

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        assertThat(OcopCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args)).isZero();
        return out.toString().stripTrailing();
    }

    private MvcResult postScore(String body, String language) throws Exception {
        var request = post("/score")
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request).andReturn();
    }

    private static final String BROKEN = """
            {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "Bưởi", "colour": "xanh"}, "answers": {}}""";

    @Test
    void anAssessmentInAScoreCardOutIsTheCliOutputByteForByte() throws Exception {
        MvcResult r = postScore(Files.readString(EXAMPLE), null);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(cli("score", "--format", "json", EXAMPLE.toString()));
    }

    @Test
    void invalidInputIsAProblemInTheRequestsLanguage() throws Exception {
        MvcResult vi = postScore(BROKEN, "vi-VN,vi;q=0.9");
        assertThat(vi.getResponse().getStatus()).isEqualTo(400);
        assertThat(vi.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode body = mapper.readTree(vi.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("title").asString()).isEqualTo("Dữ liệu OCOP không hợp lệ");
        assertThat(body.get("detail").asString()).isEqualTo("Có 1 lỗi trong phiếu đánh giá; mỗi lỗi ghi vị trí bằng đường dẫn JSON.");
        assertThat(body.get("problems").get(0).get("path").asString()).isEqualTo("$.product.colour");
        assertThat(body.get("problems").get(0).get("message").asString())
                .isEqualTo("khóa lạ (các khóa được dùng ở đây: name, subject, subgroup); hãy xóa nó hoặc sửa tên");

        JsonNode en = mapper.readTree(postScore(BROKEN, "en").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(en.get("title").asString()).isEqualTo("Invalid OCOP input");
        assertThat(en.get("problems").get(0).get("message").asString())
                .isEqualTo("unknown field (expected one of name, subject, subgroup)");
    }

    @Test
    void aReaderProblemIsAnsweredInTheRequestsLanguageWithoutPatterns() throws Exception {
        String sheetAsNumber = BROKEN.replace("\"sheet\": \"1\"", "\"sheet\": 1");
        JsonNode vi = mapper.readTree(postScore(sheetAsNumber, "vi").getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(vi.get("problems").get(0).get("path").asString()).isEqualTo("$.sheet");
        assertThat(vi.get("problems").get(0).get("message").asString())
                .isEqualTo("cần một chuỗi trong dấu nháy kép, nhưng gặp số 1");
        JsonNode en = mapper.readTree(postScore(sheetAsNumber, "en-GB").getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(en.get("problems").get(0).get("message").asString()).isEqualTo("expected a string, found number 1");
    }

    @Test
    void aBodyThatIsNotJsonIsAnsweredAsAProblemInTheRequestsLanguageAtItsLine() throws Exception {
        // the JSON breaks on line 2 (the bare x), before the OCOP reader sees the document
        String broken = "{\"ruleSet\": \"qd-26-2026\",\n \"sheet\": x}";
        MvcResult vi = postScore(broken, "vi");
        assertThat(vi.getResponse().getStatus()).isEqualTo(400);
        assertThat(vi.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode v = mapper.readTree(vi.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(v.get("problems").get(0).get("path").asString()).isEqualTo("$");
        assertThat(v.get("problems").get(0).get("message").asString())
                .startsWith("nội dung gửi lên không phải JSON hợp lệ: lỗi ở dòng 2, cột ");
        JsonNode en = mapper.readTree(postScore(broken, "en").getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(en.get("problems").get(0).get("message").asString())
                .startsWith("the body is not valid JSON: it breaks at line 2, column ");
        // not JSON from its first character
        MvcResult words = postScore("không phải JSON", "vi");
        assertThat(words.getResponse().getStatus()).isEqualTo(400);
        assertThat(words.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("nội dung gửi lên không phải JSON hợp lệ");
    }

    @Test
    void withoutALanguageTheDefaultLocaleIsVietnamese() throws Exception {
        JsonNode body = mapper.readTree(postScore(BROKEN, null).getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(body.get("title").asString()).isEqualTo("Dữ liệu OCOP không hợp lệ");
    }

    @Test
    void beanValidationAndScoringProblemsAreTranslatedToo() throws Exception {
        MvcResult blankProducer = postScore("""
                {"ruleSet": "qd-26-2026", "sheet": "1", "product": {"name": "Bưởi",
                 "subject": {"name": "", "type": "FARM"}}, "answers": {}}""", "vi");
        JsonNode p = mapper.readTree(blankProducer.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(blankProducer.getResponse().getStatus()).isEqualTo(400);
        assertThat(p.get("problems").get(0).get("path").asString()).isEqualTo("$.product.subject.name");
        // the reader refuses a blank (or invisible-only) name before Bean Validation runs: the path names the field
        assertThat(p.get("problems").get(0).get("message").asString()).isEqualTo("không được để trống");

        // thrown by the engine inside the controller, not while reading the body
        String wrongOption = Files.readString(EXAMPLE).replace("\"1.1\": \"c\"", "\"1.1\": \"z\"");
        assertThat(wrongOption).contains("\"1.1\": \"z\"");
        MvcResult scoring = postScore(wrongOption, "vi");
        assertThat(scoring.getResponse().getStatus()).isEqualTo(400);
        JsonNode s = mapper.readTree(scoring.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(s.get("problems").get(0).get("path").asString()).isEqualTo("$.answers['1.1']");
        assertThat(s.get("problems").get(0).get("message").asString()).startsWith("tiêu chí 1.1 không có phương án 'z'");
    }

    @Test
    void otherUnreadableBodiesAreLeftToSpring() throws Exception {
        mvc.perform(post("/score").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void theLibrarysValidationMessagesAreInSpringsMessageSource() {
        assertThat(messages.getMessage("io.github.ocop.validation.productName.notBlank", null, VI))
                .isEqualTo("tên sản phẩm không được để trống");
        assertThat(messages.getMessage("io.github.ocop.validation.productName.notBlank", null, Locale.ENGLISH))
                .isEqualTo("the product name must not be blank");
        LocaleContextHolder.setLocale(VI);
        try {
            Set<ConstraintViolation<Subject>> v = validator.validate(new Subject(" ", SubjectType.FARM));
            assertThat(v).extracting(ConstraintViolation::getMessage).containsExactly("tên chủ thể không được để trống");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void rulesFilesAreAddedAndTheMappersModuleReadsCardsOfThem() throws Exception {
        assertThat(ruleSets.ids()).contains("mini", "qd-26-2026", "qd-1048-2019");
        ScoreCard card = mapper.readValue(mapper.writeValueAsString(
                new OcopEngines(ruleSets).scoring("qd-26-2026").score(io.github.ocop.rules.AssessmentReader.read(EXAMPLE))),
                ScoreCard.class);
        assertThat(card.total()).isEqualTo(70);
    }

    @Test
    void theActuatorInfoListsEveryRuleSetWithItsDigest() throws Exception {
        MvcResult r = mvc.perform(get("/actuator/info")).andExpect(status().isOk()).andReturn();
        JsonNode sets = mapper.readTree(r.getResponse().getContentAsString()).get("ocop").get("ruleSets");
        String miniDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(getClass().getResourceAsStream("/mini-rule-set.json").readAllBytes()));
        assertThat(sets.findValuesAsString("id")).containsExactly("mini", "qd-1048-2019", "qd-148-2023", "qd-26-2026");
        assertThat(sets.get(0).get("digest").asString()).isEqualTo(miniDigest);
        // the bundled rule set's digest: the SHA-256 of its JSON resource in the ocop-rules jar
        String bundled = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                io.github.ocop.rules.RuleSets.class.getResourceAsStream("qd-26-2026.json").readAllBytes()));
        assertThat(sets.get(3).get("digest").asString()).isEqualTo(bundled);
    }
}
