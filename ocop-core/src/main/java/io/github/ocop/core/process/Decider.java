package io.github.ocop.core.process;

import java.util.Objects;

/**
 * The body or office that takes a decision in the process (cơ quan, người có thẩm quyền quyết định), named
 * in Vietnamese and English, e.g. "Chủ tịch UBND cấp tỉnh" / "Chair of the provincial People's Committee".
 *
 * <p>Immutable and thread-safe.
 *
 * @param vietnamese the name as the decision writes it
 * @param english an English rendering
 */
public record Decider(String vietnamese, String english) {

    /**
     * Validates that both names are present and not blank.
     *
     * @param vietnamese the name as the decision writes it
     * @param english an English rendering
     */
    public Decider {
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
        if (vietnamese.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("decider names must not be blank");
        }
    }

    /** UBND cấp xã. */
    public static final Decider COMMUNE_COMMITTEE =
            new Decider("Ủy ban nhân dân cấp xã", "Commune People's Committee");
    /** UBND cấp huyện. */
    public static final Decider DISTRICT_COMMITTEE =
            new Decider("Ủy ban nhân dân cấp huyện", "District People's Committee");
    /** UBND cấp tỉnh. */
    public static final Decider PROVINCIAL_COMMITTEE =
            new Decider("Ủy ban nhân dân cấp tỉnh", "Provincial People's Committee");
    /** Chủ tịch UBND cấp tỉnh. */
    public static final Decider PROVINCIAL_CHAIR =
            new Decider("Chủ tịch Ủy ban nhân dân cấp tỉnh", "Chair of the Provincial People's Committee");
    /** Bộ Nông nghiệp và Phát triển nông thôn (the ministry under 1048 and the original 148). */
    public static final Decider MARD =
            new Decider("Bộ Nông nghiệp và Phát triển nông thôn", "Ministry of Agriculture and Rural Development");
    /** Bộ Nông nghiệp và Môi trường (the ministry under 1489 and 26/2026). */
    public static final Decider MAE =
            new Decider("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment");
    /** Bộ trưởng Bộ Nông nghiệp và Môi trường. */
    public static final Decider MAE_MINISTER = new Decider("Bộ trưởng Bộ Nông nghiệp và Môi trường",
            "Minister of Agriculture and Environment");

    @Override
    public String toString() {
        return vietnamese + " (" + english + ")";
    }
}
