package io.github.ocop.core.scoring;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Localized;

import java.util.Locale;

/**
 * The kind of producer that registers a product (loại hình chủ thể OCOP), named in words in Vietnamese or English
 * ({@link #format(Locale)}, e.g. "hợp tác xã" / "cooperative") by the core bundle, as the law names it (QĐ 26/2026
 * Điều 2 khoản 3).
 */
public enum SubjectType implements Localized {
    /** Hộ sản xuất, hộ gia đình có đăng ký kinh doanh (household with a business registration). */
    HOUSEHOLD,
    /** Trang trại (farm). */
    FARM,
    /** Tổ hợp tác (cooperative group). */
    COOPERATIVE_GROUP,
    /** Hợp tác xã (cooperative). */
    COOPERATIVE,
    /**
     * Doanh nghiệp nhỏ và vừa (including micro): công ty TNHH, doanh nghiệp tư nhân, công ty cổ phần (small or
     * medium enterprise; QĐ 26/2026 Điều 2 khoản 3 admits only these).
     */
    ENTERPRISE,
    /**
     * Doanh nghiệp lớn (a large enterprise, neither small nor medium): declared so that a rule set admitting only
     * small and medium enterprises (QĐ 26/2026 Điều 2 khoản 3, "doanh nghiệp nhỏ và vừa") refuses it.
     */
    LARGE_ENTERPRISE,
    /** Hội, hiệp hội, trung tâm điều hành (association; the tourism group only under QĐ 26/2026). */
    ASSOCIATION;

    /** {@return the type in words, in Vietnamese (the default) or English} */
    @Override
    public String format(Locale locale) {
        return CoreMessages.of(switch (this) {
            case HOUSEHOLD -> "subjectType.HOUSEHOLD";
            case FARM -> "subjectType.FARM";
            case COOPERATIVE_GROUP -> "subjectType.COOPERATIVE_GROUP";
            case COOPERATIVE -> "subjectType.COOPERATIVE";
            case ENTERPRISE -> "subjectType.ENTERPRISE";
            case LARGE_ENTERPRISE -> "subjectType.LARGE_ENTERPRISE";
            case ASSOCIATION -> "subjectType.ASSOCIATION";
        }).format(locale);
    }
}
