package io.github.ocop.rules.scoring;

import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The subject types each product group admits, as data of the rule set file (issue 12), checked against QĐ 26/2026
 * Điều 2 khoản 3 ({@code source.txt} line 29): "hợp tác xã; tổ hợp tác; doanh nghiệp nhỏ và vừa; trang trại, hộ sản
 * xuất, hộ gia đình có đăng ký kinh doanh. Đối với nhóm sản phẩm dịch vụ du lịch cộng đồng, du lịch sinh thái và
 * điểm du lịch bao gồm thêm: hội, hiệp hội, trung tâm điều hành hoặc tổ chức tương đương."
 */
class SubjectTypesTest {
    static final RuleSet QD26 = RuleSets.standard().get("qd-26-2026");
    static final Path EXAMPLES = Path.of("../ocop-samples/examples/qd-26-2026");

    static Assessment as(Assessment a, SubjectType type) {
        Product p = a.product();
        return new Assessment(a.ruleSet(), a.sheet(), new Product(p.name(), new Subject(p.subject().name(), type),
                p.subgroup()), a.assessor(), a.answers(), a.knockOuts());
    }

    @Test
    void theFileListsLine29ForEveryGroup() {
        for (ProductGroup g : QD26.taxonomy().groups()) {
            assertThat(g.subjectTypes()).as(g.code()).isPresent();
            assertThat(g.subjectTypes().get().citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 2 khoản 3");
            assertThat(g.subjectTypes().get().admitted()).contains("COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE",
                    "FARM", "HOUSEHOLD");
            // "bao gồm thêm: hội, hiệp hội, trung tâm điều hành": only the tourism group (VI)
            assertThat(g.subjectTypes().get().admitted().contains("ASSOCIATION")).as(g.code())
                    .isEqualTo(g.code().equals("VI"));
        }
        // QĐ 1048 and 148: the sources in the reference folder do not list them; nothing is enforced
        assertThat(RuleSets.standard().get("qd-1048-2019").taxonomy().groups())
                .allMatch(g -> g.subjectTypes().isEmpty());
    }

    /** source.txt line 29: associations are added only for the tourism group (sheet 26); sheets 1-25 refuse them. */
    @Test
    void anAssociationIsRefusedOutsideTheTourismGroupAndAcceptedInIt_line29() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        Assessment sheet1 = AssessmentReader.read(EXAMPLES.resolve("01-rau-cu-qua-buoi-da-xanh.json"));
        assertThatThrownBy(() -> engine.score(as(sheet1, SubjectType.ASSOCIATION)))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.product.subject.type")
                .hasMessageContaining("hội (hiệp hội, trung tâm điều hành)")
                .hasMessageContaining("Điều 2 khoản 3");
        assertThat(engine.score(as(sheet1, SubjectType.ENTERPRISE)).total())
                .isEqualTo(engine.score(sheet1).total());
        Assessment tourism = AssessmentReader.read(EXAMPLES.resolve("26-du-lich-cong-dong.json"));
        assertThat(engine.score(as(tourism, SubjectType.ASSOCIATION)).total())
                .isEqualTo(engine.score(tourism).total());
    }

    static Assessment answering31(Assessment a, SubjectType type, String option) {
        java.util.Map<String, String> answers = new java.util.LinkedHashMap<>(a.answers());
        answers.put("3.1", option);
        Product p = a.product();
        return new Assessment(a.ruleSet(), a.sheet(), new Product(p.name(), new Subject(p.subject().name(), type),
                p.subgroup()), a.assessor(), answers, a.knockOuts());
    }

