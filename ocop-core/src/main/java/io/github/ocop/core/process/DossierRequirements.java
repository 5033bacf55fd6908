package io.github.ocop.core.process;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.DocumentRequirement;
import io.github.ocop.core.model.DossierCopies;
import io.github.ocop.core.model.DossierRule;
import io.github.ocop.core.model.EvaluationKind;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.Interpretation;
import io.github.ocop.core.model.ProcessVersion;
import io.github.ocop.core.model.ProductGroup;
import io.github.ocop.core.model.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents a dossier (hồ sơ) must hold when it reaches a level, for one rule set, process version, evaluation
 * kind and product group, from the rule set file ({@code process.versions[].dossiers}).
 *
 * <p>The level is the one that <em>receives</em> the dossier. A version whose sources hold no dossier list has a
 * visible {@link #gap()} instead of requirements.
 *
 * <p>Immutable and thread-safe.
 */
public final class DossierRequirements {

    private final String ruleSetId;
    private final ProcessVersion version;
    private final EvaluationKind kind;
    private final EvaluationLevel level;
    private final String productGroup;
    private final List<DocumentRequirement> requirements;
    private final String gap;
    private final List<Interpretation> interpretations;
    private final Optional<DossierCopies> copies;

    private DossierRequirements(String ruleSetId, ProcessVersion version, EvaluationKind kind, EvaluationLevel level,
            String productGroup, List<DocumentRequirement> requirements, String gap,
            List<Interpretation> interpretations, Optional<DossierCopies> copies) {
        this.ruleSetId = ruleSetId;
        this.version = version;
        this.kind = kind;
        this.level = level;
        this.productGroup = productGroup;
        this.requirements = List.copyOf(requirements);
        this.gap = gap;
        this.interpretations = List.copyOf(interpretations);
        this.copies = copies;
    }

    /**
     * The requirements for a dossier reaching {@code level} under one process version of a rule set.
     *
     * @param ruleSet the rule set
     * @param version one of its process versions
     * @param kind the evaluation kind
     * @param level the level receiving the dossier
     * @param productGroup a group code of the rule set's taxonomy, e.g. {@code "I"}
     * @return the requirements
     * @throws io.github.ocop.core.problem.OcopArgumentException (an {@code IllegalArgumentException}, its text in any
     *     language) for an unknown product group, or a level that receives no dossier of this
     *     kind under the version
     */
    public static DossierRequirements of(RuleSet ruleSet, ProcessVersion version, EvaluationKind kind,
            EvaluationLevel level, String productGroup) {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        requireGroup(ruleSet, productGroup);
        if (version.dossierGap().isPresent()) {
            return new DossierRequirements(ruleSet.id(), version, kind, level, productGroup, List.of(),
                    version.dossierGap().get(), List.of(), Optional.empty());
        }
        List<DocumentRequirement> lines = new ArrayList<>();
        List<Interpretation> applied = new ArrayList<>();
        boolean found = false;
        Optional<DossierCopies> copies = Optional.empty();
        for (DossierRule rule : version.dossiers()) {
            if (rule.level() == level && rule.kinds().contains(kind)) {
                found = true;
                if (copies.isEmpty()) {
                    copies = rule.copies();
                }
                rule.lines().stream().filter(l -> l.appliesTo(productGroup)).forEach(lines::add);
                rule.interpretations().forEach(id -> ruleSet.interpretation(id).filter(i -> !applied.contains(i))
                        .ifPresent(applied::add));
            }
        }
        if (!found) {
            throw CoreMessages.refusal("process.noDossier", ruleSet.id(), version.id(), kind, level,
                    version.dossiers().stream().filter(r -> r.kinds().contains(kind)).map(DossierRule::level)
                    .distinct().toList());
        }
        return new DossierRequirements(ruleSet.id(), version, kind, level, productGroup, lines, null, applied,
                copies);
    }

    /**
     * The requirements under the rule set's only process version.
     *
     * @param ruleSet the rule set, with exactly one process version
     * @param kind the evaluation kind
     * @param level the level receiving the dossier
     * @param productGroup a group code of the rule set's taxonomy
     * @return the requirements
     * @throws IllegalArgumentException as {@link #of(RuleSet, ProcessVersion, EvaluationKind, EvaluationLevel, String)},
     *     or if the rule set has no or several process versions
     */
    public static DossierRequirements of(RuleSet ruleSet, EvaluationKind kind, EvaluationLevel level,
            String productGroup) {
        return of(ruleSet, EvaluationAuthorities.forRuleSet(ruleSet).version(), kind, level, productGroup);
    }

    private static void requireGroup(RuleSet ruleSet, String productGroup) {
        Objects.requireNonNull(productGroup, "productGroup");
        List<String> codes = ruleSet.taxonomy().groups().stream().map(ProductGroup::code).toList();
        if (!codes.contains(productGroup)) {
            throw CoreMessages.refusal("process.unknownGroup", productGroup, ruleSet.id(), codes);
        }
    }

    /** {@return the rule set} */
    public String ruleSetId() {
        return ruleSetId;
    }

    /** {@return the process version} */
    public ProcessVersion version() {
        return version;
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

    /** {@return the requirement lines, in the order the sources list them; empty when {@link #gap()} is present} */
    public List<DocumentRequirement> requirements() {
        return requirements;
    }

    /** {@return why the requirements are unknown, when the sources hold no list for this rule set} */
    public Optional<String> gap() {
        return Optional.ofNullable(gap);
    }

    /**
     * {@return how many paper and electronic copies of the dossier the level receives, if the rule set says}
     */
    public Optional<DossierCopies> copies() {
        return copies;
    }

    /** {@return the interpretations applied to build the list} */
    public List<Interpretation> interpretations() {
        return interpretations;
    }

    @Override
    public String toString() {
        return "DossierRequirements[" + ruleSetId + " " + version.id() + ", " + kind + ", " + level + ", group "
                + productGroup + ", " + requirements.size() + " lines" + (gap == null ? "" : ", gap") + "]";
    }
}
