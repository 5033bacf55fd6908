package io.github.ocop.rules.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocop.core.model.CitedStatement;
import io.github.ocop.core.model.DossierCopies;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.ReEvaluationRules.CouncilMode;
import io.github.ocop.core.model.ReEvaluationRules.SiteVisitGround;
import io.github.ocop.core.model.SupervisionRules;
import io.github.ocop.core.process.AfterCertification;
import io.github.ocop.core.process.Dossier;
import io.github.ocop.core.process.DossierCheck;
import io.github.ocop.core.process.DossierRequirements;
import io.github.ocop.core.process.ReEvaluationConduct;
import io.github.ocop.core.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 12: re-evaluation by written opinion, supervision, the revocation procedure and the copies of a
 * dossier, read from the bundled QĐ 26/2026 rule set. Expected values are read by hand from
 * ../shared/reference/qd-26-2026/source.txt (line numbers in the method names and comments).
 */
class ProcessRulesItem12Test {

    private static final String Q = "QĐ 26/2026/QĐ-TTg, ";

    // l.103: "kiểm tra thực tế tại cơ sở đối với những sản phẩm có thay đổi lớn về quy mô sản xuất hoặc hồ sơ minh
    // chứng không rõ ràng"; l.104: "thực hiện đánh giá thông qua hình thức lấy ý kiến bằng văn bản"
    @Test
    void provincialReEvaluationWithoutMajorChangeIsByWrittenOpinionWithoutSiteVisit_l103_l104() {
        ReEvaluationConduct c = ReEvaluationConduct.of(Bundled.QD26, EvaluationLevel.PROVINCE, Set.of()).orElseThrow();
        assertThat(c.mode()).isEqualTo(CouncilMode.WRITTEN_OPINION);
        assertThat(c.siteVisit()).isFalse();
        assertThat(c.groundsFound()).isEmpty();
        assertThat(c.citations()).containsExactly(Q + "Điều 7 khoản 6 điểm c", Q + "Điều 7 khoản 6 điểm d");
        assertThat(c.meetingWhen().orElseThrow().vietnamese()).contains("nhiều ý kiến đánh giá khác nhau");
        assertThat(c.lines(Messages.VIETNAMESE)).anyMatch(l -> l.contains("lấy ý kiến bằng văn bản"))
                .anyMatch(l -> l.startsWith("kiểm tra thực tế tại cơ sở: không cần"));
    }

    @Test
    void provincialReEvaluationAfterAMajorChangeInScaleNeedsASiteVisitByTheProvincialOffice_l103() {
        ReEvaluationConduct c = ReEvaluationConduct.of(Bundled.QD26, EvaluationLevel.PROVINCE,
                Set.of(SiteVisitGround.MAJOR_SCALE_CHANGE)).orElseThrow();
        assertThat(c.mode()).isEqualTo(CouncilMode.WRITTEN_OPINION);
        assertThat(c.siteVisit()).isTrue();
        assertThat(c.siteVisitBy().vietnamese()).isEqualTo("Cơ quan tham mưu quản lý OCOP cấp tỉnh");
        assertThat(c.lines(Locale.ENGLISH)).anyMatch(l -> l.startsWith("site visit: due")
                && l.contains("a major change in the scale of production"));
    }

    // l.107: the ministry's OCOP office visits; l.108: the central council also decides by written opinion
    @Test
    void centralReEvaluationIsByWrittenOpinionAndUnclearEvidenceCallsForTheMinistrysVisit_l107_l108() {
        ReEvaluationConduct c = ReEvaluationConduct.of(Bundled.QD26, EvaluationLevel.CENTRAL,
                Set.of(SiteVisitGround.UNCLEAR_EVIDENCE)).orElseThrow();
        assertThat(c.mode()).isEqualTo(CouncilMode.WRITTEN_OPINION);
        assertThat(c.siteVisit()).isTrue();
        assertThat(c.siteVisitBy().vietnamese())
                .isEqualTo("Cơ quan tham mưu quản lý OCOP của Bộ Nông nghiệp và Môi trường");
        assertThat(c.citations()).containsExactly(Q + "Điều 7 khoản 6 điểm e");
    }

