package io.github.ocop.core.scoring;

import io.github.ocop.core.internal.AnswerVocabulary;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.Part;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.model.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sheet prepared for fast scoring: criteria by index, an open-addressing table from criterion code to index,
 * options as arrays, applicability conditions as per-option tables, sections as index lists, minima precomputed.
 */
final class CompiledSheet {
    final ScoringSheet sheet;
    final Criterion[] criteria;
    /** The criteria whose options describe subject types (the criterion on the type of organisation). */
    final Criterion[] organisation;
    final PartCode[] partOf;
    /** Per criterion: the ordinal of its part. */
    final int[] partIndex;
    /** Per criterion, its options in printed order. */
    final Option[][] options;
    /**
     * Per criterion with a condition, indexed by the option index of the criterion it reads: whether it applies
     * under that option; null for unconditional criteria.
     */
    final boolean[][] appliesUnder;
    /**
     * Per criterion, every score it can earn, shared by all score cards (immutable values): index k &lt; options is
     * option k, then {@link #noneLine(int)} (answered "none") and {@link #notApplicableLine(int)}.
     */
    final CriterionScore[][] scoreLines;
    /** Criterion codes and option keys to indexes, from strings or from a document's bytes. */
    final AnswerVocabulary vocabulary;
    /** For each criterion, the index of the criterion its applicability reads, or -1. */
    final int[] conditionIndex;
    /** The criteria indexes in printed order, except that a condition's criterion comes before those it governs. */
    final int[] conditionOrder;
    final List<MinimumRequirement> minima;
    final int[] minimumIndex;
    final String[] sectionCodes;
    final int[][] sectionMembers;
    final String validCodes;
    /** Per minimum (parallel to {@link #minima}): the points required and the star level. */
    final int[] minimumPoints;
    final int[] minimumLevel;
    /** Per minimum, per state of its criterion (as in {@link #scoreLines}): the unmet minimum, or null when met. */
    final UnmetMinimum[][] unmetLines;
    /** The sheet's knock-outs that follow from answers (with a trigger), in printed order. */
    final KnockOut[] triggered;
    /** Per triggered knock-out, per condition: the index of its criterion, or -1 when the sheet has none. */
    final int[][] triggerCriterion;
    /** The subject types the sheet's product groups admit, or null when the rule set does not say. */
    final io.github.ocop.core.model.SubjectTypes admittedTypes;
    /** Per subject type (ordinal): whether {@link #admittedTypes} admits it; null when the rule set does not say. */
    final boolean[] admits;
    /** Per criterion, per option: its points (read on every score without touching the option records). */
    final int[][] optionPoints;
    /** Per criterion of {@link #organisation}: its index. */
    final int[] organisationIndex;
    /**
     * Per criterion of {@link #organisation}, per option, per subject type (ordinal): whether that answer and that
     * declared type agree as the rule set file maps them (true where it does not check: a type no option names, an
     * option it does not map).
     */
    final boolean[][][] organisationFits;
    /**
     * What the score card writer of {@code io.github.ocop.rules} computed once for this compiled sheet (its encoded
     * lines), or null: set through {@link io.github.ocop.core.internal.ScoringAccess#attachToSheet}, never read here.
     * Built racily: two threads may each build an equal value and either is kept.
     */
    volatile Object writerAttachment;

    CompiledSheet(ScoringSheet sheet) {
        this("", sheet, null);
    }

