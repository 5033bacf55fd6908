package io.github.ocop.core.process;

import java.util.Arrays;
import java.util.Objects;

/**
 * A ground for revoking a certificate (trường hợp thu hồi giấy chứng nhận), QĐ 26/2026 Điều 8 khoản 1 điểm a
 * to e.
 *
 * <p>Immutable and thread-safe.
 */
public enum RevocationGround {
    /** a) false or forged information or documents in the dossier. */
    FALSE_OR_FORGED_DOSSIER("a",
            "Chủ thể OCOP bị phát hiện cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ trong quá"
                    + " trình đăng ký đánh giá, phân hạng sản phẩm OCOP.",
            "The subject supplied untruthful information or documents, or forged the dossier, when registering."),
    /** b) the product no longer meets the criteria, per an inspection's conclusion. */
    NO_LONGER_MEETS_CRITERIA("b",
            "Sản phẩm OCOP không còn đáp ứng các tiêu chí theo Bộ tiêu chí OCOP theo kết luận kiểm tra, giám sát của"
                    + " cơ quan có thẩm quyền.",
            "The product no longer meets the OCOP criteria, as concluded by a competent inspection."),
    /** c) the product breaks the law on quality, food safety, environment, IP, labelling or other law. */
    LEGAL_VIOLATION("c",
            "Sản phẩm OCOP vi phạm quy định pháp luật về chất lượng sản phẩm, an toàn thực phẩm, bảo vệ môi trường,"
                    + " sở hữu trí tuệ, ghi nhãn hàng hóa hoặc các quy định pháp luật khác có liên quan theo kết luận"
                    + " của cơ quan có thẩm quyền.",
            "The product breaks the law on product quality, food safety, environmental protection, intellectual"
                    + " property, labelling or other relevant law, as concluded by a competent authority."),
    /** d) misuse of the OCOP mark. */
    MISUSE_OF_OCOP_MARK("d",
            "Chủ thể OCOP sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn về sản phẩm được công nhận.",
            "The subject uses the OCOP mark improperly, causing confusion about the recognised product."),
    /** đ) the subject no longer produces the product. */
    PRODUCTION_STOPPED("đ",
            "Chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP.",
            "The subject no longer produces the OCOP product."),
    /** e) any other case concluded and proposed by a competent state body. */
    OTHER_BY_COMPETENT_AUTHORITY("e",
            "Trường hợp khác theo kết luận và đề nghị của cơ quan nhà nước có thẩm quyền về việc sản phẩm OCOP không"
                    + " đủ điều kiện tiếp tục được công nhận.",
            "Any other case in which a competent state body concludes and proposes that the product no longer"
                    + " qualifies for recognition.");

    private final String point;
    private final String vietnamese;
    private final String english;

    RevocationGround(String point, String vietnamese, String english) {
        this.point = point;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * {@return the point letter as printed: {@code a, b, c, d, đ, e}}
     *
     */
    public String point() {
        return point;
    }

    /** {@return the ground as the decision words it} */
    public String vietnamese() {
        return vietnamese;
    }

    /** {@return an English rendering} */
    public String english() {
        return english;
    }

    /**
     * {@return where the ground is written, e.g. {@code "QĐ 26/2026/QĐ-TTg Điều 8 khoản 1 điểm đ"}}
     *
     */
    public String citation() {
        return "QĐ 26/2026/QĐ-TTg Điều 8 khoản 1 điểm " + point;
    }

    /**
     * The ground of a printed point letter ({@code "đ"}; {@code "dd"} is accepted for đ) or of a constant name.
     *
     * @param value the text to parse
     * @return the ground
     * @throws IllegalArgumentException naming the value and the accepted values
     */
    public static RevocationGround parse(String value) {
        Objects.requireNonNull(value, "value");
        String v = value.trim();
        for (RevocationGround g : values()) {
            if (g.point.equals(v) || g.name().equalsIgnoreCase(v) || (g == PRODUCTION_STOPPED && v.equalsIgnoreCase("dd"))) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown revocation ground '" + value + "'; accepted values: points "
                + Arrays.stream(values()).map(RevocationGround::point).toList() + " or names "
                + Arrays.stream(values()).map(Enum::name).toList());
    }
}