    @Test
    void theCommuneDoesNotReEvaluateAndQd1048StatesNoReEvaluationMode() {
        assertThat(ReEvaluationConduct.of(Bundled.QD26, EvaluationLevel.COMMUNE, Set.of())).isEmpty();
        assertThat(ReEvaluationConduct.of(Bundled.QD1048, EvaluationLevel.PROVINCE, Set.of())).isEmpty();
    }

    // l.136: the province supervises the OCOP products in its area; l.137: the ministry 5 stars, 3-4 when needed
    @Test
    void aFourStarProductIsSupervisedByTheProvinceAndByTheMinistryOnlyWhenNeeded_l136_l137() {
        AfterCertification a = AfterCertification.of(Bundled.QD26, 4);
        List<SupervisionRules.Duty> d = a.supervisors();
        assertThat(d).hasSize(2);
        assertThat(d.get(0).body().id()).isEqualTo("provincial-committee");
        assertThat(d.get(0).stars()).contains(4);
        assertThat(d.get(0).statement().citation()).isEqualTo(Q + "Điều 9 khoản 4 điểm a");
        assertThat(d.get(1).body().id()).isEqualTo("mae");
        assertThat(d.get(1).whenNeededStars()).containsExactlyInAnyOrder(3, 4);
        assertThat(d.get(1).statement().citation()).isEqualTo(Q + "Điều 9 khoản 4 điểm b");
        assertThat(a.supervisionLines(Messages.VIETNAMESE))
                .anyMatch(l -> l.startsWith("kiểm tra, giám sát khi cần thiết: Bộ Nông nghiệp và Môi trường"));
    }

    @Test
    void aFiveStarProductIsSupervisedByTheMinistryAsARule_l137() {
        SupervisionRules.Duty ministry = AfterCertification.of(Bundled.QD26, 5).supervisors().get(1);
        assertThat(ministry.stars()).containsExactly(5);
        assertThat(ministry.whenNeededStars()).doesNotContain(5);
    }

    // l.129-134: principles (post-control, periodic and ad hoc) and contents (criteria kept, use of the mark);
    // l.143: the ministry supervises the provinces' evaluation work
    @Test
    void supervisionPrinciplesContentsAndTheMinistrysOversightOfProvincialEvaluation_l129_l134_l143() {
        SupervisionRules s = Bundled.QD26.process().supervision().orElseThrow();
        assertThat(s.principles()).extracting(CitedStatement::citation)
                .containsExactly(Q + "Điều 9 khoản 2 điểm a", Q + "Điều 9 khoản 2 điểm b");
        assertThat(s.principles().get(0).vietnamese()).contains("hậu kiểm").contains("đột xuất");
        assertThat(s.contents()).extracting(CitedStatement::citation)
                .containsExactly(Q + "Điều 9 khoản 3 điểm a", Q + "Điều 9 khoản 3 điểm b");
        SupervisionRules.Duty work = s.duties().get(2);
        assertThat(work.statement().citation()).isEqualTo(Q + "Điều 10 khoản 1 điểm b");
        assertThat(work.stars()).isEmpty();
        assertThat(Bundled.QD1048.process().supervision()).isEmpty();
        assertThat(AfterCertification.of(Bundled.QD1048, 3).supervisionLines(Messages.VIETNAMESE)).singleElement()
                .asString().contains("qd-1048-2019").contains("chưa có dữ liệu");
    }

    // l.122-125: three steps (office verifies and submits; chair or minister decides; decision sent)
    @Test
    void revocationProcedureHasTheThreeStepsOfDieu8Khoan3_l122_l125() {
        AfterCertification a = AfterCertification.of(Bundled.QD26, 3);
        List<CitedStatement> steps = a.revocation().orElseThrow().procedure();
        assertThat(steps).extracting(CitedStatement::citation).containsExactly(Q + "Điều 8 khoản 3 điểm a",
                Q + "Điều 8 khoản 3 điểm b", Q + "Điều 8 khoản 3 điểm c");
        assertThat(steps.get(0).vietnamese()).contains("kiểm tra, xác minh");
        assertThat(steps.get(2).vietnamese()).contains("gửi cho chủ thể OCOP");
        assertThat(a.revokedBy().orElseThrow().vietnamese()).isEqualTo("Chủ tịch Ủy ban nhân dân cấp tỉnh");
        assertThat(a.revocationLines(Messages.VIETNAMESE)).first().asString()
                .contains("Chủ tịch Ủy ban nhân dân cấp tỉnh").contains("15 ngày");
    }

