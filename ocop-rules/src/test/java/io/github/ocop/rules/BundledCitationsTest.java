package io.github.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.DocumentKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.LevelAuthority;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4: the bundled rule sets hold every citation string as the law cites it ("QĐ 26/2026/QĐ-TTg, Điều 7
 * khoản 3 điểm e"; "QĐ 1048/QĐ-TTg, Phụ lục II"), and where the ocop-rules team read it apart ({@code evidence},
 * {@code line}), so that paper prints the citation as it is.
 */
class BundledCitationsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ocop/rules");
    private static final List<String> IDS = List.of("qd-26-2026", "qd-148-2023", "qd-1048-2019");

    /** One place of a decision: an article (Điều) or an annex (Phụ lục), with no bracket, note or source line. */
    private static final String PLACE = "(?:Điều|Phụ lục) [^()\\[\\];]+";
    /**
     * The law's citation: the decision's number, a comma, then its places separated by "; "; or the number alone
     * where the sources do not name the article (allowed only where said, see below).
     */
    private static final Pattern LAW = Pattern.compile(
            "QĐ [0-9]+(?:/[0-9]{4})?/QĐ-TTg(?:, " + PLACE + "(?:; " + PLACE + ")*)?");
    private static final Pattern NUMBER_ALONE = Pattern.compile("QĐ [0-9]+(?:/[0-9]{4})?/QĐ-TTg");

    private static final RuleSets REGISTRY = RuleSets.standard();

    /** A string citation of a rule set file, with its JSON path. */
    private record Found(String file, String path, String value) {
    }

    @Test
    void everyCitationStringOfTheThreeBundledRuleSetsIsTheLawsCitation() throws IOException {
        List<Found> found = new ArrayList<>();
        for (String id : IDS) {
            JsonNode root = new ObjectMapper().readTree(Files.readString(RESOURCES.resolve(id + ".json"),
                    StandardCharsets.UTF_8));
            RuleSetValidator.citationStrings("$", null, root, (path, text) -> found.add(new Found(id, path, text)));
        }
        for (String id : IDS) {
            assertThat(found).anyMatch(f -> f.file().equals(id));
        }
        List<Found> bad = found.stream().filter(f -> !LAW.matcher(f.value()).matches()
                || f.value().contains("notes") || f.value().contains("source.txt")).toList();
        assertThat(bad).isEmpty();
        // the decision's number alone only where the sources give no article: the certificates of 1048 and 148
        // (notes 1048 §3.4, notes 148 §2.1), each with its evidence saying so
        assertThat(found.stream().filter(f -> NUMBER_ALONE.matcher(f.value()).matches())
                .map(f -> f.file() + " " + f.path()).toList())
                .containsExactlyInAnyOrder("qd-148-2023 $.process.certificate.citations[0]",
                        "qd-1048-2019 $.process.certificate.citations[0]");
        assertThat(REGISTRY.get("qd-1048-2019").process().certificate().orElseThrow().evidence().orElseThrow())
                .contains("notes 1048 §3.4", "not named");
        assertThat(REGISTRY.get("qd-148-2023").process().certificate().orElseThrow().evidence().orElseThrow())
                .contains("notes 148 §2.1", "not known");
    }

    @Test
    void qd26TheThreeOneCriterionOfSheetOneCitesTheAnnexAndItsSourceLineStandsApart() throws IOException {
        // ../shared/reference/qd-26-2026/source.txt line 744 (copy: ocop-importers/src/data/qd-26-2026/source.txt):
        // "3.1. Loại hình tổ chức sản xuất - kinh doanh" of Phiếu số 1 in Phụ lục II; line 29 is Điều 2 khoản 3, the
        // list of chủ thể OCOP the options are read against
        List<String> source = Files.readAllLines(Path.of("../ocop-importers/src/data/qd-26-2026/source.txt"),
                StandardCharsets.UTF_8);
        assertThat(source.get(744 - 1)).startsWith("3.1. Loại hình tổ chức sản xuất - kinh doanh");
        assertThat(source.get(29 - 1)).startsWith("3. Tổ chức, cá nhân tham gia đăng ký đánh giá");
        Criterion c = REGISTRY.get("qd-26-2026").sheet("1").orElseThrow().criterion("3.1").orElseThrow();
        var types = c.subjectTypes().orElseThrow();
        assertThat(types.citation()).isEqualTo("QĐ 26/2026/QĐ-TTg, Phụ lục II, Phiếu số 1, mục 3.1; Điều 2 khoản 3");
        assertThat(types.line()).contains(744);
        assertThat(types.evidence().orElseThrow()).contains("Điều 2 khoản 3");
    }

    @Test
    void qd26TheProvinceForwardsOnTheSecondParagraphOfDieu7Khoan3DiemE() throws IOException {
        // source.txt line 85, the second paragraph of Điều 7 khoản 3 điểm e: "Đối với các sản phẩm có tiềm năng đạt
        // 5 sao (đạt từ 90 trở lên) ... gửi hồ sơ theo quy định tại khoản 3 Điều 6 ... đề nghị Bộ Nông nghiệp ...": the
        // dossier it sends is that of Điều 6 khoản 3
        List<String> source = Files.readAllLines(Path.of("../ocop-importers/src/data/qd-26-2026/source.txt"),
                StandardCharsets.UTF_8);
        assertThat(source.get(85 - 1)).startsWith("Đối với các sản phẩm có tiềm năng đạt 5 sao (đạt từ 90 trở lên)");
        LevelAuthority province = level("qd-26-2026", 0, EvaluationLevel.PROVINCE);
        assertThat(source.get(85 - 1)).contains("khoản 3 Điều 6");
        assertThat(province.forwardCitations()).containsExactly("QĐ 26/2026/QĐ-TTg, Điều 7 khoản 3 điểm e đoạn 2",
                "QĐ 26/2026/QĐ-TTg, Điều 6 khoản 3");
    }

    @Test
    void qd1048TheRegistrationFormCitesPhuLucIIAndTheNoteItemStandsApart() {
        // ../shared/reference/qd-1048-2019/notes-1048-781-cycle-dossier.md line 783: "## 6. Dossier ("hồ sơ")
        // requirements (1048 Phụ lục II, ...)"; line 795, §6.1 item 1: "Phiếu đăng ký ý tưởng sản phẩm / đăng ký sản
        // phẩm | Biểu số 01 ... | Bắt buộc"
        RuleSet r = REGISTRY.get("qd-1048-2019");
        List<DocumentKind> first = r.process().documents().stream()
                .filter(d -> d.evidence().equals(java.util.Optional.of("notes 1048 §6.1 item 1"))).toList();
        assertThat(first).isNotEmpty().allSatisfy(d -> {
            assertThat(d.citation()).isEqualTo("QĐ 1048/QĐ-TTg, Phụ lục II");
            assertThat(d.vietnamese()).containsIgnoringCase("đăng ký");
        });
        // notes line 150, §3.3 "Which level ranks what [V-LEGAL ... reproducing 1048 Phụ lục II]", item 2 "Cấp tỉnh":
        // certificates for 3-4 stars
        LevelAuthority province = level("qd-1048-2019", 0, EvaluationLevel.PROVINCE);
        assertThat(province.certifyCitations()).containsExactly("QĐ 1048/QĐ-TTg, Phụ lục II, cấp tỉnh");
        assertThat(province.certifiedStars()).isEqualTo(Set.of(3, 4));
        assertThat(province.evidence()).isEqualTo("notes 1048 §3.3 [V-LEGAL]");
    }

    @Test
    void qd148TheDistrictCertifiesThreeStarsUnderPhuLucIIAsSigned() {
        // ../shared/reference/qd-148-2023/notes-148-and-26-2026.md line 498: "## 5. Process (Phụ lục II of 148, as
        // amended)"; line 511, the table row "148 original": "UBND huyện certifies 3★" [V2]
        LevelAuthority district = level("qd-148-2023", 0, EvaluationLevel.DISTRICT);
        assertThat(district.certifyCitations()).containsExactly("QĐ 148/QĐ-TTg, Phụ lục II, cấp huyện");
        assertThat(district.certifiedStars()).isEqualTo(Set.of(3));
        assertThat(district.evidence()).isEqualTo("notes 148 §2.1, §5.2 [V2]");
        // the same row as amended by QĐ 1489/QĐ-TTg (line 512): the province certifies 3-4 stars
        LevelAuthority amended = level("qd-148-2023", 1, EvaluationLevel.PROVINCE);
        assertThat(amended.certifyCitations()).containsExactly("QĐ 148/QĐ-TTg, Phụ lục II, sửa đổi bởi QĐ 1489/QĐ-TTg");
        assertThat(amended.certifiedStars()).isEqualTo(Set.of(3, 4));
    }

    private static LevelAuthority level(String id, int version, EvaluationLevel level) {
        ProcessVersion v = REGISTRY.get(id).process().versions().get(version);
        return v.level(level).orElseThrow();
    }

    @Test
    void aCitationThatHoldsTheCompilersNotesIsRefusedSayingWhereToPutThem() throws IOException {
        // the 148 file as it was before issue 14 item 4: the district's citation with its note and marker
        String json = Files.readString(RESOURCES.resolve("qd-148-2023.json"), StandardCharsets.UTF_8).replaceFirst(
                "\"QĐ 148/QĐ-TTg, Phụ lục II, cấp huyện\"",
                "\"QĐ 148/QĐ-TTg Phụ lục II, cấp huyện (notes 148 §2.1, §5.2) [V2]\"");
        // the loader validates: the file is refused, located at the citation, saying what to write and where to move
        // the rest
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.github.ocop.core.problem.OcopInputException.class,
                () -> RuleSetLoader.parse(json.getBytes(StandardCharsets.UTF_8), "qd-148-2023.json"));
        assertThat(e.getMessage(java.util.Locale.forLanguageTag("vi"))).contains("qd-148-2023.json", "$.process.versions[0].levels[0].certifyCitations[0]",
                "notes 148", "trích dẫn theo văn bản", "evidence");
        assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("the law's citation only", "evidence");
        for (String id : IDS) {
            assertThat(RuleSetValidator.validate(REGISTRY.get(id)).errors()).as(id).isEmpty();
        }
    }
}
