package io.github.ocop.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An instrument that amended another (văn bản sửa đổi, bổ sung), e.g. QĐ 781/QĐ-TTg amending QĐ 1048/QĐ-TTg.
 * Immutable and thread-safe.
 *
 * @param number the amending instrument's number
 * @param signed its signing date
 * @param note   what it changed (free text), never null (may be empty)
 */
public record Amendment(String number, LocalDate signed, String note) {
    /**
     * Validates the components.
     *
     * @param number the amending instrument's number
     * @param signed its signing date
     * @param note what it changed (free text), never null (may be empty)
     */
    public Amendment {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(note, "note");
    }
}
