package io.github.ocop.core.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One part of a scoring sheet (phần A, B or C) with its sections. Immutable and thread-safe.
 *
 * @param code      A, B or C
 * @param title     the title as printed
 * @param maxPoints the maximum as printed (after errata)
 * @param citation  where it is printed
 * @param sections  the sections in printed order
 */
public record Part(PartCode code, String title, int maxPoints, Citation citation, List<Section> sections) {
    /**
     * Validates and copies the components.
     *
     * @param code A, B or C
     * @param title the title as printed
     * @param maxPoints the maximum as printed (after errata)
     * @param citation where it is printed
     * @param sections the sections in printed order
     */
    public Part {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    }

    /** {@return every criterion of the part in printed order} */
    public Stream<Criterion> allCriteria() {
        return sections.stream().flatMap(Section::allCriteria);
    }
}
