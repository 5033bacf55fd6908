package io.github.ocop.core.process;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of document in an OCOP dossier (thành phần hồ sơ), with its Vietnamese name and where it is required.
 * Kinds marked 1048 come from QĐ 1048 Phụ lục II as restated in the reference notes (notes 1048 §6); the
 * others from QĐ 26/2026 Điều 6 and Phụ lục III. A kind may be used by both rule sets (the five samples,
 * extra test confirmations).
 *
 * <p>Immutable and thread-safe.
 */
public enum DocumentKind {
    // ---- QĐ 26/2026: the subject's product dossier (hồ sơ sản phẩm), Điều 6 khoản 1
    /** Mẫu số 01: the registration form. */
    REGISTRATION_FORM_26("Phiếu đăng ký đánh giá, phân hạng sản phẩm OCOP (Mẫu số 01 Phụ lục III)",
            "Registration form (form 01 of Annex III)", "QĐ 26/2026/QĐ-TTg Điều 6 khoản 1; Phụ lục III Mẫu số 01"),
    /** Mẫu số 02: the self-assessment report. */
    SELF_ASSESSMENT_REPORT_26("Báo cáo tự đánh giá về sản phẩm (Mẫu số 02 Phụ lục III)",
            "Self-assessment report on the product (form 02 of Annex III)",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 1; Phụ lục III Mẫu số 02"),
    /** The changes against the recognised product, with evidence (upgrade). */
    UPGRADE_CHANGE_EVIDENCE("Nội dung và tài liệu minh chứng về những thay đổi so với sản phẩm OCOP đã được công nhận",
            "Content and evidence of the changes against the recognised OCOP product",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 1 điểm b"),
    /** The updates since recognition and evidence of time-limited legal papers (re-evaluation). */
    RE_EVALUATION_UPDATES("Cập nhật nội dung mới và kết quả sau thời gian được công nhận (nguyên liệu, công nghệ, bao bì,"
            + " nhãn mác, công bố chất lượng, phiếu kiểm nghiệm định kỳ, thị trường tiêu thụ, sản lượng, doanh thu) và"
            + " minh chứng các giấy tờ pháp lý có thời hạn",
            "Updates and results since recognition (raw materials, technology, packaging, labels, quality declaration,"
                    + " periodic test reports, market, output, revenue) and evidence of time-limited legal papers",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 1 điểm c"),
    // ---- QĐ 26/2026: the commune's proposal to the province, Điều 6 khoản 2
    /** The commune's letter asking the province to evaluate. */
    COMMUNE_PROPOSAL_LETTER("Văn bản của UBND cấp xã đề nghị UBND cấp tỉnh đánh giá, phân hạng sản phẩm OCOP",
            "Commune People's Committee's letter asking the province to evaluate",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 2 điểm a"),
    /** Mẫu số 03: the commune's assessment report. */
    COMMUNE_ASSESSMENT_REPORT("Báo cáo của UBND cấp xã đánh giá một số nội dung của hồ sơ đăng ký (Mẫu số 03 Phụ lục III)",
            "Commune People's Committee's report assessing parts of the dossier (form 03 of Annex III)",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 2 điểm b; Phụ lục III Mẫu số 03"),
    // ---- shared
    /** Five product samples supplied by the subject (not for tourism services). */
    PRODUCT_SAMPLES("05 sản phẩm mẫu (do chủ thể OCOP cung cấp)", "Five product samples supplied by the subject",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 2 điểm d, khoản 3; QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 5)"),
    /** Provincial confirmations of extra checks and tests, if any. */
    ADDITIONAL_TEST_CONFIRMATIONS("Các văn bản xác nhận kiểm tra, kiểm nghiệm bổ sung của cấp tỉnh (nếu có)",
            "Provincial confirmations of additional checks and tests (if any)",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm a, b; QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.3)"),
    /** The province's letter to the ministry. */
    PROVINCE_PROPOSAL_LETTER("Văn bản của UBND cấp tỉnh gửi Bộ đề nghị đánh giá, phân hạng (lại) sản phẩm OCOP 5 sao",
            "Provincial People's Committee's letter asking the ministry to evaluate (again) for 5 stars",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm a, b; QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.3)"),
    /** The approval decision of the provincial chair. */
    PROVINCIAL_APPROVAL_DECISION("Quyết định phê duyệt kết quả đánh giá của Chủ tịch UBND cấp tỉnh",
            "Decision of the provincial chair approving the evaluation result",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm a; QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.3)"),
    // ---- QĐ 26/2026: the province's 5-star dossier, Điều 6 khoản 3
    /** The provincial advisory team's report. */
    PROVINCIAL_ADVISORY_TEAM_REPORT("Báo cáo đánh giá của Tổ tư vấn Hội đồng cấp tỉnh",
            "Evaluation report of the provincial council's advisory team", "QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm a"),
    /** The provincial council's report. */
    PROVINCIAL_COUNCIL_REPORT("Báo cáo đánh giá của Hội đồng cấp tỉnh", "Evaluation report of the provincial council",
            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm a"),
    /** The provincial OCOP agency's report (5-star re-evaluation). */
    PROVINCIAL_OCOP_AGENCY_REPORT("Báo cáo đánh giá của cơ quan tham mưu quản lý OCOP cấp tỉnh",
            "Evaluation report of the provincial OCOP management agency", "QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm b"),
    // ---- QĐ 1048: registration dossier at the district, notes 1048 §6.1
    /** Biểu số 01: product idea registration (new product). */
    IDEA_REGISTRATION_FORM_1048("Phiếu đăng ký ý tưởng sản phẩm (Biểu số 01)", "Product idea registration (form 01)",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 1)"),
    /** Biểu số 02: product registration (existing product). */
    PRODUCT_REGISTRATION_FORM_1048("Phiếu đăng ký sản phẩm (Biểu số 02)", "Product registration (form 02)",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 1)"),
    /** Biểu số 03: business plan. */
    BUSINESS_PLAN_1048("Phương án, kế hoạch kinh doanh sản phẩm (Biểu số 03)", "Business plan (form 03)",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 2)"),
    /** Biểu số 04: organisation description. */
    ORGANISATION_DESCRIPTION_1048("Giới thiệu bộ máy tổ chức (Biểu số 04)", "Description of the organisation (form 04)",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 3)"),
    /** Notarised copy of the business registration. */
    BUSINESS_REGISTRATION("Giấy đăng ký kinh doanh (bản sao có công chứng)", "Business registration (notarised copy)",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 4)"),
    /** Certificate of production conditions / food safety, where the law requires one. */
    PRODUCTION_CONDITIONS_CERTIFICATE("Giấy chứng nhận đủ điều kiện sản xuất, an toàn vệ sinh thực phẩm",
            "Certificate of production or food-safety conditions", "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 6)"),
    /** Quality declaration documents. */
    QUALITY_DECLARATION("Công bố chất lượng sản phẩm", "Product quality declaration",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 7)"),
    /** Published product standard. */
    PRODUCT_STANDARD("Tiêu chuẩn sản phẩm", "Product standard", "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 8)"),
    /** Food safety test results against the declared standard. */
    FOOD_SAFETY_TEST_RESULTS("Phiếu kết quả kiểm tra chỉ tiêu an toàn thực phẩm theo tiêu chuẩn công bố",
            "Food-safety test results against the declared standard",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 9)"),
    /** Barcodes, traceability stamps, intellectual property titles. */
    BARCODE_TRACEABILITY_IP("Mã số mã vạch, tem truy xuất nguồn gốc, chứng nhận sở hữu trí tuệ, chỉ dẫn địa lý, nhãn hiệu",
            "Barcodes, traceability stamps, intellectual property, geographical indication, trademark",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 10)"),
    /** Origin of raw materials and chain linkage. */
    RAW_MATERIAL_ORIGIN("Nguồn gốc nguyên liệu, liên kết chuỗi", "Origin of raw materials, chain linkage",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 11)"),
    /** Advanced quality management systems. */
    QUALITY_MANAGEMENT_SYSTEM("Hệ thống quản lý chất lượng tiên tiến, kiểm soát chất lượng",
            "Advanced quality management system", "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 12)"),
    /** Environmental protection documents. */
    ENVIRONMENTAL_PROTECTION("Bảo vệ môi trường (kế hoạch, cam kết, đánh giá tác động môi trường)",
            "Environmental protection (plan, commitment, impact assessment)",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 13)"),
    /** Accounting evidence. */
    ACCOUNTING("Kế toán", "Accounting evidence", "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 14)"),
    /** Market development and promotion evidence. */
    MARKET_DEVELOPMENT("Phát triển thị trường, quảng bá, xúc tiến thương mại", "Market development and promotion",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 15)"),
    /** The product story material. */
    PRODUCT_STORY("Câu chuyện về sản phẩm", "Product story material", "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 16)"),
    /** Quality control plan and batch records. */
    QUALITY_CONTROL_PLAN("Kế hoạch kiểm soát chất lượng, ghi hồ sơ lô sản xuất", "Quality control plan, batch records",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 17)"),
    /** Awards. */
    AWARDS("Giải thưởng, bình chọn của tổ chức uy tín trong và ngoài nước", "Awards from reputable organisations",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 18)"),
    // ---- QĐ 1048: higher levels, notes 1048 §6.2-6.3
    /** The district's letter to the province. */
    DISTRICT_PROPOSAL_LETTER_1048("Công văn của UBND cấp huyện gửi UBND tỉnh đề nghị đánh giá, phân hạng sản phẩm OCOP",
            "District People's Committee's letter asking the province to evaluate",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.2)"),
    /** The district council's minutes. */
    DISTRICT_COUNCIL_MINUTES_1048("Biên bản đánh giá của Hội đồng cấp huyện", "Minutes of the district council's evaluation",
            "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.2)"),
    /** The provincial council's minutes. */
    PROVINCIAL_COUNCIL_MINUTES_1048("Biên bản đánh giá của Hội đồng cấp tỉnh",
            "Minutes of the provincial council's evaluation", "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.3)"),
    /** The province's star certificate of the product. */
    PROVINCIAL_STAR_CERTIFICATE_1048("Giấy chứng nhận đạt sao của sản phẩm (cấp tỉnh)",
            "The province's star certificate of the product", "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.3)");

    private final String vietnamese;
    private final String english;
    private final String citation;

    DocumentKind(String vietnamese, String english, String citation) {
        this.vietnamese = vietnamese;
        this.english = english;
        this.citation = citation;
    }

    /** {@return the Vietnamese name} */
    public String vietnamese() {
        return vietnamese;
    }

    /** {@return the English name} */
    public String english() {
        return english;
    }

    /** {@return where the document is required} */
    public String citation() {
        return citation;
    }

    /**
     * The kind named by {@code value}: the constant name, case-insensitive, with {@code -} or spaces accepted for
     * {@code _} (e.g. {@code "registration-form-26"}).
     *
     * @param value the text to parse
     * @return the kind
     * @throws IllegalArgumentException naming the value and listing the accepted values
     */
    public static DocumentKind parse(String value) {
        Objects.requireNonNull(value, "value");
        String key = value.trim().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        for (DocumentKind k : values()) {
            if (k.name().equals(key)) {
                return k;
            }
        }
        List<String> accepted = Arrays.stream(values()).map(Enum::name).toList();
        throw new IllegalArgumentException("unknown document kind '" + value + "'; accepted values: " + accepted);
    }
}
