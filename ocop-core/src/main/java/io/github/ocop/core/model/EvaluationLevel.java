package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Localized;

import java.util.Locale;

/**
 * An administrative level that takes part in evaluating OCOP products (cấp đánh giá), named in words in Vietnamese
 * or English ({@link #format(Locale)}, e.g. "cấp tỉnh" / "province") by the core bundle. Which levels take part, and
 * what each one decides, depends on the rule set: see {@link io.github.ocop.core.process.EvaluationAuthorities}.
 *
 * <p>Immutable and thread-safe.
 */
public enum EvaluationLevel implements Localized {
    /** Commune (cấp xã): UBND cấp xã. Receives and checks dossiers under QĐ 1489/2025 and QĐ 26/2026. */
    COMMUNE,
    /** District (cấp huyện): UBND cấp huyện. Evaluated under QĐ 1048/2019 and the original QĐ 148/2023. */
    DISTRICT,
    /** Province (cấp tỉnh): UBND cấp tỉnh and the provincial council (Hội đồng cấp tỉnh). */
    PROVINCE,
    /** Central (cấp trung ương): the ministry and the central council (Hội đồng cấp trung ương). */
    CENTRAL;

    /** {@return the level in words, in Vietnamese (the default, e.g. "cấp tỉnh") or English (e.g. "province")} */
    @Override
    public String format(Locale locale) {
        return CoreMessages.of(switch (this) {
            case COMMUNE -> "evaluationLevel.COMMUNE";
            case DISTRICT -> "evaluationLevel.DISTRICT";
            case PROVINCE -> "evaluationLevel.PROVINCE";
            case CENTRAL -> "evaluationLevel.CENTRAL";
        }).format(locale);
    }
}
