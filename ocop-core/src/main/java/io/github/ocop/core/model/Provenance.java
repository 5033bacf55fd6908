package io.github.ocop.core.model;

import java.util.Objects;

/**
 * Where a rule set's (or a sheet's) data was taken from (nguồn dữ liệu). Immutable and thread-safe.
 *
 * @param kind   how direct the source is
 * @param source the source file or location
 * @param note   free text, never null (may be empty)
 */
public record Provenance(ProvenanceKind kind, String source, String note) {
    /**
     * Validates the components.
     *
     * @param kind how direct the source is
     * @param source the source file or location
     * @param note free text, never null (may be empty)
     */
    public Provenance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
    }
}
