package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

/**
 * The three parts of every OCOP scoring sheet (phần A, B, C).
 */
public enum PartCode {
    /** Phần A: sản phẩm và sức mạnh cộng đồng (product and community strength; our translation). */
    A,
    /** Phần B: khả năng tiếp thị (marketing ability; our translation). */
    B,
    /** Phần C: chất lượng sản phẩm (product quality; our translation). */
    C;

    /**
     * Parses a part code, ignoring surrounding blanks.
     *
     * @param text "A", "B" or "C"
     * @return the part code
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static PartCode parse(String text) {
        String t = text == null ? "" : text.strip();
        for (PartCode p : values()) {
            if (p.name().equals(t)) {
                return p;
            }
        }
        throw CoreMessages.refusal("model.unknownPart", String.valueOf(text));
    }
}
