package io.github.ocop.core.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A numbered section of a part (mục, e.g. "1. TỔ CHỨC SẢN XUẤT"), holding criteria and possibly sub-sections
 * (e.g. sheet 11's "6.1 Ngoại hình"). Immutable and thread-safe.
 *
 * @param code      the code as printed, e.g. {@code "1"}, {@code "6.1"}
 * @param title     the title as printed
 * @param maxPoints the maximum points
 * @param citation  where it is printed
 * @param sections  sub-sections in printed order
 * @param criteria  criteria in printed order
 */
public record Section(String code, String title, int maxPoints, Citation citation, List<Section> sections,
                      List<Criterion> criteria) {
    /**
     * Validates and copies the components.
     *
     * @param code the code as printed, e.g. {@code "1"}, {@code "6.1"}
     * @param title the title as printed
     * @param maxPoints the maximum points
     * @param citation where it is printed
     * @param sections sub-sections in printed order
     * @param criteria criteria in printed order
     */
    public Section {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria"));
    }

    /** {@return every criterion of this section and its sub-sections, in printed order} */
    public Stream<Criterion> allCriteria() {
        return Stream.concat(criteria.stream(), sections.stream().flatMap(Section::allCriteria));
    }
}