    /**
     * source.txt line 29: "doanh nghiệp nhỏ và vừa": a declared large enterprise is refused on every sheet, citing
     * the article; under 1048 (no list of subjects in the sources) it is not refused.
     */
    @Test
    void aLargeEnterpriseIsRefused_line29() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        for (String file : java.util.List.of("01-rau-cu-qua-buoi-da-xanh.json", "14-ruou-trang.json",
                "26-du-lich-cong-dong.json")) {
            Assessment a = AssessmentReader.read(EXAMPLES.resolve(file));
            assertThatThrownBy(() -> engine.score(as(a, SubjectType.LARGE_ENTERPRISE)))
                    .isInstanceOf(OcopInputException.class)
                    .hasMessageContaining("$.product.subject.type")
                    .hasMessageContaining("doanh nghiệp lớn")
                    .hasMessageContaining("Điều 2 khoản 3");
        }
        Assessment old = AssessmentReader.read(Path.of("../ocop-samples/examples/qd-1048-2019/I.3.3-mut-gung.json"));
        ScoringEngine e1048 = ScoringEngine.of(RuleSets.standard().get("qd-1048-2019"));
        assertThat(e1048.score(as(old, SubjectType.LARGE_ENTERPRISE)).total()).isEqualTo(e1048.score(old).total());
    }

    /**
     * Sheet 1, 3.1 (source.txt line 744-756): option a "Hộ sản xuất/hộ gia đình ...; hoặc trang trại; hoặc tổ hợp tác",
     * b "Công ty TNHH; hoặc doanh nghiệp tư nhân; hoặc công ty cổ phần ... <51%", c "HTX ...; hoặc công ty cổ phần
     * ... ≥ 51%". A cooperative answering a (hộ) is refused, naming both; an enterprise may answer b or c.
     */
    @Test
    void aCooperativeAnsweringTheHouseholdOptionIsRefused_line744() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        Assessment sheet1 = AssessmentReader.read(EXAMPLES.resolve("01-rau-cu-qua-buoi-da-xanh.json"));
        assertThatThrownBy(() -> engine.score(answering31(sheet1, SubjectType.COOPERATIVE, "a")))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.answers['3.1']")
                .hasMessageContaining("hợp tác xã")
                .hasMessageContaining("'a'")
                .hasMessageContaining("hộ sản xuất (hộ gia đình có đăng ký kinh doanh), trang trại, tổ hợp tác")
                .hasMessageContaining("QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số 1, mục 3.1")
                .hasMessageNotContaining("source.txt");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> engine.score(answering31(sheet1, SubjectType.HOUSEHOLD, "b"))).getMessage(java.util.Locale.ENGLISH))
                .contains("a household with a business registration answers a");
        assertThatThrownBy(() -> engine.score(answering31(sheet1, SubjectType.FARM, "c")))
                .isInstanceOf(OcopInputException.class).hasMessageContaining("$.answers['3.1']");
        // agreeing answers are scored as printed: a 1 point, b 2, c 3 (line 748, 752, 756)
        int base = engine.score(answering31(sheet1, SubjectType.COOPERATIVE, "c")).total();
        assertThat(engine.score(answering31(sheet1, SubjectType.ENTERPRISE, "b")).total()).isEqualTo(base - 1);
        assertThat(engine.score(answering31(sheet1, SubjectType.ENTERPRISE, "c")).total()).isEqualTo(base);
        assertThat(engine.score(answering31(sheet1, SubjectType.COOPERATIVE_GROUP, "a")).total()).isEqualTo(base - 2);
    }

    /** Every sheet of 26/2026 maps its 3.1 options (line 744 ... 15620), the tourism sheet c also to associations. */
    @Test
    void everySheetMapsTheOptionsOfItsOrganisationCriterion() {
        for (var sheet : QD26.sheets()) {
            var map = sheet.criterion("3.1").orElseThrow().subjectTypes().orElseThrow();
            assertThat(map.typesOf("a")).as(sheet.id()).contains(java.util.Set.of("HOUSEHOLD", "FARM",
                    "COOPERATIVE_GROUP"));
            assertThat(map.typesOf("b")).as(sheet.id()).contains(java.util.Set.of("ENTERPRISE"));
            assertThat(map.typesOf("c").orElseThrow()).as(sheet.id()).contains("COOPERATIVE", "ENTERPRISE");
            assertThat(map.typesOf("c").orElseThrow().contains("ASSOCIATION")).isEqualTo(sheet.id().equals("26"));
            assertThat(map.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số " + sheet.id()
                    + ", mục 3.1; Điều 2 khoản 3");
            assertThat(map.line()).contains(sheet.criterion("3.1").orElseThrow().citation().line());
        }
        // 1048: a names "Hộ gia đình ..., tổ hợp tác ..., Công ty TNHH 1 thành viên, DNTN"; trang trại is named nowhere
        var e1048 = ScoringEngine.of(RuleSets.standard().get("qd-1048-2019"));
        for (var sheet : RuleSets.standard().get("qd-1048-2019").sheets()) {
            var map = sheet.criterion("3.1").orElseThrow().subjectTypes().orElseThrow();
            assertThat(map.typesOf("a").orElseThrow()).as(sheet.id()).contains("HOUSEHOLD", "COOPERATIVE_GROUP",
                    "ENTERPRISE");
            assertThat(map.maps("FARM")).isFalse();
            assertThat(map.maps("ASSOCIATION")).isFalse();
        }
        Assessment hh = AssessmentReader.read(Path.of("../ocop-samples/examples/qd-1048-2019/II.2.2-nuoc-chanh-day.json"));
        assertThatThrownBy(() -> e1048.score(answering31(hh, SubjectType.COOPERATIVE, "a")))
                .isInstanceOf(OcopInputException.class).hasMessageContaining("$.answers['3.1']");
        // unmapped: a farm is not checked under 1048
        assertThat(e1048.score(answering31(hh, SubjectType.FARM, "a")).total()).isEqualTo(e1048.score(hh).total());
    }

    /**
     * The improvement planner never proposes another organisation type than the subject's: a household (3.1 a, line
     * 744-748 of sheet 1) is not told to answer 3.1 c (HTX), which the engine would refuse; a plan that needs it is
     * found elsewhere or reported unreachable.
     */
    @Test
    void thePlannerKeepsTheOrganisationAnswerOfTheDeclaredSubjectType_line744() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        Assessment sheet1 = AssessmentReader.read(EXAMPLES.resolve("01-rau-cu-qua-buoi-da-xanh.json"));
        var card = engine.score(answering31(sheet1, SubjectType.HOUSEHOLD, "a"));
        var planner = io.github.ocop.core.advice.ImprovementPlanner.of(QD26);
        for (int target = 3; target <= 5; target++) {
            assertThat(planner.plan(card, target).changes()).as("target " + target)
                    .noneMatch(c -> c.criterion().equals("3.1"));
        }
        // a cooperative group answering a may not be lifted to b (companies) either
        var group = engine.score(answering31(sheet1, SubjectType.COOPERATIVE_GROUP, "a"));
        assertThat(planner.plan(group, 5).changes()).noneMatch(c -> c.criterion().equals("3.1"));
    }
}
