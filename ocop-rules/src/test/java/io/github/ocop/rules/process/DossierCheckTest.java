package io.github.ocop.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DossierCheckTest {

    private static final String QD26 = "qd-26-2026";

    @Test
    void firstEvaluationAtTheCommuneNeedsForms01And02_Dieu6Khoan1DiemA() {
        DossierCheck c = new Dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "I",
                Set.of(DocumentKind.REGISTRATION_FORM_26)).check();
        assertThat(c.status()).isEqualTo(DossierCheck.Status.INCOMPLETE);
        assertThat(c.missing()).singleElement().satisfies(r -> {
            assertThat(r.anyOf()).containsExactly(DocumentKind.SELF_ASSESSMENT_REPORT_26);
            assertThat(r.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg Điều 6 khoản 1 điểm a; Phụ lục III Mẫu số 02");
        });
        assertThat(c.messages()).anyMatch(m -> m.contains("Mẫu số 02") && m.startsWith("thiếu"));
    }

    @Test
    void upgradeAndReEvaluationNeedTheirOwnEvidence_Dieu6Khoan1DiemBC() {
        Set<DocumentKind> forms = Set.of(DocumentKind.REGISTRATION_FORM_26, DocumentKind.SELF_ASSESSMENT_REPORT_26);
        assertThat(new Dossier(QD26, EvaluationKind.UPGRADE, EvaluationLevel.COMMUNE, "II", forms).check().missing())
                .extracting(r -> r.anyOf().get(0)).containsExactly(DocumentKind.UPGRADE_CHANGE_EVIDENCE);
        assertThat(new Dossier(QD26, EvaluationKind.RE_EVALUATION, EvaluationLevel.COMMUNE, "II", forms).check()
                .missing()).extracting(r -> r.anyOf().get(0)).containsExactly(DocumentKind.RE_EVALUATION_UPDATES);
        assertThat(new Dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "II", forms).check().isComplete())
                .isTrue();
    }

    @Test
    void theProvinceReceivesTheCommunesProposalWithFiveSamples_Dieu6Khoan2() {
        Set<DocumentKind> docs = EnumSet.of(DocumentKind.COMMUNE_PROPOSAL_LETTER, DocumentKind.COMMUNE_ASSESSMENT_REPORT,
                DocumentKind.REGISTRATION_FORM_26, DocumentKind.SELF_ASSESSMENT_REPORT_26);
        DossierCheck food = new Dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.PROVINCE, "I", docs).check();
        assertThat(food.missing()).singleElement().satisfies(r -> {
            assertThat(r.anyOf()).containsExactly(DocumentKind.PRODUCT_SAMPLES);
            assertThat(r.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg Điều 6 khoản 2 điểm d");
        });
    }

    @Test
    void tourismSendsNoSamples_Dieu6Khoan2DiemD() {
        Set<DocumentKind> docs = EnumSet.of(DocumentKind.COMMUNE_PROPOSAL_LETTER, DocumentKind.COMMUNE_ASSESSMENT_REPORT,
                DocumentKind.REGISTRATION_FORM_26, DocumentKind.SELF_ASSESSMENT_REPORT_26);
        assertThat(new Dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.PROVINCE, "VI", docs).check().isComplete())
                .isTrue();
    }

    @Test
    void theFiveStarDossierOfTheProvince_Dieu6Khoan3() {
        DossierRequirements first = DossierRequirements.of(QD26, EvaluationKind.FIRST, EvaluationLevel.CENTRAL, "I");
        assertThat(first.requirements()).flatExtracting(DocumentRequirement::anyOf).contains(
                DocumentKind.PROVINCE_PROPOSAL_LETTER, DocumentKind.PROVINCIAL_ADVISORY_TEAM_REPORT,
                DocumentKind.PROVINCIAL_COUNCIL_REPORT, DocumentKind.PROVINCIAL_APPROVAL_DECISION,
                DocumentKind.PRODUCT_SAMPLES, DocumentKind.ADDITIONAL_TEST_CONFIRMATIONS);
        DossierRequirements again =
                DossierRequirements.of(QD26, EvaluationKind.RE_EVALUATION, EvaluationLevel.CENTRAL, "I");
        assertThat(again.requirements()).flatExtracting(DocumentRequirement::anyOf)
                .contains(DocumentKind.PROVINCIAL_OCOP_AGENCY_REPORT)
                .doesNotContain(DocumentKind.PROVINCIAL_COUNCIL_REPORT);
        assertThat(again.requirements().get(0).citation()).isEqualTo("QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm b");
    }

    @Test
    void extraTestConfirmationsAreToVerifyNotMissing_Dieu6Khoan3NeuCo() {
        Set<DocumentKind> docs = EnumSet.of(DocumentKind.PROVINCE_PROPOSAL_LETTER,
                DocumentKind.PROVINCIAL_ADVISORY_TEAM_REPORT, DocumentKind.PROVINCIAL_COUNCIL_REPORT,
                DocumentKind.PROVINCIAL_APPROVAL_DECISION, DocumentKind.REGISTRATION_FORM_26,
                DocumentKind.SELF_ASSESSMENT_REPORT_26, DocumentKind.PRODUCT_SAMPLES);
        DossierCheck c = new Dossier(QD26, EvaluationKind.FIRST, EvaluationLevel.CENTRAL, "III", docs).check();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.toVerify()).extracting(r -> r.anyOf().get(0))
                .containsExactly(DocumentKind.ADDITIONAL_TEST_CONFIRMATIONS);
    }

    @Test
    void qd26HasNoDistrictDossier() {
        assertThatThrownBy(() -> DossierRequirements.of(QD26, EvaluationKind.FIRST, EvaluationLevel.DISTRICT, "I"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Điều 4 khoản 1");
    }

    @Test
    void qd1048MandatoryFiveAndSupplementaryThirteen() {
        DossierRequirements r = DossierRequirements.of("qd-1048-2019", EvaluationKind.FIRST, EvaluationLevel.DISTRICT,
                "I");
        assertThat(r.requirements()).filteredOn(x -> x.necessity() != Necessity.SUPPLEMENTARY).hasSize(5);
        assertThat(r.requirements()).filteredOn(x -> x.necessity() == Necessity.SUPPLEMENTARY).hasSize(13);
        DossierCheck c = new Dossier("qd-1048-2019", EvaluationKind.FIRST, EvaluationLevel.DISTRICT, "I",
                Set.of(DocumentKind.PRODUCT_REGISTRATION_FORM_1048, DocumentKind.BUSINESS_PLAN_1048,
                        DocumentKind.ORGANISATION_DESCRIPTION_1048, DocumentKind.PRODUCT_SAMPLES,
                        DocumentKind.REGISTRATION_FORM_26)).check();
        assertThat(c.isComplete()).isTrue();
        assertThat(c.toVerify()).extracting(x -> x.anyOf().get(0)).containsExactly(DocumentKind.BUSINESS_REGISTRATION);
        assertThat(c.supplementaryAbsent()).hasSize(13);
        assertThat(c.unexpected()).containsExactly(DocumentKind.REGISTRATION_FORM_26);
    }

    @Test
    void qd1048ServicesSendNoSamples() {
        DossierRequirements r = DossierRequirements.of("qd-1048-2019", EvaluationKind.FIRST, EvaluationLevel.DISTRICT,
                "VI");
        assertThat(r.requirements()).flatExtracting(DocumentRequirement::anyOf)
                .doesNotContain(DocumentKind.PRODUCT_SAMPLES);
    }

    @Test
    void qd148DossierIsAVisibleGap() {
        DossierCheck c = new Dossier("qd-148-2023", EvaluationKind.FIRST, EvaluationLevel.PROVINCE, "I", Set.of())
                .check();
        assertThat(c.status()).isEqualTo(DossierCheck.Status.UNDETERMINED);
        assertThat(c.requirements().gap()).hasValueSatisfying(g -> assertThat(g).contains("148"));
        assertThat(c.messages()).singleElement().asString().contains("undetermined");
    }

    @Test
    void unknownDocumentKindNamesTheValueAndTheAcceptedValues() {
        assertThat(DocumentKind.parse("registration-form-26")).isEqualTo(DocumentKind.REGISTRATION_FORM_26);
        assertThatThrownBy(() -> Dossier.ofNames(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "I",
                List.of("REGISTRATION_FORM_26", "mau-04")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mau-04'")
                .hasMessageContaining("REGISTRATION_FORM_26")
                .hasMessageContaining("PRODUCT_SAMPLES");
    }

    @Test
    void unknownProductGroupIsRejected() {
        assertThatThrownBy(() -> DossierRequirements.of(QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "VII"))
                .hasMessageContaining("'VII'")
                .hasMessageContaining("[I, II, III, IV, V, VI]");
    }
}
