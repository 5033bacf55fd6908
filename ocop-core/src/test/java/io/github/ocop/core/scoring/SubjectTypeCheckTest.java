package io.github.ocop.core.scoring;

import io.github.ocop.core.problem.Problem;

import io.github.ocop.core.problem.OcopInputException;

import static io.github.ocop.core.scoring.Fixtures.cite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocop.core.model.ProductCategory;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.ProductTaxonomy;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.SubjectTypes;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The subject-type check (QĐ 26/2026 Điều 2 khoản 3, line 29 of ../shared/reference/qd-26-2026/source.txt): a product
 * group admits "hợp tác xã; tổ hợp tác; doanh nghiệp nhỏ và vừa; trang trại, hộ sản xuất, hộ gia đình có đăng ký kinh
 * doanh" (COOPERATIVE, COOPERATIVE_GROUP, ENTERPRISE, FARM, HOUSEHOLD), and the tourism group also "hội, hiệp hội, trung
 * tâm điều hành" (ASSOCIATION). A large enterprise is in neither list. The expected outcomes follow from that text.
 */
class SubjectTypeCheckTest {
    private static final Set<String> ARTICLE_2_3 = Set.of("COOPERATIVE", "COOPERATIVE_GROUP", "ENTERPRISE", "FARM",
            "HOUSEHOLD");
    private static final String CITATION = "QĐ 26/2026/QĐ-TTg Điều 2 khoản 3";

    /** Sheet T scored by group I (line 29's first list) and sheet U by group VI (the list with associations). */
    private static RuleSet rules(Optional<SubjectTypes> groupI, Optional<SubjectTypes> groupVI, boolean uAlsoInGroupI) {
        RuleSet base = Fixtures.ruleSet();
        ScoringSheet t = base.sheet("T").orElseThrow();
        ScoringSheet u = new ScoringSheet("U", "Test sheet U", null, null, List.of(), t.citation(), t.knockOuts(),
                t.parts());
        List<ProductSubgroup> inI = uAlsoInGroupI
                ? List.of(new ProductSubgroup("I.1.1", "T", List.of(), "T", cite(null)),
                        new ProductSubgroup("I.1.2", "U", List.of(), "U", cite(null)))
                : List.of(new ProductSubgroup("I.1.1", "T", List.of(), "T", cite(null)));
        ProductGroup one = new ProductGroup("I", "Thực phẩm", List.of(new ProductCategory("I.1", "C", List.of(), inI)),
                groupI);
        ProductGroup six = new ProductGroup("VI", "Dịch vụ du lịch", List.of(new ProductCategory("VI.1", "D",
                List.of(), List.of(new ProductSubgroup("VI.1.1", "U", List.of(), "U", cite(null))))), groupVI);
        return RuleSet.builder().id("test").title("Test rules").instrument(base.instrument())
                .provenance(base.provenance()).parts(base.parts()).starRanking(base.starRanking())
                .taxonomy(ProductTaxonomy.of(List.of(one, six))).sheets(List.of(t, u)).build();
    }

    private static RuleSet article23() {
        Set<String> tourism = new java.util.HashSet<>(ARTICLE_2_3);
        tourism.add("ASSOCIATION");
        return rules(Optional.of(new SubjectTypes(ARTICLE_2_3, CITATION)),
                Optional.of(new SubjectTypes(tourism, CITATION)), false);
    }

    private static Assessment on(String sheet, SubjectType type) {
        Product p = new Product("Sản phẩm", type == null ? null : new Subject("Chủ thể", type), null);
        return new Assessment("test", sheet, p, "m1", Map.of("1.1", "c", "1.2", "b", "2.1", "c", "2.2", "b",
                "3", "d"), List.of());
    }

    @Test
    void everyTypeOfTheFirstListOfLine29IsAdmittedOnAFoodSheet() {
        ScoringEngine engine = ScoringEngine.of(article23());
        for (String type : ARTICLE_2_3) {
            assertThat(engine.score(on("T", SubjectType.valueOf(type))).total()).as(type).isEqualTo(100);
        }
    }

    @Test
    void aLargeEnterpriseOrAnAssociationIsRefusedOnAFoodSheetAtItsPath() {
        ScoringEngine engine = ScoringEngine.of(article23());
        for (SubjectType type : List.of(SubjectType.LARGE_ENTERPRISE, SubjectType.ASSOCIATION)) {
            OcopInputException e = catchThrowableOfType(OcopInputException.class, () -> engine.score(on("T", type)));
            assertThat(e).as(type.name()).isNotNull();
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo("$.product.subject.type");
                assertThat(p.code()).isEqualTo("scoring.subjectType");
                assertThat(en(p.args().get(0)))
                        .isEqualTo(type == SubjectType.ASSOCIATION ? "association" : "large enterprise");
                assertThat(p.args().get(1)).isEqualTo("T");
                // the admitted types in the enum's order, then the file's citation
                assertThat(en(p.args().get(4))).isEqualTo(List.of("household with a business registration", "farm",
                        "cooperative group", "cooperative", "small or medium enterprise"));
                assertThat(p.args().get(5)).isEqualTo(CITATION);
            });
        }
    }

    @Test
    void anAssociationIsAdmittedOnTheTourismSheetButALargeEnterpriseIsNot() {
        ScoringEngine engine = ScoringEngine.of(article23());
        assertThat(engine.score(on("U", SubjectType.ASSOCIATION)).total()).isEqualTo(100);
        assertThat(catchThrowableOfType(OcopInputException.class,
                () -> engine.score(on("U", SubjectType.LARGE_ENTERPRISE))).problems())
                .extracting(Problem::code).containsExactly("scoring.subjectType");
    }

    @Test
    void aSheetScoredByTwoGroupsAdmitsTheTypesOfEither() {
        // U is scored by group I (no associations) and group VI (associations): an association may register it
        Set<String> tourism = new java.util.HashSet<>(ARTICLE_2_3);
        tourism.add("ASSOCIATION");
        ScoringEngine engine = ScoringEngine.of(rules(Optional.of(new SubjectTypes(ARTICLE_2_3, CITATION)),
                Optional.of(new SubjectTypes(tourism, CITATION)), true));
        assertThat(engine.score(on("U", SubjectType.ASSOCIATION)).total()).isEqualTo(100);
        assertThat(catchThrowableOfType(OcopInputException.class,
                () -> engine.score(on("T", SubjectType.ASSOCIATION))).problems()).hasSize(1);
    }

    @Test
    void aGroupThatStatesNoTypesLeavesItsSheetsUnchecked() {
        // group VI states none: U is not checked even though group I, which also scores U, states its list
        ScoringEngine engine = ScoringEngine.of(rules(Optional.of(new SubjectTypes(ARTICLE_2_3, CITATION)),
                Optional.empty(), true));
        assertThat(engine.score(on("U", SubjectType.LARGE_ENTERPRISE)).total()).isEqualTo(100);
        assertThat(catchThrowableOfType(OcopInputException.class,
                () -> engine.score(on("T", SubjectType.LARGE_ENTERPRISE))).problems()).hasSize(1);
    }

    @Test
    void aProductWithoutASubjectIsNotChecked() {
        assertThat(ScoringEngine.of(article23()).score(on("T", null)).total()).isEqualTo(100);
    }

    /** A message argument as English words: a coded text rendered, a list element by element. */
    static Object en(Object a) {
        if (a instanceof io.github.ocop.core.text.Localized l) {
            return l.format(java.util.Locale.ENGLISH);
        }
        if (a instanceof List<?> xs) {
            return xs.stream().map(SubjectTypeCheckTest::en).toList();
        }
        return a;
    }
}
