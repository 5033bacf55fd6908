package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An official scoring sheet (bộ tiêu chí / phiếu đánh giá) for one or more product subgroups: parts A, B and C,
 * their sections and criteria, and the knock-out grounds. Immutable and thread-safe.
 */
public final class ScoringSheet {
    private final String id;
    private final String title;
    private final String classification;
    private final Provenance provenance;
    private final List<String> deviations;
    private final Citation citation;
    private final List<KnockOut> knockOuts;
    private final List<Part> parts;
    private final List<Criterion> criteria;
    private final Map<String, Criterion> byCode;
    private final Map<String, PartCode> partOf;
    private final Map<String, KnockOut> knockOutById;

    /**
     * Creates a scoring sheet from its parts and knock-out grounds.
     *
     * @param id             the sheet's number in the scoring annex (or the subgroup code where unknown)
     * @param title          the title as printed
     * @param classification the printed classification line, or null
     * @param provenance     a provenance overriding the rule set's, or null
     * @param deviations     known, accepted deviations of this sheet from the decision's invariants
     * @param citation       where it is printed
     * @param knockOuts      knock-out grounds in printed order
     * @param parts          the parts A, B, C in order
     * @throws IllegalArgumentException when criterion codes or knock-out ids repeat
     */
    public ScoringSheet(String id, String title, String classification, Provenance provenance, List<String> deviations,
                        Citation citation, List<KnockOut> knockOuts, List<Part> parts) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.classification = classification;
        this.provenance = provenance;
        this.deviations = List.copyOf(Objects.requireNonNull(deviations, "deviations"));
        this.citation = Objects.requireNonNull(citation, "citation");
        this.knockOuts = List.copyOf(Objects.requireNonNull(knockOuts, "knockOuts"));
        this.parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        List<Criterion> all = new ArrayList<>();
        Map<String, Criterion> m = new LinkedHashMap<>();
        Map<String, PartCode> p = new LinkedHashMap<>();
        for (Part part : this.parts) {
            part.allCriteria().forEach(c -> {
                if (m.putIfAbsent(c.code(), c) != null) {
                    throw CoreMessages.refusal("model.duplicateCriterion", id, c.code());
                }
                all.add(c);
                p.put(c.code(), part.code());
            });
        }
        Map<String, KnockOut> k = new LinkedHashMap<>();
        for (KnockOut ko : this.knockOuts) {
            if (k.putIfAbsent(ko.id(), ko) != null) {
                throw CoreMessages.refusal("model.duplicateKnockOut", id, ko.id());
            }
        }
        this.criteria = List.copyOf(all);
        this.byCode = Map.copyOf(m);
        this.partOf = Map.copyOf(p);
        this.knockOutById = Map.copyOf(k);
    }

    /** {@return the sheet id} */
    public String id() {
        return id;
    }

    /** {@return the title as printed} */
    public String title() {
        return title;
    }

    /** {@return the printed classification line, if any} */
    public Optional<String> classification() {
        return Optional.ofNullable(classification);
    }

    /** {@return the provenance overriding the rule set's, if any} */
    public Optional<Provenance> provenance() {
        return Optional.ofNullable(provenance);
    }

    /** {@return known, accepted deviations of this sheet (e.g. a part that does not sum to its maximum)} */
    public List<String> deviations() {
        return deviations;
    }

    /** {@return where it is printed} */
    public Citation citation() {
        return citation;
    }

    /** {@return the knock-out grounds in printed order} */
    public List<KnockOut> knockOuts() {
        return knockOuts;
    }

    /**
     * {@return the knock-out, if the sheet has it}
     *
     * @param id a knock-out id
     */
    public Optional<KnockOut> knockOut(String id) {
        return Optional.ofNullable(knockOutById.get(Objects.requireNonNull(id, "id")));
    }

    /** {@return the parts in order} */
    public List<Part> parts() {
        return parts;
    }

    /**
     * {@return the part}
     *
     * @param code A, B or C
     */
    public Optional<Part> part(PartCode code) {
        Objects.requireNonNull(code, "code");
        return parts.stream().filter(p -> p.code() == code).findFirst();
    }

    /** {@return every criterion in printed order} */
    public List<Criterion> criteria() {
        return criteria;
    }

    /**
     * {@return the criterion, if the sheet has it}
     *
     * @param code a criterion code as printed
     */
    public Optional<Criterion> criterion(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * {@return the part it belongs to}
     *
     * @param criterionCode a criterion code of this sheet
     * @throws IllegalArgumentException when the sheet has no such criterion
     */
    public PartCode partOf(String criterionCode) {
        PartCode p = partOf.get(Objects.requireNonNull(criterionCode, "criterionCode"));
        if (p == null) {
            throw CoreMessages.refusal("model.noCriterion", id, criterionCode);
        }
        return p;
    }

    /** {@return the sum of the parts' maxima} */
    public int maxPoints() {
        return parts.stream().mapToInt(Part::maxPoints).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoringSheet s && s.id.equals(id) && s.title.equals(title)
                && Objects.equals(s.classification, classification) && Objects.equals(s.provenance, provenance)
                && s.deviations.equals(deviations) && s.citation.equals(citation) && s.knockOuts.equals(knockOuts)
                && s.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, parts);
    }

    @Override
    public String toString() {
        return "ScoringSheet[" + id + " " + title + ", " + criteria.size() + " criteria]";
    }
}
