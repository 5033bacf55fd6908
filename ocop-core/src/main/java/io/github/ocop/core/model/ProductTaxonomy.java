package io.github.ocop.core.model;

import io.github.ocop.core.internal.CoreMessages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification of products (danh mục phân loại sản phẩm, Annex I): groups, categories, subgroups and the
 * sheet scoring each subgroup. Immutable and thread-safe.
 */
public final class ProductTaxonomy {
    private final List<ProductGroup> groups;
    private final Map<String, ProductSubgroup> subgroups;
    private final Map<String, ProductGroup> groupOfSubgroup;

    private ProductTaxonomy(List<ProductGroup> groups) {
        this.groups = groups;
        Map<String, ProductSubgroup> sg = new LinkedHashMap<>();
        Map<String, ProductGroup> gos = new LinkedHashMap<>();
        for (ProductGroup g : groups) {
            for (ProductCategory c : g.categories()) {
                for (ProductSubgroup s : c.subgroups()) {
                    if (sg.putIfAbsent(s.code(), s) != null) {
                        throw CoreMessages.refusal("model.duplicateSubgroup", s.code());
                    }
                    gos.put(s.code(), g);
                }
            }
        }
        this.subgroups = Map.copyOf(sg);
        this.groupOfSubgroup = Map.copyOf(gos);
    }

    /**
     * {@return the taxonomy}
     *
     * @param groups the product groups in printed order
     * @throws IllegalArgumentException when subgroup codes repeat
     */
    public static ProductTaxonomy of(List<ProductGroup> groups) {
        return new ProductTaxonomy(List.copyOf(Objects.requireNonNull(groups, "groups")));
    }

    /** {@return the groups in printed order} */
    public List<ProductGroup> groups() {
        return groups;
    }

    /**
     * {@return the subgroup, if known}
     *
     * @param code a subgroup code, e.g. {@code "I.1.a"}
     */
    public Optional<ProductSubgroup> subgroup(String code) {
        return Optional.ofNullable(subgroups.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * {@return the product group it belongs to, if known}
     *
     * @param subgroupCode a subgroup code
     */
    public Optional<ProductGroup> groupOf(String subgroupCode) {
        return Optional.ofNullable(groupOfSubgroup.get(Objects.requireNonNull(subgroupCode, "subgroupCode")));
    }

    /**
     * {@return the subgroups scored by that sheet, in printed order}
     *
     * @param sheetId a sheet id
     */
    public List<ProductSubgroup> subgroupsOfSheet(String sheetId) {
        Objects.requireNonNull(sheetId, "sheetId");
        return groups.stream().flatMap(g -> g.categories().stream()).flatMap(c -> c.subgroups().stream())
                .filter(s -> sheetId.equals(s.sheetId())).toList();
    }

    /** {@return every subgroup in printed order} */
    public List<ProductSubgroup> allSubgroups() {
        return groups.stream().flatMap(g -> g.categories().stream()).flatMap(c -> c.subgroups().stream()).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductTaxonomy t && t.groups.equals(groups);
    }

    @Override
    public int hashCode() {
        return groups.hashCode();
    }

    @Override
    public String toString() {
        return "ProductTaxonomy[" + groups.size() + " groups, " + subgroups.size() + " subgroups]";
    }
}
