package io.github.ocop.core.scoring;

import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.PartCode;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
    static {
        io.github.ocop.core.internal.ScoringAccess.install(new Access());
    }

    private final PreparedAssessment prepared;
    private final Assessment assessment;
    private final String ruleSetDigest;
    private final int[] partPoints;
    private final int total;
    private final int bandStars;
    private final int stars;
    /*
     * The per-criterion and per-section views are built on first use from the prepared assessment's arrays (shared
     * read-only), so that callers wanting only the total and rank do not pay for 30-odd objects. Volatile: a card
     * may be shared between threads; at worst two threads build equal views and one is kept.
     */
    private volatile List<CriterionScore> criteria;
    private volatile Map<String, Integer> sections;
    private volatile Map<PartCode, Integer> parts;
    private volatile List<UnmetMinimum> unmetMinimums;

    /** Takes ownership of {@code partPoints}; reads the prepared arrays, never writes. */
    ScoreCard(PreparedAssessment prepared, String ruleSetDigest, int[] partPoints, int total, int bandStars, int stars) {
        this.prepared = prepared;
        this.assessment = Objects.requireNonNull(prepared.assessment, "assessment");
        this.ruleSetDigest = ruleSetDigest;
        this.partPoints = partPoints;
        this.total = total;
        this.bandStars = bandStars;
        this.stars = stars;
    }

    /** {@return the assessment scored} */
    public Assessment assessment() {
        return assessment;
    }

    /** {@return the rule set id} */
    public String ruleSetId() {
        return assessment.ruleSet();
    }

    /** {@return the SHA-256 digest of the rule set that produced this card, if the rule set carries one} */
    public Optional<String> ruleSetDigest() {
        return Optional.ofNullable(ruleSetDigest);
    }

    /** {@return the sheet id} */
    public String sheetId() {
        return assessment.sheet();
    }

    /** {@return the points of every criterion in printed order} */
    public List<CriterionScore> criteria() {
        List<CriterionScore> c = criteria;
        if (c == null) {
            CriterionScore[][] lines = prepared.sheet.scoreLines;
            int[] line = prepared.line;
            CriterionScore[] scores = new CriterionScore[line.length];
            for (int i = 0; i < scores.length; i++) {
                scores[i] = lines[i][line[i]];
            }
            c = List.of(scores);
            criteria = c;
        }
        return c;
    }

    /**
     * {@return the score of a criterion, if the sheet has it}
     *
     * @param code a criterion code
     */
    public Optional<CriterionScore> criterion(String code) {
        int i = prepared.sheet.indexOf(Objects.requireNonNull(code, "code"));
        return i < 0 ? Optional.empty() : Optional.of(criteria().get(i));
    }

    /** The JSON reader's and writer's way in: answers as arrays, and the arrays behind {@link #criteria()} and {@link #sections()}. */
    private static final class Access extends io.github.ocop.core.internal.ScoringAccess {
        @Override
        public Map<String, String> answers(String[] codes, String[] keys, int n) {
            return new Answers(codes, keys, n);
        }

        @Override
        public Map<String, String> answers(int[] order, int n, io.github.ocop.core.internal.AnswerVocabulary vocabulary,
                int[] given) {
            return new Answers(order, n, vocabulary, given);
        }

        @Override
        public int sectionCount(ScoreCard card) {
            return card.prepared.sheet.sectionCodes.length;
        }

        @Override
        public String sectionCode(ScoreCard card, int s) {
            return card.prepared.sheet.sectionCodes[s];
        }

        @Override
        public Object sheetAttachment(ScoreCard card) {
            return card.prepared.sheet.writerAttachment;
        }

        @Override
        public void attachToSheet(ScoreCard card, Object value) {
            card.prepared.sheet.writerAttachment = Objects.requireNonNull(value, "value");
        }

        @Override
        public CriterionScore[][] scoreLines(ScoreCard card) {
            return card.prepared.sheet.scoreLines;
        }

        @Override
        public int[] lines(ScoreCard card) {
            return card.prepared.line;
        }

        @Override
        public int[] points(ScoreCard card) {
            return card.prepared.points;
        }

        @Override
        public int[][] sectionMembers(ScoreCard card) {
            return card.prepared.sheet.sectionMembers;
        }

        @Override
        public UnmetMinimum[][] unmetLines(ScoreCard card) {
            return card.prepared.sheet.unmetLines;
        }

        @Override
        public int[] minimumIndex(ScoreCard card) {
            return card.prepared.sheet.minimumIndex;
        }
    }

    private int sectionPoints(int s) {
        int sum = 0;
        for (int i : prepared.sheet.sectionMembers[s]) {
            sum += prepared.points[i];
        }
        return sum;
    }

    /** {@return points per section code (top-level and sub-sections), in printed order} */
    public Map<String, Integer> sections() {
        Map<String, Integer> m = sections;
        if (m == null) {
            CompiledSheet cs = prepared.sheet;
            Map<String, Integer> built = new LinkedHashMap<>(cs.sectionCodes.length * 2);
            for (int s = 0; s < cs.sectionCodes.length; s++) {
                built.put(cs.sectionCodes[s], sectionPoints(s));
            }
            m = Collections.unmodifiableMap(built);
            sections = m;
        }
        return m;
    }

    /** {@return points per part} */
    public Map<PartCode, Integer> parts() {
        Map<PartCode, Integer> m = parts;
        if (m == null) {
            EnumMap<PartCode, Integer> built = new EnumMap<>(PartCode.class);
            for (PartCode pc : PartCode.values()) {
                built.put(pc, partPoints[pc.ordinal()]);
            }
            m = Collections.unmodifiableMap(built);
            parts = m;
        }
        return m;
    }

    /**
     * {@return the points of that part}
     *
     * @param part A, B or C
     */
    public int part(PartCode part) {
        return partPoints[Objects.requireNonNull(part, "part").ordinal()];
    }

    /** {@return the total points (0..100)} */
    public int total() {
        return total;
    }

    /** {@return the stars of the points band holding the total, before minimum requirements} */
    public int bandStars() {
        return bandStars;
    }

    /** {@return true unless a knock-out was recorded} */
    public boolean ranked() {
        return prepared.knockOuts.isEmpty();
    }

    /** {@return the star rank (1..5), or empty when the product is not ranked because of a knock-out} */
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

    /** {@return every star minimum printed on the sheet (met or not), in printed order} */
    public List<MinimumRequirement> minima() {
        return prepared.sheet.minima;
    }

    /** {@return every star minimum (for 3, 4 and 5 stars) the product did not reach, in printed order} */
    public List<UnmetMinimum> unmetMinimums() {
        List<UnmetMinimum> u = unmetMinimums;
        if (u == null) {
            UnmetMinimum[][] lines = prepared.sheet.unmetLines;
            int[] idx = prepared.sheet.minimumIndex;
            UnmetMinimum[] found = new UnmetMinimum[lines.length];
            int n = 0;
            for (int m = 0; m < lines.length; m++) {
                UnmetMinimum x = lines[m][prepared.line[idx[m]]];
                if (x != null) {
                    found[n++] = x;
                }
            }
            u = List.of(java.util.Arrays.copyOf(found, n));
            unmetMinimums = u;
        }
        return u;
    }

    /**
     * The minima that kept the product below its points band (required for a level at or below the band).
     *
     * @return the blocking minima
     */
    public List<UnmetMinimum> blockingMinimums() {
        return unmetMinimums().stream().filter(u -> u.requiredFor() <= bandStars).toList();
    }

    /**
     * {@return the knock-outs among {@link #knockOuts()} that followed from the answers, each with the answer that
     * triggered it}
     */
    public List<DerivedKnockOut> derivedKnockOuts() {
        return prepared.derivedKnockOuts;
    }

    /** {@return the knock-out grounds recorded by the assessor} */
    public List<KnockOut> knockOuts() {
        return prepared.knockOuts;
    }

    /**
     * {@return remarks that do not invalidate the card (e.g. an answer ignored because its criterion did not
     * apply)}
     */
    public List<String> warnings() {
        return prepared.warnings;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScoreCard s && s.assessment.equals(assessment) && Objects.equals(s.ruleSetDigest, ruleSetDigest)
                && s.criteria().equals(criteria()) && s.total == total && s.stars == stars && s.bandStars == bandStars
                && s.unmetMinimums().equals(unmetMinimums()) && s.knockOuts().equals(knockOuts())
                && s.warnings().equals(warnings());
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessment, criteria(), total, stars);
    }

    @Override
    public String toString() {
        return "ScoreCard[" + ruleSetId() + " sheet " + sheetId() + ", total " + total + ", "
                + (ranked() ? stars + "★" : "not ranked") + "]";
    }
}
