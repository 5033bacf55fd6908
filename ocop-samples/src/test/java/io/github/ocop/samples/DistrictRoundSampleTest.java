package io.github.ocop.samples;

import io.github.ocop.core.report.NextStep;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.report.PlanTarget;
import io.github.ocop.core.report.TargetProgress;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The illustrative Ngọc Hồi 2021 district round (plan: 21 products, at least 5 reaching 3 stars). */
class DistrictRoundSampleTest {
    private static final ProgrammeReport REPORT = DistrictRoundSample.report(DistrictRoundSample.EXAMPLE);

    @Test
    void countsByStar() {
        assertThat(REPORT.round().products()).hasSize(21);
        assertThat(REPORT.byStars().byStars()).containsExactly(2, 11, 6, 1, 0);
        assertThat(REPORT.byStars().notRanked()).isEqualTo(1);
        assertThat(REPORT.byGroup().get("Thực phẩm").total()).isEqualTo(11);
        assertThat(REPORT.byCommune()).hasSize(7);
        assertThat(REPORT.byCommune().get("Thị trấn Plei Kần").count(4)).isEqualTo(1);
    }

    @Test
    void theDistrictForwardsProductsOfFiftyPointsAndThreeStarsToTheProvinceUnder1048() {
        // 7 products have 50+ points and 3+ stars; product 08 has 53.50 points but 2 stars (minima): not forwarded
        assertThat(REPORT.forwarded()).hasSize(7);
        assertThat(REPORT.forwarded()).extracting(NextStep::product).extracting(p -> p.name())
                .doesNotContain("Sản phẩm minh họa 08 (bột sắn dây)");
        assertThat(REPORT.forwarded().get(6).product().total()).isEqualByComparingTo("50.00");
    }

    @Test
    void everyTargetOfTheDirectiveHasItsProgress_seedLines29To97() {
        // seed directive l.31: 21 evaluated, 5 at 3+ stars, 5 proposed to the province, 5 *certified* at 3+ stars;
        // l.31/45 one round; l.29/43 training of staff and producers; l.35 one sales point; l.35/49 trade fairs;
        // l.55 inspection of certified products; l.97 the district council. Activity results are the file's
        // (illustrative) "reported" numbers; the sales point has none, so its progress is unknown.
        assertThat(REPORT.progress()).extracting(t -> t.target().kind()).containsExactly(PlanTarget.Kind.EVALUATED,
                PlanTarget.Kind.REACHING_STARS, PlanTarget.Kind.FORWARDED, PlanTarget.Kind.CERTIFIED,
                PlanTarget.Kind.ROUNDS_HELD, PlanTarget.Kind.STAFF_TRAINED, PlanTarget.Kind.PRODUCERS_TRAINED,
                PlanTarget.Kind.SALES_POINTS, PlanTarget.Kind.TRADE_FAIRS, PlanTarget.Kind.PRODUCTS_INSPECTED,
                PlanTarget.Kind.COUNCIL_SET_UP);
        // the example holds 4 certificates (4, 3, 3, 3 stars): 7 products reach 3 stars but only 4 are certified
        assertThat(REPORT.progress()).extracting(TargetProgress::achieved)
                .containsExactly(21, 7, 7, 4, 1, 10, 18, 0, 3, 4, 1);
        assertThat(REPORT.progress()).extracting(TargetProgress::met)
                .containsExactly(true, true, true, false, true, true, false, false, true, true, true);
        assertThat(REPORT.progress().get(7).known()).isFalse();
        assertThat(REPORT.planMet()).isFalse();
        assertThat(REPORT.expiringCertificates()).hasSize(4);
    }

    @Test
    void theReportCommandPrintsItInVietnamese() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(new PrintWriter(out), new PrintWriter(err), "report", DistrictRoundSample.EXAMPLE.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Số sản phẩm được đánh giá: 21")
                .contains("Ít nhất 5 sản phẩm đạt từ 3 sao trở lên: đạt 7/5 — đạt")
                .contains("Ít nhất 5 sản phẩm được chứng nhận đạt từ 3 sao trở lên: đạt 4/5 — chưa đạt (thiếu 1)")
                .contains("Xây dựng ít nhất 1 điểm bán hàng OCOP: chưa báo cáo kết quả — chưa đạt")
                .contains("21 chủ thể tham gia Chương trình được tập huấn: đạt 18/21 (theo báo cáo) — chưa đạt (thiếu 3)")
                .contains("dữ liệu minh họa")
                .contains("KẾ HOẠCH: chưa hoàn thành");
    }

    @Test
    void theReportCommandRefusesADateBeforeTheRuleSetExists(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path f = tmp.resolve("round.json");
        java.nio.file.Files.writeString(f, java.nio.file.Files.readString(DistrictRoundSample.EXAMPLE)
                .replaceFirst("\"evaluatedOn\": \"2021-10-15\"", "\"evaluatedOn\": \"2018-10-15\""));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OcopCli.run(new PrintWriter(out), new PrintWriter(err), "report", f.toString());
        assertThat(code).isEqualTo(OcopCli.INVALID_INPUT);
        assertThat(err.toString()).startsWith(f + " $.products[0].evaluatedOn: ngày đánh giá 15/10/2018 nằm"
                + " ngoài thời gian bộ tiêu chí qd-1048-2019 có hiệu lực (từ 21/08/2019 đến 23/02/2023)");
    }
}
