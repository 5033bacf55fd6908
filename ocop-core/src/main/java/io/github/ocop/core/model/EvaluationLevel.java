package io.github.ocop.core.model;

/**
 * An administrative level that takes part in evaluating OCOP products (cấp đánh giá). Which levels take
 * part, and what each one decides, depends on the rule set: see {@link io.github.ocop.core.process.EvaluationAuthorities}.
 *
 * <p>Immutable and thread-safe.
 */
public enum EvaluationLevel {
    /** Commune (cấp xã): UBND cấp xã. Receives and checks dossiers under QĐ 1489/2025 and QĐ 26/2026. */
    COMMUNE("cấp xã", "commune"),
    /** District (cấp huyện): UBND cấp huyện. Evaluated under QĐ 1048/2019 and the original QĐ 148/2023. */
    DISTRICT("cấp huyện", "district"),
    /** Province (cấp tỉnh): UBND cấp tỉnh and the provincial council (Hội đồng cấp tỉnh). */
    PROVINCE("cấp tỉnh", "province"),
    /** Central (cấp trung ương): the ministry and the central council (Hội đồng cấp trung ương). */
    CENTRAL("cấp trung ương", "central");

    private final String vietnamese;
    private final String english;

    EvaluationLevel(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * {@return the Vietnamese name of the level, e.g. {@code "cấp tỉnh"}}
     *
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * {@return the English name of the level, e.g. {@code "province"}}
     *
     */
    public String english() {
        return english;
    }
}