    CompiledSheet(String ruleSetId, ScoringSheet sheet, io.github.ocop.core.model.SubjectTypes admittedTypes) {
        this.sheet = sheet;
        this.admittedTypes = admittedTypes;
        this.triggered = sheet.knockOuts().stream().filter(k -> k.trigger().isPresent()).toArray(KnockOut[]::new);
        this.triggerCriterion = new int[triggered.length][];
        List<Criterion> cs = sheet.criteria();
        this.criteria = cs.toArray(new Criterion[0]);
        this.organisation = cs.stream().filter(c -> c.subjectTypes().isPresent()).toArray(Criterion[]::new);
        this.partOf = new PartCode[criteria.length];
        this.partIndex = new int[criteria.length];
        this.options = new Option[criteria.length][];
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < criteria.length; i++) {
            idx.put(criteria[i].code(), i);
            partOf[i] = sheet.partOf(criteria[i].code());
            partIndex[i] = partOf[i].ordinal();
            options[i] = criteria[i].options().toArray(new Option[0]);
        }
        this.scoreLines = new CriterionScore[criteria.length][];
        for (int i = 0; i < criteria.length; i++) {
            Criterion c = criteria[i];
            CriterionScore[] lines = new CriterionScore[options[i].length + 2];
            for (int k = 0; k < options[i].length; k++) {
                lines[k] = new CriterionScore(c.code(), partOf[i], options[i][k].key(), options[i][k].points(),
                        c.maxPoints(), true);
            }
            lines[options[i].length] = new CriterionScore(c.code(), partOf[i], Assessment.NONE, 0, c.maxPoints(), true);
            lines[options[i].length + 1] = new CriterionScore(c.code(), partOf[i], null, 0, c.maxPoints(), false);
            scoreLines[i] = lines;
        }
        String[][] keys = new String[criteria.length][];
        boolean[] acceptsNone = new boolean[criteria.length];
        for (int i = 0; i < criteria.length; i++) {
            keys[i] = criteria[i].options().stream().map(Option::key).toArray(String[]::new);
            acceptsNone[i] = criteria[i].acceptsNone();
        }
        // shared with the other engines of an equal sheet, and remembered for the reader (see AnswerVocabulary)
        this.vocabulary = new AnswerVocabulary(ruleSetId, sheet.id(), cs.stream().map(Criterion::code)
                .toArray(String[]::new), keys, acceptsNone).remember();
        this.conditionIndex = new int[criteria.length];
        this.appliesUnder = new boolean[criteria.length][];
        for (int i = 0; i < criteria.length; i++) {
            conditionIndex[i] = -1;
            if (criteria[i].applicability().isPresent()) {
                String target = criteria[i].applicability().get().criterion();
                Integer j = idx.get(target);
                if (j == null) {
                    throw CoreMessages.refusal("scoring.conditionUnknown", sheet.id(), criteria[i].code(), target);
                }
                conditionIndex[i] = j;
                List<String> anyOf = criteria[i].applicability().get().anyOf();
                appliesUnder[i] = new boolean[options[j].length];
                for (int k = 0; k < options[j].length; k++) {
                    appliesUnder[i][k] = anyOf.contains(options[j][k].key());
                }
            }
        }
        this.conditionOrder = conditionOrder(sheet, criteria, conditionIndex);
        List<MinimumRequirement> mins = new ArrayList<>();
        List<Integer> minIdx = new ArrayList<>();
        for (int i = 0; i < criteria.length; i++) {
            // per level, the most lenient marked option (alternative cases may each carry a mark)
            Map<Integer, Option> byLevel = new TreeMap<>();
            for (Option o : criteria[i].options()) {
                if (o.minimumFor() != null) {
                    byLevel.merge(o.minimumFor(), o, (x, y) -> y.points() < x.points() ? y : x);
                }
            }
            for (Map.Entry<Integer, Option> e : byLevel.entrySet()) {
                mins.add(new MinimumRequirement(criteria[i].code(), e.getKey(), e.getValue().key(), e.getValue().points()));
                minIdx.add(i);
            }
        }
        this.minima = List.copyOf(mins);
        this.minimumIndex = minIdx.stream().mapToInt(Integer::intValue).toArray();
        this.minimumPoints = mins.stream().mapToInt(MinimumRequirement::requiredPoints).toArray();
        this.minimumLevel = mins.stream().mapToInt(MinimumRequirement::requiredFor).toArray();
        this.unmetLines = new UnmetMinimum[minimumIndex.length][];
        for (int m = 0; m < minimumIndex.length; m++) {
            CriterionScore[] states = scoreLines[minimumIndex[m]];
            unmetLines[m] = new UnmetMinimum[states.length];
            for (int st = 0; st < states.length; st++) {
                if (states[st].points() < minimumPoints[m]) {
                    unmetLines[m][st] = new UnmetMinimum(minima.get(m), states[st].answer(), states[st].points());
                }
            }
        }
        Map<String, int[]> sections = new LinkedHashMap<>();
        for (Part p : sheet.parts()) {
            for (Section s : p.sections()) {
                addSection(s, idx, sections);
            }
        }
        this.sectionCodes = sections.keySet().toArray(new String[0]);
        this.sectionMembers = sections.values().toArray(new int[0][]);
        SubjectType[] types = SubjectType.values();
        this.admits = admittedTypes == null ? null : new boolean[types.length];
        if (admits != null) {
            for (SubjectType t : types) {
                admits[t.ordinal()] = admittedTypes.admitted().contains(t.name());
            }
        }
        this.optionPoints = new int[criteria.length][];
        for (int i = 0; i < criteria.length; i++) {
            optionPoints[i] = java.util.Arrays.stream(options[i]).mapToInt(Option::points).toArray();
        }
        this.organisationIndex = new int[organisation.length];
        this.organisationFits = new boolean[organisation.length][][];
        for (int o = 0; o < organisation.length; o++) {
            Criterion c = organisation[o];
            int i = idx.get(c.code());
            organisationIndex[o] = i;
            io.github.ocop.core.model.OptionSubjectTypes map = c.subjectTypes().orElseThrow();
            organisationFits[o] = new boolean[options[i].length][types.length];
            for (int k = 0; k < options[i].length; k++) {
                java.util.Optional<java.util.Set<String>> named = map.typesOf(options[i][k].key());
                for (SubjectType t : types) {
                    organisationFits[o][k][t.ordinal()] = !map.maps(t.name()) || named.isEmpty()
                            || named.get().contains(t.name());
                }
            }
        }
        this.validCodes = String.join(", ", idx.keySet().stream().sorted(CompiledSheet::compareCodes).toList());
        for (int t = 0; t < triggered.length; t++) {
            var conditions = triggered[t].trigger().orElseThrow().anyOf();
            triggerCriterion[t] = new int[conditions.size()];
            for (int c = 0; c < conditions.size(); c++) {
                triggerCriterion[t][c] = indexOf(conditions.get(c).criterion());
            }
        }
    }

    /** {@return the index in {@link #scoreLines}[i] of the "none" answer} */
    int noneLine(int i) {
        return options[i].length;
    }

    /** {@return the index in {@link #scoreLines}[i] of "the criterion does not apply"} */
    int notApplicableLine(int i) {
        return options[i].length + 1;
    }

    /**
     * {@return a criterion's index in printed order, or -1 when the sheet has no such criterion}
     *
     * @param code a criterion code
     */
    int indexOf(String code) {
        return vocabulary.indexOf(code);
    }

    /** {@return the most slots a lookup of one of the sheet's codes visits: 1 when its hash is perfect} */
    int longestProbe() {
        return vocabulary.longestProbe();
    }

    private static void addSection(Section s, Map<String, Integer> idx, Map<String, int[]> out) {
        out.put(s.code(), s.allCriteria().mapToInt(c -> idx.get(c.code())).toArray());
        for (Section sub : s.sections()) {
            addSection(sub, idx, out);
        }
    }

    /** Orders codes like "1.2" < "1.10" < "2". */
    static int compareCodes(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = compareSegment(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int compareSegment(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
        if (na && nb && a.length() < 10 && b.length() < 10) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return a.compareTo(b);
    }

    /**
     * {@return the indexes in printed order, each condition's criterion first}
     *
     * @throws IllegalArgumentException when conditions form a cycle (a criterion that applies only when itself, or
     *                                  another criterion depending on it, applies)
     */
    private static int[] conditionOrder(ScoringSheet sheet, Criterion[] criteria, int[] conditionIndex) {
        int n = criteria.length;
        int[] order = new int[n];
        int[] state = new int[n]; // 0 unseen, 1 on the current chain, 2 placed
        int placed = 0;
        for (int start = 0; start < n; start++) {
            // the chain of conditions from start, back to a placed criterion or the first unconditional one
            List<Integer> chain = new ArrayList<>();
            for (int i = start; i >= 0 && state[i] != 2; i = conditionIndex[i]) {
                if (state[i] == 1) {
                    throw CoreMessages.refusal("scoring.conditionCycle", sheet.id(), chain.stream().map(k -> criteria[k].code()).toList());
                }
                state[i] = 1;
                chain.add(i);
            }
            for (int c = chain.size() - 1; c >= 0; c--) {
                state[chain.get(c)] = 2;
                order[placed++] = chain.get(c);
            }
        }
        return order;
    }
}