    // l.143: the ministry "đề nghị Chủ tịch UBND cấp tỉnh thu hồi quyết định công nhận"; l.121: ground e
    @Test
    void theMinistryMayRequestTheProvincialChairToRevoke_l143() {
        List<CitedStatement> who = Bundled.QD26.process().revocation().orElseThrow().requesters();
        assertThat(who).extracting(CitedStatement::citation).contains(Q + "Điều 10 khoản 1 điểm b",
                Q + "Điều 8 khoản 1 điểm e");
        assertThat(who).filteredOn(c -> c.citation().endsWith("Điều 10 khoản 1 điểm b")).singleElement()
                .extracting(CitedStatement::vietnamese).asString()
                .contains("đề nghị Chủ tịch UBND cấp tỉnh thu hồi quyết định công nhận");
        assertThat(AfterCertification.of(Bundled.QD26, 4).revocationLines(Locale.ENGLISH))
                .anyMatch(l -> l.startsWith("a revocation may be set off by: The Ministry of Agriculture"));
    }

    // l.70: "nộp hồ sơ cho UBND cấp xã, gồm: 01 bộ hồ sơ giấy và 01 bộ hồ sơ điện tử"
    @Test
    void theSubjectSubmitsOnePaperAndOneElectronicCopyToTheCommune_l70() {
        DossierCopies c = DossierRequirements.of(Bundled.QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE, "I")
                .copies().orElseThrow();
        assertThat(c.paper()).isEqualTo(1);
        assertThat(c.electronic()).isEqualTo(1);
        assertThat(c.citation()).isEqualTo(Q + "Điều 7 khoản 1");
    }

    // l.76: the commune sends "(gồm 01 bộ hồ sơ giấy và 01 bộ hồ sơ điện tử)" to the province; l.85: the province
    // to the ministry, the same
    @Test
    void theCommuneAndTheProvinceSendOnePaperAndOneElectronicCopy_l76_l85() {
        assertThat(DossierRequirements.of(Bundled.QD26, EvaluationKind.FIRST, EvaluationLevel.PROVINCE, "I").copies())
                .hasValueSatisfying(c -> assertThat(c.citation()).isEqualTo(Q + "Điều 7 khoản 2 điểm b"));
        assertThat(DossierRequirements.of(Bundled.QD26, EvaluationKind.FIRST, EvaluationLevel.CENTRAL, "I").copies())
                .hasValueSatisfying(c -> assertThat(c.paper() + "/" + c.electronic() + " " + c.citation())
                        .isEqualTo("1/1 " + Q + "Điều 7 khoản 3 điểm e"));
    }

    // l.106-109: the re-evaluation dossier sent to the ministry states no number of copies: left unstated
    @Test
    void aReEvaluationDossierToTheMinistryStatesNoNumberOfCopies_l106() {
        assertThat(DossierRequirements.of(Bundled.QD26, EvaluationKind.RE_EVALUATION, EvaluationLevel.CENTRAL, "I")
                .copies()).isEmpty();
    }

    @Test
    void theDossierCheckSaysHowManyCopiesToSubmit_l70() {
        DossierRequirements r = DossierRequirements.of(Bundled.QD26, EvaluationKind.FIRST, EvaluationLevel.COMMUNE,
                "I");
        DossierCheck c = DossierCheck.of(new Dossier(r, Set.of()));
        assertThat(c.messages()).contains("số bộ hồ sơ phải nộp: 1 bộ hồ sơ giấy và 1 bộ hồ sơ điện tử ("
                + Q + "Điều 7 khoản 1)");
    }
}
