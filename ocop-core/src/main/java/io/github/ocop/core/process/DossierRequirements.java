package io.github.ocop.core.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents a dossier (hồ sơ) must hold when it reaches a level, for one rule set, evaluation kind and
 * product group.
 *
 * <p>The level is the one that <em>receives</em> the dossier: under 26/2026 the commune receives the subject's
 * product dossier (Điều 6 khoản 1), the province receives the commune's proposal (Điều 6 khoản 2) and the
 * ministry receives the province's 5-star proposal (Điều 6 khoản 3); under 1048 the district receives the
 * registration dossier (notes 1048 §6.1), the province the district's proposal (§6.2) and the ministry the
 * province's (§6.3). A proposal holds the product dossier (hồ sơ sản phẩm), so its requirements include the
 * product dossier's.
 *
 * <p>Product groups are the Roman codes of the classification, {@code "I"} to {@code "VI"}; {@code "VI"} is
 * the tourism services group (dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch; 1048: dịch vụ du
 * lịch), which sends no product samples. QĐ 148 (original or amended) has no known dossier list: its
 * requirements are a visible {@link #gap()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DossierRequirements {

    /** The product group codes accepted. */
    public static final List<String> PRODUCT_GROUPS = List.of("I", "II", "III", "IV", "V", "VI");
    /** The tourism services group, which sends no samples. */
    public static final String TOURISM_GROUP = "VI";

    private final String ruleSetId;
    private final EvaluationKind kind;
    private final EvaluationLevel level;
    private final String productGroup;
    private final List<DocumentRequirement> requirements;
    private final String gap;
    private final List<Interpretation> interpretations;

    private DossierRequirements(String ruleSetId, EvaluationKind kind, EvaluationLevel level, String productGroup,
            List<DocumentRequirement> requirements, String gap, List<Interpretation> interpretations) {
        this.ruleSetId = ruleSetId;
        this.kind = kind;
        this.level = level;
        this.productGroup = productGroup;
        this.requirements = List.copyOf(requirements);
        this.gap = gap;
        this.interpretations = List.copyOf(interpretations);
    }

    /**
     * The requirements for a dossier reaching {@code level}.
     *
     * @param ruleSetId the rule set id, e.g. {@code "qd-26-2026"}
     * @param kind the evaluation kind
     * @param level the evaluation level
     * @param productGroup {@code "I"} to {@code "VI"}
     * @return the requirements
     * @throws IllegalArgumentException for an unknown rule set or product group, or a level that receives no
     *     dossier under the rule set (the district under 26/2026, the commune under 1048)
     */
    public static DossierRequirements of(String ruleSetId, EvaluationKind kind, EvaluationLevel level,
            String productGroup) {
        ProcessRuleSets.requireKnown(ruleSetId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        requireGroup(productGroup);
        switch (ruleSetId) {
            case ProcessRuleSets.QD_26_2026:
                return qd26(kind, level, productGroup);
            case ProcessRuleSets.QD_1048_2019:
                return qd1048(kind, level, productGroup);
            default:
                return new DossierRequirements(ruleSetId, kind, level, productGroup, List.of(),
                        "The dossier list of QĐ 148/QĐ-TTg (original and as amended by QĐ 1489/QĐ-TTg) is not in the"
                                + " sources: only that it was simplified to a registration form and a self-assessment"
                                + " report is known (notes 148 §5.4 [V2], §7 items 3-4 [GAP]).",
                        List.of());
        }
    }

    private static String requireGroup(String productGroup) {
        Objects.requireNonNull(productGroup, "productGroup");
        if (!PRODUCT_GROUPS.contains(productGroup)) {
            throw new IllegalArgumentException("unknown product group '" + productGroup + "'; accepted values: "
                    + PRODUCT_GROUPS);
        }
        return productGroup;
    }

    private static List<DocumentRequirement> productDossier26(EvaluationKind kind) {
        List<DocumentRequirement> r = new ArrayList<>();
        String point = kind == EvaluationKind.FIRST ? "a" : kind == EvaluationKind.UPGRADE ? "b" : "c";
        String cite = "QĐ 26/2026/QĐ-TTg Điều 6 khoản 1 điểm " + point;
        r.add(new DocumentRequirement(List.of(DocumentKind.REGISTRATION_FORM_26), Necessity.MANDATORY,
                cite + "; Phụ lục III Mẫu số 01"));
        r.add(new DocumentRequirement(List.of(DocumentKind.SELF_ASSESSMENT_REPORT_26), Necessity.MANDATORY,
                cite + "; Phụ lục III Mẫu số 02"));
        if (kind == EvaluationKind.UPGRADE) {
            r.add(DocumentRequirement.of(DocumentKind.UPGRADE_CHANGE_EVIDENCE, Necessity.MANDATORY));
        } else if (kind == EvaluationKind.RE_EVALUATION) {
            r.add(DocumentRequirement.of(DocumentKind.RE_EVALUATION_UPDATES, Necessity.MANDATORY));
        }
        return r;
    }

    private static DossierRequirements qd26(EvaluationKind kind, EvaluationLevel level, String group) {
        List<DocumentRequirement> r = new ArrayList<>();
        List<Interpretation> applied = new ArrayList<>();
        boolean samples = !TOURISM_GROUP.equals(group);
        switch (level) {
            case COMMUNE:
                r.addAll(productDossier26(kind));
                applied.add(ProcessInterpretations.SAMPLES_WITH_PROPOSAL);
                break;
            case PROVINCE:
                r.add(DocumentRequirement.of(DocumentKind.COMMUNE_PROPOSAL_LETTER, Necessity.MANDATORY));
                r.add(DocumentRequirement.of(DocumentKind.COMMUNE_ASSESSMENT_REPORT, Necessity.MANDATORY));
                r.addAll(productDossier26(kind));
                if (samples) {
                    r.add(new DocumentRequirement(List.of(DocumentKind.PRODUCT_SAMPLES), Necessity.MANDATORY,
                            "QĐ 26/2026/QĐ-TTg Điều 6 khoản 2 điểm d"));
                }
                break;
            case CENTRAL:
                boolean again = kind == EvaluationKind.RE_EVALUATION;
                String cite = "QĐ 26/2026/QĐ-TTg Điều 6 khoản 3 điểm " + (again ? "b" : "a")
                        + (kind == EvaluationKind.UPGRADE ? "; Điều 7 khoản 5 điểm a" : "");
                r.add(new DocumentRequirement(List.of(DocumentKind.PROVINCE_PROPOSAL_LETTER), Necessity.MANDATORY, cite));
                if (again) {
                    r.add(new DocumentRequirement(List.of(DocumentKind.PROVINCIAL_OCOP_AGENCY_REPORT),
                            Necessity.MANDATORY, cite));
                } else {
                    r.add(new DocumentRequirement(List.of(DocumentKind.PROVINCIAL_ADVISORY_TEAM_REPORT),
                            Necessity.MANDATORY, cite));
                    r.add(new DocumentRequirement(List.of(DocumentKind.PROVINCIAL_COUNCIL_REPORT), Necessity.MANDATORY,
                            cite));
                    r.add(new DocumentRequirement(List.of(DocumentKind.PROVINCIAL_APPROVAL_DECISION),
                            Necessity.MANDATORY, cite));
                }
                r.addAll(productDossier26(kind));
                r.add(new DocumentRequirement(List.of(DocumentKind.ADDITIONAL_TEST_CONFIRMATIONS), Necessity.CONDITIONAL,
                        cite));
                if (samples) {
                    r.add(new DocumentRequirement(List.of(DocumentKind.PRODUCT_SAMPLES), Necessity.MANDATORY, cite));
                }
                break;
            default:
                throw new IllegalArgumentException("under qd-26-2026 no dossier goes to the " + level.english() + " ("
                        + level.vietnamese() + "); evaluation has two levels, province and central (QĐ 26/2026/QĐ-TTg"
                        + " Điều 4 khoản 1), and the commune receives the subject's dossier (Điều 7 khoản 1)");
        }
        return new DossierRequirements(ProcessRuleSets.QD_26_2026, kind, level, group, r, null, applied);
    }

    private static List<DocumentRequirement> productDossier1048(String group) {
        List<DocumentRequirement> r = new ArrayList<>();
        r.add(new DocumentRequirement(List.of(DocumentKind.IDEA_REGISTRATION_FORM_1048,
                DocumentKind.PRODUCT_REGISTRATION_FORM_1048), Necessity.MANDATORY,
                "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 1)"));
        r.add(DocumentRequirement.of(DocumentKind.BUSINESS_PLAN_1048, Necessity.MANDATORY));
        r.add(DocumentRequirement.of(DocumentKind.ORGANISATION_DESCRIPTION_1048, Necessity.MANDATORY));
        r.add(DocumentRequirement.of(DocumentKind.BUSINESS_REGISTRATION, Necessity.CONDITIONAL));
        if (!TOURISM_GROUP.equals(group)) {
            r.add(new DocumentRequirement(List.of(DocumentKind.PRODUCT_SAMPLES), Necessity.MANDATORY,
                    "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.1 item 5)"));
        }
        for (DocumentKind k : List.of(DocumentKind.PRODUCTION_CONDITIONS_CERTIFICATE, DocumentKind.QUALITY_DECLARATION,
                DocumentKind.PRODUCT_STANDARD, DocumentKind.FOOD_SAFETY_TEST_RESULTS,
                DocumentKind.BARCODE_TRACEABILITY_IP, DocumentKind.RAW_MATERIAL_ORIGIN,
                DocumentKind.QUALITY_MANAGEMENT_SYSTEM, DocumentKind.ENVIRONMENTAL_PROTECTION, DocumentKind.ACCOUNTING,
                DocumentKind.MARKET_DEVELOPMENT, DocumentKind.PRODUCT_STORY, DocumentKind.QUALITY_CONTROL_PLAN,
                DocumentKind.AWARDS)) {
            r.add(DocumentRequirement.of(k, Necessity.SUPPLEMENTARY));
        }
        return r;
    }

    private static DossierRequirements qd1048(EvaluationKind kind, EvaluationLevel level, String group) {
        List<DocumentRequirement> r = new ArrayList<>();
        switch (level) {
            case DISTRICT:
                r.addAll(productDossier1048(group));
                break;
            case PROVINCE:
                r.add(DocumentRequirement.of(DocumentKind.DISTRICT_PROPOSAL_LETTER_1048, Necessity.MANDATORY));
                r.add(DocumentRequirement.of(DocumentKind.DISTRICT_COUNCIL_MINUTES_1048, Necessity.MANDATORY));
                r.addAll(productDossier1048(group));
                break;
            case CENTRAL:
                String cite = "QĐ 1048/QĐ-TTg Phụ lục II (notes 1048 §6.3)";
                r.add(new DocumentRequirement(List.of(DocumentKind.PROVINCE_PROPOSAL_LETTER), Necessity.MANDATORY, cite));
                r.add(DocumentRequirement.of(DocumentKind.PROVINCIAL_COUNCIL_MINUTES_1048, Necessity.MANDATORY));
                r.add(new DocumentRequirement(List.of(DocumentKind.PROVINCIAL_APPROVAL_DECISION), Necessity.MANDATORY,
                        cite));
                r.add(DocumentRequirement.of(DocumentKind.PROVINCIAL_STAR_CERTIFICATE_1048, Necessity.MANDATORY));
                r.addAll(productDossier1048(group));
                r.add(new DocumentRequirement(List.of(DocumentKind.ADDITIONAL_TEST_CONFIRMATIONS), Necessity.CONDITIONAL,
                        cite));
                break;
            default:
                throw new IllegalArgumentException("under qd-1048-2019 no dossier goes to the " + level.english() + " ("
                        + level.vietnamese() + "); the subject files with the district (notes 1048 §6.1)");
        }
        return new DossierRequirements(ProcessRuleSets.QD_1048_2019, kind, level, group, r, null,
                List.of(ProcessInterpretations.DOSSIER_1048_SAME_FOR_ALL_KINDS));
    }

    /** {@return the rule set} */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** {@return the evaluation kind} */
    public EvaluationKind kind() {
        return kind;
    }

    /** {@return the level receiving the dossier} */
    public EvaluationLevel level() {
        return level;
    }

    /** {@return the product group code} */
    public String productGroup() {
        return productGroup;
    }

    /**
     * {@return the requirement lines, in the order the sources list them; empty when {@link #gap()} is present}
     *
     */
    public List<DocumentRequirement> requirements() {
        return requirements;
    }

    /** {@return why the requirements are unknown, when the sources hold no list for this rule set} */
    public Optional<String> gap() {
        return Optional.ofNullable(gap);
    }

    /** {@return the interpretations applied to build the list} */
    public List<Interpretation> interpretations() {
        return interpretations;
    }

    @Override
    public String toString() {
        return "DossierRequirements[" + ruleSetId + ", " + kind + ", " + level + ", group " + productGroup + ", "
                + requirements.size() + " lines" + (gap == null ? "" : ", gap") + "]";
    }
}
