package io.github.ocop.samples;

import io.github.ocop.core.explain.CriterionLine;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.RuleSets;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printouts' HTML (issue 14 item 7): the running header of every page, the lang attribute, full texts, criteria
 * kept with their options, the signature block. {@code examples/printouts/check.sh} checks the same printed to PDF
 * by headless Chromium.
 */
class PrintoutHtmlTest {
    private static final RuleSet RULES = RuleSets.standard().get("qd-26-2026");
    private static final Path BUOI = Path.of("examples", "qd-26-2026", "01-rau-cu-qua-buoi-da-xanh.json");
    private static final String[] COUNCIL = {"council", "examples/council/member-1.json",
            "examples/council/member-2.json", "examples/council/member-3.json", "examples/council/member-4.json",
            "--format", "html"};

    private static String cli(String... args) {
        OcopCliTest.Run r = OcopCliTest.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    private static String[] with(String[] a, String... b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void everyPrintoutCarriesTheSheetTheProductAndThePageNumberInVietnameseAndEnglish() {
        String sheet = cli("print-sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--product", "Bưởi da xanh");
        String explain = cli("explain", BUOI.toString(), "--format", "html");
        String council = cli(COUNCIL);
        for (String html : List.of(sheet, explain, council)) {
            assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
                    .contains("@top-right{content:\"Trang \" counter(page) \"/\" counter(pages)")
                    .contains("@top-left{content:\"Phiếu 1: Rau, củ, quả, hạt tươi  ·  Sản phẩm: ")
                    .contains("(Ký, ghi rõ họ tên)").contains("ngày ….. tháng ….. năm 20…..");
        }
        assertThat(sheet).contains("Sản phẩm: Bưởi da xanh\"");
        assertThat(explain).contains("Sản phẩm: Bưởi da xanh (ví dụ minh họa)\"");
        assertThat(council).contains("Sản phẩm: Chanh dây tươi (minh họa)\"").contains("Chủ tịch Hội đồng")
                .contains("Thư ký Hội đồng");

        String sheetEn = cli("print-sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--lang", "en");
        String explainEn = cli("explain", BUOI.toString(), "--format", "html", "--lang", "en");
        String councilEn = cli(with(COUNCIL, "--lang", "en"));
        for (String html : List.of(sheetEn, explainEn, councilEn)) {
            assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                    .contains("@top-right{content:\"Page \" counter(page) \" of \" counter(pages)")
                    .contains("@top-left{content:\"Sheet 1: Fresh vegetables, tubers, fruits and seeds  ·  Product: ")
                    .contains("(signature, full name)").doesNotContain("Trang ");
        }
    }

    @Test
    void aProductNameCannotBreakOutOfTheRunningHeader() {
        String html = cli("print-sheet", "--rule-set", "qd-26-2026", "--sheet", "1", "--product",
                "A\"}</style><script>x</script>\\");
        assertThat(html).doesNotContain("<script>").doesNotContain("</style><script")
                .contains("A\\22 }\\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \\5c \"");
        assertThat(html.indexOf("</style>")).isEqualTo(html.lastIndexOf("</style>"));
    }

    @Test
    void theScoreCardPrintsEveryCriterionTitleAndChosenOptionWhole() throws Exception {
        Explanation e = Explanation.of(RULES, ScoringEngine.of(RULES).score(AssessmentReader.read(BUOI)));
        String html = ScoreCardHtml.render(List.of(e));
        for (CriterionLine c : e.criteria()) {
            assertThat(html).contains(Html.escape(c.title()));
            c.chosenText().ifPresent(t -> assertThat(html).contains(Html.escape(t)));
        }
        assertThat(html).doesNotContain("k.á.d").doesNotContain("…<");
    }

    @Test
    void eachCriterionAndItsOptionsAreOneUnitThatIsNotSplitAndAHeadingOpensTheUnitAfterIt() {
        ScoringSheet sheet = RULES.sheet("1").orElseThrow();
        String html = SheetHtml.render(RULES, sheet);
        assertThat(html).contains(".keep,tbody.keep,tr{break-inside:avoid");
        Matcher m = Pattern.compile("(?s)<tbody class=\"keep\">(.*?)</tbody>").matcher(html);
        int units = 0;
        String previous = "";
        while (m.find()) {
            String unit = m.group(1);
            // no unit ends with a heading: the last row is an option, a note, a knock-out or the total
            String last = unit.strip().substring(unit.strip().lastIndexOf("<tr"));
            assertThat(last).as("after %s", previous).doesNotStartWith("<tr class=\"sec\"")
                    .doesNotStartWith("<tr class=\"crit\"");
            if (!last.contains("TỔNG ĐIỂM")) {
                assertThat(last).doesNotStartWith("<tr class=\"part\"");
            }
            previous = unit;
            units++;
        }
        assertThat(units).isEqualTo(sheet.criteria().size() + 1);
        for (Criterion c : sheet.criteria()) {
            Matcher u = Pattern.compile("(?s)<tbody class=\"keep\">((?:(?!</tbody>).)*?>" + Pattern.quote(c.code())
                    + "\\.? " + Pattern.quote(Html.escape(c.title())) + "(?:(?!</tbody>).)*)</tbody>").matcher(html);
            assertThat(u.find()).as("criterion %s", c.code()).isTrue();
            c.options().forEach(o -> assertThat(u.group(1)).as("%s %s", c.code(), o.key())
                    .contains(Html.escape(o.text())));
        }
    }
}
