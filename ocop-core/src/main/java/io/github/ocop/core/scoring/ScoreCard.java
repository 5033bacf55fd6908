package io.github.ocop.core.scoring;

import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.PartCode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of scoring one assessment (kết quả chấm điểm): points per criterion, section and part, the total, the
 * points band, the star rank after the minimum requirements, the unmet minima and the knock-outs recorded.
 * Immutable and thread-safe.
 */
public final class ScoreCard {
    private final Assessment assessment;
    private final String ruleSetDigest;
    private final List<CriterionScore> criteria;
    private final Map<String, Integer> sections;
    private final Map<PartCode, Integer> parts;
    private final int total;
    private final int bandStars;
    private final int stars;
    private final List<UnmetMinimum> unmetMinimums;
    private final List<MinimumRequirement> minima;
    private final List<KnockOut> knockOuts;
    private final List<String> warnings;

    /** Takes ownership of the given collections, which the engine builds immutable (unmodifiable) and never shares. */
    ScoreCard(Assessment assessment, String ruleSetDigest, List<CriterionScore> criteria, Map<String, Integer> sections,
              Map<PartCode, Integer> parts, int total, int bandStars, int stars, List<UnmetMinimum> unmetMinimums,
              List<KnockOut> knockOuts, List<String> warnings, List<MinimumRequirement> minima) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.ruleSetDigest = ruleSetDigest;
        this.criteria = criteria;
        this.sections = sections;
        this.parts = parts;
        this.total = total;
        this.bandStars = bandStars;
        this.stars = stars;
        this.unmetMinimums = unmetMinimums;
        this.knockOuts = knockOuts;
        this.warnings = warnings;
        this.minima = minima;
    }

    /** @return the assessment scored */
    public Assessment assessment() {
        return assessment;
    }

    /** @return the rule set id */
    public String ruleSetId() {
        return assessment.ruleSet();
    }

    /** @return the SHA-256 digest of the rule set that produced this card, if the rule set carries one */
    public Optional<String> ruleSetDigest() {
        return Optional.ofNullable(ruleSetDigest);
    }

    /** @return the sheet id */
    public String sheetId() {
        return assessment.sheet();
    }

    /** @return the points of every criterion in printed order */
    public List<CriterionScore> criteria() {
        return criteria;
    }

    /**
     * @param code a criterion code
     * @return its score, if the sheet has the criterion
     */
    public Optional<CriterionScore> criterion(String code) {
        Objects.requireNonNull(code, "code");
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return points per section code (top-level and sub-sections), in printed order */
    public Map<String, Integer> sections() {
        return sections;
    }

    /** @return points per part */
    public Map<PartCode, Integer> parts() {
        return parts;
    }

    /**
     * @param part A, B or C
     * @return the points of that part
     */
    public int part(PartCode part) {
        return parts.getOrDefault(Objects.requireNonNull(part, "part"), 0);
    }

    /** @return the total points (0..100) */
    public int total() {
        return total;
    }

    /** @return the stars of the points band holding the total, before minimum requirements */
    public int bandStars() {
        return bandStars;
    }

    /** @return true unless a knock-out was recorded */
    public boolean ranked() {
        return knockOuts.isEmpty();
    }

    /** @return the star rank (1..5), or empty when the product is not ranked because of a knock-out */
    public OptionalInt stars() {
        return ranked() ? OptionalInt.of(stars) : OptionalInt.empty();
    }

    /**
     * The star rank the points and minima give, whether or not a knock-out was recorded.
     *
     * @return 1..5
     */
    public int starsBeforeKnockOuts() {
        return stars;
    }

    /** @return every star minimum printed on the sheet (met or not), in printed order */
    public List<MinimumRequirement> minima() {
        return minima;
    }

    /** @return every star minimum (for 3, 4 and 5 stars) the product did not reach, in printed order */
    public List<UnmetMinimum> unmetMinimums() {
        return unmetMinimums;
    }

    /**
     * The minima that kept the product below its points band (required for a level at or below the band).
     *
     * @return the blocking minima
     */
    public List<UnmetMinimum> blockingMinimums() {
        return unmetMinimums.stream().filter(u -> u.requiredFor() <= bandStars).toList();
    }

    /** @return the knock-out grounds recorded by the assessor */
    public List<KnockOut> knockOuts() {
        return knockOuts;
    }

    /** @return remarks that do not invalidate the card (e.g. an answer ignored because its criterion did not apply) */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreCard s && s.assessment.equals(assessment) && Objects.equals(s.ruleSetDigest, ruleSetDigest)
                && s.criteria.equals(criteria) && s.total == total && s.stars == stars && s.bandStars == bandStars
                && s.unmetMinimums.equals(unmetMinimums) && s.knockOuts.equals(knockOuts) && s.warnings.equals(warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessment, criteria, total, stars);
    }

    @Override
    public String toString() {
        return "ScoreCard[" + ruleSetId() + " sheet " + sheetId() + ", total " + total + ", "
                + (ranked() ? stars + "★" : "not ranked") + "]";
    }
}
