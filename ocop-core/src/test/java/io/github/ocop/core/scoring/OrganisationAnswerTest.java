package io.github.ocop.core.scoring;

import io.github.ocop.core.problem.OcopInputException;

import static io.github.ocop.core.scoring.Fixtures.cite;
import static io.github.ocop.core.scoring.Fixtures.opt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.OptionSubjectTypes;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The declared subject type and the answer to the criterion on the type of organisation must agree. The map follows
 * QĐ 26/2026 Phụ lục II, Phiếu số 1, criterion 3.1 (lines 744-757 of ../shared/reference/qd-26-2026/source.txt):
 * option a "Hộ sản xuất/hộ gia đình ...; hoặc trang trại; hoặc tổ hợp tác" (1 point), b "Công ty TNHH; hoặc doanh
 * nghiệp tư nhân; ..." (2 points), c "HTX ...; hoặc công ty cổ phần ..." (3 points). Expected outcomes follow from
 * that text; the points of this small sheet are not the law's.
 */
class OrganisationAnswerTest {
    private static final String CITATION = "QĐ 26/2026/QĐ-TTg Phụ lục II Phiếu số 1 mục 3.1";

    private static RuleSet rules() {
        OptionSubjectTypes types = new OptionSubjectTypes(Map.of("a", Set.of("HOUSEHOLD", "FARM", "COOPERATIVE_GROUP"),
                "b", Set.of("ENTERPRISE"), "c", Set.of("COOPERATIVE", "ENTERPRISE")), CITATION);
        Criterion c31 = new Criterion("1.1", "Loại hình tổ chức sản xuất - kinh doanh", 20, List.of(), null,
                cite("1.1"), List.of(opt("a", 5, null), opt("b", 10, null), opt("c", 20, null)), types);
        Criterion c12 = Fixtures.crit("1.2", 20, opt("a", 5, null), opt("b", 20, null));
        Criterion c21 = Fixtures.crit("2.1", 25, opt("a", 0, null), opt("b", 25, null));
        Criterion c3 = Fixtures.crit("3", 35, opt("a", 0, null), opt("b", 35, null));
        ScoringSheet sheet = new ScoringSheet("T", "Test sheet", null, null, List.of(), cite(null), List.<KnockOut>of(),
                List.of(new Part(PartCode.A, "A", 40, cite(null), List.of(new Section("1", "S1", 40, cite("1"),
                                List.of(), List.of(c31, c12)))),
                        new Part(PartCode.B, "B", 25, cite(null), List.of(new Section("2", "S2", 25, cite("2"),
                                List.of(), List.of(c21)))),
                        new Part(PartCode.C, "C", 35, cite(null), List.of(new Section("3", "S3", 35, cite("3"),
                                List.of(), List.of(c3))))));
        return Fixtures.ruleSet(List.of(sheet));
    }

    private static final ScoringEngine ENGINE = ScoringEngine.of(rules());

    private static Assessment answering(String organisation, SubjectType type) {
        Product p = new Product("Sản phẩm", type == null ? null : new Subject("Chủ thể", type), null);
        return new Assessment("test", "T", p, "m1", Map.of("1.1", organisation, "1.2", "b", "2.1", "b", "3", "b"),
                List.of());
    }

    @Test
    void aHouseholdAnsweringTheHouseholdOptionIsScored() {
        assertThat(ENGINE.score(answering("a", SubjectType.HOUSEHOLD)).total()).isEqualTo(5 + 20 + 25 + 35);
        assertThat(ENGINE.score(answering("c", SubjectType.ENTERPRISE)).total()).isEqualTo(20 + 20 + 25 + 35);
        assertThat(ENGINE.score(answering("b", SubjectType.ENTERPRISE)).total()).isEqualTo(10 + 20 + 25 + 35);
    }

    @Test
    void aHouseholdAnsweringTheCompanyOptionIsRefusedAtTheAnswerNamingTheOptionThatFits() {
        OcopInputException e = catchThrowableOfType(OcopInputException.class,
                () -> ENGINE.score(answering("b", SubjectType.HOUSEHOLD)));
        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.answers['1.1']");
            assertThat(p.code()).isEqualTo("scoring.organisationAnswer");
            assertThat(SubjectTypeCheckTest.en(p.args().get(0))).isEqualTo("household with a business registration");
            assertThat(p.args().get(1)).isEqualTo("b");
            assertThat(p.args().get(2)).isEqualTo("1.1");
            assertThat(SubjectTypeCheckTest.en(p.args().get(4))).isEqualTo(List.of("small or medium enterprise"));
            assertThat(p.args().get(6)).isEqualTo("a");
            assertThat(p.args().get(7)).isEqualTo(CITATION);
        });
        // a cooperative fits option c only: a is refused, naming c
        OcopInputException coop = catchThrowableOfType(OcopInputException.class,
                () -> ENGINE.score(answering("a", SubjectType.COOPERATIVE)));
        assertThat(coop.problems()).singleElement().satisfies(p -> {
            assertThat(SubjectTypeCheckTest.en(p.args().get(4))).isEqualTo(List.of("household with a business registration",
                    "farm", "cooperative group"));
            assertThat(p.args().get(6)).isEqualTo("c");
        });
    }

    @Test
    void aTypeNoOptionNamesOrNoSubjectIsNotChecked() {
        // an association is in no option of 3.1: the file does not say which fits it
        assertThat(ENGINE.score(answering("b", SubjectType.ASSOCIATION)).total()).isEqualTo(10 + 20 + 25 + 35);
        assertThat(ENGINE.score(answering("b", null)).total()).isEqualTo(10 + 20 + 25 + 35);
    }

    /**
     * Issue 18: the engine resolves every answer before it reports, and still reports in the documented order: the
     * organisation answer (checked before the answers), then each answer in the order given, then the missing ones.
     */
    @Test
    void problemsKeepTheirOrderWhenTheOrganisationAnswerAndOtherAnswersAreWrong() {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        answers.put("9.9", "a"); // no such criterion on the sheet
        answers.put("1.1", "b"); // a company's option for a household
        answers.put("1.2", "z"); // no option z
        answers.put("2.1", "none"); // its options start at 0 points: "none" is not accepted
        // 3 unanswered
        Assessment a = new Assessment("test", "T", new Product("Sản phẩm", new Subject("Chủ thể",
                SubjectType.HOUSEHOLD), null), "m1", answers, List.of());
        OcopInputException e = catchThrowableOfType(OcopInputException.class, () -> ENGINE.score(a));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactly(
                "$.answers['1.1'] scoring.organisationAnswer",
                "$.answers['9.9'] scoring.unknownCriterion",
                "$.answers['1.2'] scoring.unknownOption",
                "$.answers['2.1'] scoring.noneNotAccepted",
                "$.answers scoring.missingAnswer");
    }
}
