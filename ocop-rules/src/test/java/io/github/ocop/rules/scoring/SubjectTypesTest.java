package io.github.ocop.rules.scoring;

import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.OcopInputException;
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
            assertThat(g.subjectTypes().get().citation()).isEqualTo("QĐ 26/2026/QĐ-TTg Điều 2 khoản 3");
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

    @Test
    void anAssociationIsRefusedOutsideTheTourismGroupAndAcceptedInIt() {
        ScoringEngine engine = ScoringEngine.of(QD26);
        Assessment sheet1 = AssessmentReader.read(EXAMPLES.resolve("01-rau-cu-qua-buoi-da-xanh.json"));
        assertThatThrownBy(() -> engine.score(as(sheet1, SubjectType.ASSOCIATION)))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$.product.subject.type")
                .hasMessageContaining("ASSOCIATION")
                .hasMessageContaining("Điều 2 khoản 3");
        assertThat(engine.score(as(sheet1, SubjectType.HOUSEHOLD)).total())
                .isEqualTo(engine.score(sheet1).total());
        Assessment tourism = AssessmentReader.read(EXAMPLES.resolve("26-du-lich-cong-dong.json"));
        assertThat(engine.score(as(tourism, SubjectType.ASSOCIATION)).total())
                .isEqualTo(engine.score(tourism).total());
    }
}
