package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocop.core.text.Messages;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.model.DocumentKind;
import io.github.ocop.core.model.DocumentRequirement;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.Necessity;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.process.Dossier;
import io.github.ocop.core.process.DossierCheck;
import io.github.ocop.core.process.DossierRequirements;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DossierCheckTest {

    private static final RuleSet QD26 = Bundled.QD26;

    private static DocumentKind doc(RuleSet r, String id) {
        return r.process().document(id).orElseThrow();
    }

    private static Dossier dossier(RuleSet r, EvaluationKind kind, EvaluationLevel level, String group,
            Set<DocumentKind> docs) {
        return new Dossier(DossierRequirements.of(r, kind, level, group), docs);
    }

    @Test
    void firstEvaluationAtTheCommuneNeedsForms01And02_Dieu6Khoan1DiemA() {
        DossierCheck c = dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "I",
                Set.of(doc(QD26, "registration-form"))).check();
        assertThat(c.status()).isEqualTo(DossierCheck.Status.INCOMPLETE);
        assertThat(c.missing()).singleElement().satisfies(r -> {
            assertThat(r.anyOf()).containsExactly(doc(QD26, "self-assessment-report"));
            assertThat(r.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 6 khoản 1 điểm a; Phụ lục III Mẫu số 02");
        });
        assertThat(c.messages()).anyMatch(m -> m.contains("Mẫu số 02") && m.startsWith("thiếu"));
    }

    @Test
    void upgradeIsCompleteWithForms01And02ReEvaluationNeedsItsUpdates_Dieu6Khoan1DiemBC_line58_59() {
        Set<DocumentKind> forms = Set.of(doc(QD26, "registration-form"), doc(QD26, "self-assessment-report"));
        // l.58: the changes are shown "trong đó" (inside) Mẫu số 02, so Mẫu 01 + 02 complete an upgrade dossier
        assertThat(dossier(QD26, EvaluationKind.UPGRADE, EvaluationLevel.COMMUNE, "II", forms).check().isComplete())
                .isTrue();
        assertThat(QD26.process().documents()).extracting(DocumentKind::id).doesNotContain("upgrade-change-evidence");
        assertThat(dossier(QD26, EvaluationKind.UPGRADE, EvaluationLevel.COMMUNE, "II",
                Set.of(doc(QD26, "registration-form"))).check().missing()).extracting(r -> r.anyOf().get(0))
                .containsExactly(doc(QD26, "self-assessment-report"));
        // l.59: the re-evaluation updates come "đồng thời" (in addition), a document of their own
        assertThat(dossier(QD26, EvaluationKind.RE_EVALUATION, EvaluationLevel.COMMUNE, "II", forms).check()
                .missing()).extracting(r -> r.anyOf().get(0)).containsExactly(doc(QD26, "re-evaluation-updates"));
        assertThat(dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "II", forms).check().isComplete())
                .isTrue();
    }

    @Test
    void theProvinceReceivesTheCommunesProposalWithFiveSamples_Dieu6Khoan2() {
        Set<DocumentKind> docs = Set.of(doc(QD26, "commune-proposal-letter"), doc(QD26, "commune-assessment-report"),
                doc(QD26, "registration-form"), doc(QD26, "self-assessment-report"));
        DossierCheck food = dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.PROVINCE, "I", docs).check();
        assertThat(food.missing()).singleElement().satisfies(r -> {
            assertThat(r.anyOf()).containsExactly(doc(QD26, "product-samples"));
            assertThat(r.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 6 khoản 2 điểm d");
        });
    }

    @Test
    void tourismSendsNoSamples_Dieu6Khoan2DiemD() {
        Set<DocumentKind> docs = Set.of(doc(QD26, "commune-proposal-letter"), doc(QD26, "commune-assessment-report"),
                doc(QD26, "registration-form"), doc(QD26, "self-assessment-report"));
        assertThat(dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.PROVINCE, "VI", docs).check().isComplete())
                .isTrue();
    }

    @Test
    void theFiveStarDossierOfTheProvince_Dieu6Khoan3() {
        DossierRequirements first = DossierRequirements.of(QD26, EvaluationKind.FIRST, EvaluationLevel.CENTRAL, "I");
        assertThat(first.requirements()).flatExtracting(DocumentRequirement::anyOf).contains(
                doc(QD26, "province-proposal-letter"), doc(QD26, "provincial-advisory-team-report"),
                doc(QD26, "provincial-council-report"), doc(QD26, "provincial-approval-decision"),
                doc(QD26, "product-samples"), doc(QD26, "additional-test-confirmations"));
        DossierRequirements again =
                DossierRequirements.of(QD26, EvaluationKind.RE_EVALUATION, EvaluationLevel.CENTRAL, "I");
        assertThat(again.requirements()).flatExtracting(DocumentRequirement::anyOf)
                .contains(doc(QD26, "provincial-ocop-agency-report"))
                .doesNotContain(doc(QD26, "provincial-council-report"));
        assertThat(again.requirements().get(0).citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Điều 6 khoản 3 điểm b");
    }

    @Test
    void extraTestConfirmationsAreToVerifyNotMissing_Dieu6Khoan3NeuCo() {
        Set<DocumentKind> docs = Set.of(doc(QD26, "province-proposal-letter"),
                doc(QD26, "provincial-advisory-team-report"), doc(QD26, "provincial-council-report"),
                doc(QD26, "provincial-approval-decision"), doc(QD26, "registration-form"),
                doc(QD26, "self-assessment-report"), doc(QD26, "product-samples"));
        DossierCheck c = dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.CENTRAL, "III", docs).check();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.toVerify()).extracting(r -> r.anyOf().get(0))
                .containsExactly(doc(QD26, "additional-test-confirmations"));
    }

    @Test
    void qd26HasNoDistrictDossier() {
        assertThatThrownBy(() -> DossierRequirements.of(QD26, EvaluationKind.FIRST, EvaluationLevel.DISTRICT, "I"))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage()).contains("to the district level")
                            .endsWith("such dossiers go to: commune, province, central");
                    assertThat(e.getMessage(Messages.VIETNAMESE)).contains("không nộp ở cấp huyện")
                            .endsWith("hồ sơ này nộp ở: cấp xã, cấp tỉnh, cấp trung ương");
                });
    }

    @Test
    void qd1048MandatoryFiveAndSupplementaryThirteen() {
        DossierRequirements r = DossierRequirements.of(Bundled.QD1048, EvaluationKind.FIRST, EvaluationLevel.DISTRICT,
                "I");
        assertThat(r.requirements()).filteredOn(x -> x.necessity() != Necessity.SUPPLEMENTARY).hasSize(5);
        assertThat(r.requirements()).filteredOn(x -> x.necessity() == Necessity.SUPPLEMENTARY).hasSize(13);
        DossierCheck c = dossier(Bundled.QD1048, EvaluationKind.FIRST, EvaluationLevel.DISTRICT, "I",
                Set.of(doc(Bundled.QD1048, "product-registration-form"), doc(Bundled.QD1048, "business-plan"),
                        doc(Bundled.QD1048, "organisation-description"), doc(Bundled.QD1048, "product-samples"),
                        doc(QD26, "registration-form"))).check();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.toVerify()).extracting(x -> x.anyOf().get(0)).containsExactly(doc(Bundled.QD1048, "business-registration"));
        assertThat(c.supplementaryAbsent()).hasSize(13);
        assertThat(c.unexpected()).containsExactly(doc(QD26, "registration-form"));
    }

    @Test
    void qd1048ServicesSendNoSamples() {
        DossierRequirements r = DossierRequirements.of(Bundled.QD1048, EvaluationKind.FIRST, EvaluationLevel.DISTRICT,
                "VI");
        assertThat(r.requirements()).flatExtracting(DocumentRequirement::anyOf)
                .doesNotContain(doc(Bundled.QD1048, "product-samples"));
    }

    @Test
    void qd148DossierIsAVisibleGap() {
        DossierCheck c = new Dossier(DossierRequirements.of(Bundled.QD148,
                Bundled.QD148.process().version("qd-148-2023-original").orElseThrow(), EvaluationKind.FIRST,
                EvaluationLevel.PROVINCE, "I"), Set.of()).check();
        assertThat(c.status()).isEqualTo(DossierCheck.Status.UNDETERMINED);
        assertThat(c.requirements().gap()).hasValueSatisfying(g -> assertThat(g).contains("148"));
        assertThat(c.messages()).singleElement().asString().contains("undetermined");
    }

    @Test
    void unknownDocumentKindNamesTheValueAndTheAcceptedValues() {
        DossierRequirements r = DossierRequirements.of(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "I");
        assertThat(Dossier.ofIds(QD26, r, List.of(" registration-form ")).documents())
                .containsExactly(doc(QD26, "registration-form"));
        assertThatThrownBy(() -> Dossier.ofIds(QD26, r, List.of("registration-form", "mau-04")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mau-04'")
                .hasMessageContaining("registration-form")
                .hasMessageContaining("product-samples");
    }

    @Test
    void unknownProductGroupIsRejected() {
        assertThatThrownBy(() -> DossierRequirements.of(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "VII"))
                .isInstanceOfSatisfying(OcopArgumentException.class, e -> {
                    assertThat(e.getMessage()).contains("'VII'").endsWith("groups: I, II, III, IV, V, VI");
                    assertThat(e.getMessage(Messages.VIETNAMESE)).isEqualTo("không có nhóm sản phẩm 'VII' trong bộ"
                            + " tiêu chí qd-26-2026; hãy chọn một trong các nhóm: I, II, III, IV, V, VI");
                });
    }
}
