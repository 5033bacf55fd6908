package io.github.ocop.core.scoring;

import io.github.ocop.core.internal.AnswerVocabulary;
import io.github.ocop.core.internal.MissingSheet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.KnockOutTrigger;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.StarRanking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores assessments against one rule set (chấm điểm): sums the chosen options' points per criterion, section and
 * part, finds the points band, checks the star minima and applies knock-outs. Rank = the highest star whose band
 * holds the total and whose minima (the marks of that level and below) are all met; 1 and 2 stars have no minima.
 * Immutable and thread-safe; build one per rule set and reuse it.
 */
public final class ScoringEngine {
    private static final int GIVEN_NONE = AnswerVocabulary.NONE;
    private static final int GIVEN_INVALID = -2;
    /** The lowest unmet star level when every minimum is met: above the top rank, so it caps nothing. */
    private static final int NO_LEVEL_UNMET = StarRanking.MAX_STARS + 1;
    private static final int PART_COUNT = PartCode.values().length;
    private final RuleSet ruleSet;
    /** Compiled sheets by id; each sheet is compiled when first used (a command scoring one sheet compiles one, not
     * 26, and a compiled rule set decodes one). */
    private final java.util.concurrent.ConcurrentHashMap<String, CompiledSheet> compiledSheets =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The rule set's digest, or null: every score card names it. */
    private final String digest;

    private ScoringEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.digest = ruleSet.digest().orElse(null);
    }

    /** {@return the compiled sheet of that id, or null when the rule set has none (compiled once, on first use)} */
    private CompiledSheet sheet(String sheetId) {
        CompiledSheet c = compiledSheets.get(sheetId); // the path of every score: no lock
        return c != null ? c : compiledSheets.computeIfAbsent(sheetId, id -> ruleSet.sheet(id)
                .map(s -> new CompiledSheet(ruleSet.id(), s, admittedTypes(ruleSet, id))).orElse(null));
    }

    /**
     * {@return an engine for it}
     *
     * @param ruleSet the rule set to score against
     */
    public static ScoringEngine of(RuleSet ruleSet) {
        return new ScoringEngine(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** {@return the rule set this engine scores against} */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /**
     * The star minima printed on a sheet, in printed order.
     *
     * @param sheetId a sheet id of this rule set
     * @return the minima
     * @throws IllegalArgumentException when the sheet is unknown
     */
    public List<MinimumRequirement> minima(String sheetId) {
        return compiled(sheetId).minima;
    }

    private CompiledSheet compiled(String sheetId) {
        CompiledSheet c = sheet(Objects.requireNonNull(sheetId, "sheetId"));
        if (c == null) {
            throw new IllegalArgumentException(unknownSheet(sheetId));
        }
        return c;
    }

    private String unknownSheet(String sheetId) {
        return MissingSheet.explain(ruleSet, sheetId);
    }

    /**
     * Scores one assessment.
     *
     * @param a the assessment
     * @return its score card
     * @throws OcopInputException listing every problem (unknown rule set, sheet, criterion, option or knock-out,
     *                            missing answers, a product of another sheet's subgroup), each with its path
     */
    public ScoreCard score(Assessment a) {
        return score(prepare(a));
    }

    /**
     * Scores a prepared assessment into a full score card.
     *
     * @param p an assessment prepared by this engine
     * @return its score card
     * @throws IllegalArgumentException when another engine prepared it
     */
    public ScoreCard score(PreparedAssessment p) {
        return tally(own(p));
    }

    /**
     * The total and rank of a prepared assessment, without building a score card: the fast path for scoring the same
     * or many assessments repeatedly (what-if loops, planning, bulk re-ranking). Gives the same total, band and stars
     * as {@link #score(PreparedAssessment)}.
     *
     * @param p an assessment prepared by this engine
     * @return its total and rank
     * @throws IllegalArgumentException when another engine prepared it
     */
    public QuickScore quickScore(PreparedAssessment p) {
        own(p);
        int[] points = p.points;
        int total = 0;
        for (int v : points) {
            total += v;
        }
        int band = ruleSet.starRanking().starsFor(total);
        return new QuickScore(total, band, stars(p.sheet, points, band), p.knockOuts.isEmpty());
    }

    private PreparedAssessment own(PreparedAssessment p) {
        Objects.requireNonNull(p, "prepared");
        if (p.engine != this) {
            throw new IllegalArgumentException("the assessment was prepared by another engine (rule set "
                    + p.engine.ruleSet.id() + "); prepare it with this one");
        }
        return p;
    }

    /**
     * Checks an assessment against its sheet and resolves its answers, once; score it with
     * {@link #score(PreparedAssessment)} or {@link #quickScore(PreparedAssessment)}.
     *
     * @param a the assessment
     * @return the prepared assessment
     * @throws OcopInputException listing every problem, each with its path (as {@link #score(Assessment)})
     */
    public PreparedAssessment prepare(Assessment a) {
        Objects.requireNonNull(a, "assessment");
        Problems problems = new Problems();
        if (!a.ruleSet().equals(ruleSet.id())) {
            problems.add(new Problem("$.ruleSet", CoreMessages.of("scoring.wrongRuleSet", a.ruleSet(), ruleSet.id())));
            throw problems.exception();
        }
        CompiledSheet cs = sheet(a.sheet());
        if (cs == null) {
            problems.add(new Problem("$.sheet", MissingSheet.explanation(ruleSet, a.sheet())));
            throw problems.exception();
        }
        checkSubgroup(a, cs, problems);
        checkSubjectType(a, cs, problems);
        int n = cs.criteria.length;
        // the record's constructor keeps answers as arrays: read them directly (no entries, no lambda, no index)
        Answers answers = (Answers) a.answers();
        int answered = answers.size;
        // per criterion: 0 unanswered, k + 1 option k, GIVEN_NONE ("none", accepted), GIVEN_INVALID (reported)
        int[] given;
        boolean anyWrong = false;
        if (answers.resolvedBy == cs.vocabulary) {
            // resolved while reading by this very sheet's vocabulary: every code known and listed once, every key an
            // option or an accepted "none" (never changed after: read only below)
            given = answers.given;
        } else {
            given = new int[n];
            // resolve every answer first (each code once: the answers are a map), then report in the order given
            for (int e = 0; e < answered; e++) {
                int i = cs.indexOf(answers.code(e));
                if (i < 0) {
                    anyWrong = true;
                    continue;
                }
                int k = cs.vocabulary.option(i, answers.key(e));
                if (k >= 0) {
                    given[i] = k + 1;
                } else if (k == AnswerVocabulary.NONE) {
                    given[i] = GIVEN_NONE;
                } else {
                    given[i] = GIVEN_INVALID;
                    anyWrong = true;
                }
            }
        }
        checkOrganisationAnswer(a, cs, given, problems);
        for (int e = 0; anyWrong && e < answered; e++) {
            String code = answers.code(e);
            String key = answers.key(e);
            int i = cs.indexOf(code);
            if (i < 0) {
                if (problems.wanted()) {
                    problems.add(new Problem(answerPath(code), CoreMessages.of("scoring.unknownCriterion",
                            cs.sheet.id(), ruleSet.id(), code, cs.validCodes)));
                } else {
                    problems.skip();
                }
            } else if (given[i] == GIVEN_INVALID) {
                Criterion c = cs.criteria[i];
                problems.add(new Problem(answerPath(c.code()), !Assessment.NONE.equals(key)
                        ? CoreMessages.of("scoring.unknownOption", c.code(), key, keys(c))
                        : CoreMessages.of("scoring.noneNotAccepted", c.code(), keys(c))));
            }
        }
        int[] line = new int[n];
        int[] points = new int[n];
        List<String> warnings = List.of();
        // conditions are evaluated transitively: a criterion whose condition's criterion does not apply does not
        // apply either (the answer that would decide it is ignored)
        boolean[] applicable = new boolean[n];
        for (int o = 0; o < n; o++) {
            int i = cs.conditionOrder[o];
            int j = cs.conditionIndex[i];
            int g = given[i];
            boolean applies;
            if (j < 0) {
                applies = true;
            } else if (!applicable[j]) {
                applies = false;
            } else if (given[j] > 0) {
                applies = cs.appliesUnder[i][given[j] - 1];
            } else if (given[j] == GIVEN_NONE) {
                applies = false;
            } else {
                // the condition itself is unanswered or invalid (already reported): do not report this one too
                applies = g != 0;
            }
            applicable[i] = applies;
            if (!applies) {
                line[i] = cs.notApplicableLine(i);
                if (g != 0) {
                    if (warnings.isEmpty()) {
                        warnings = new ArrayList<>(2);
                    }
                    Criterion c = cs.criteria[i];
                    String key = g > 0 ? cs.options[i][g - 1].key() : g == GIVEN_NONE ? Assessment.NONE
                            : a.answers().get(c.code());
                    warnings.add("answer '" + key + "' to criterion " + c.code()
                            + " ignored: it applies only when " + c.applicability().orElseThrow().text());
                }
            } else if (g > 0) {
                line[i] = g - 1;
                points[i] = cs.optionPoints[i][g - 1];
            } else if (g == GIVEN_NONE) {
                line[i] = cs.noneLine(i);
            } else if (g == 0) {
                Criterion c = cs.criteria[i];
                problems.add(new Problem("$.answers", CoreMessages.of("scoring.missingAnswer", c.code(), CoreMessages.title(c.title()),
                        keys(c))));
            }
        }
        List<KnockOut> kos = List.of();
        if (!a.knockOuts().isEmpty()) {
            kos = new ArrayList<>(Math.min(a.knockOuts().size(), cs.sheet.knockOuts().size()));
            Map<String, Integer> listedAt = new HashMap<>();
            for (int k = 0; k < a.knockOuts().size(); k++) {
                String id = a.knockOuts().get(k);
                Optional<KnockOut> ko = cs.sheet.knockOut(id);
                Integer first = ko.isPresent() ? listedAt.putIfAbsent(id, k) : null;
                if (!problems.wanted() && (first != null || ko.isEmpty())) {
                    problems.skip();
                } else if (first != null) {
                    problems.add(new Problem("$.knockOuts[" + k + "]", CoreMessages.of("scoring.knockOutTwice", id,
                            "$.knockOuts[" + first + "]")));
                } else if (ko.isPresent()) {
                    kos.add(ko.get());
                } else {
                    problems.add(new Problem("$.knockOuts[" + k + "]", cs.sheet.knockOuts().isEmpty()
                            ? CoreMessages.of("scoring.noKnockOuts", cs.sheet.id(), id)
                            : CoreMessages.of("scoring.unknownKnockOut", cs.sheet.id(), id,
                            cs.sheet.knockOuts().stream().map(KnockOut::id).toList())));
                }
            }
        }
        List<DerivedKnockOut> derived = List.of();
        if (cs.triggered.length > 0) {
            for (int t = 0; t < cs.triggered.length; t++) {
                KnockOut ko = cs.triggered[t];
                List<KnockOutTrigger.AnswerCondition> conditions = ko.trigger().orElseThrow().anyOf();
                for (int ci = 0; ci < conditions.size(); ci++) {
                    KnockOutTrigger.AnswerCondition c = conditions.get(ci);
                    int i = cs.triggerCriterion[t][ci];
                    if (i < 0 || !applicable[i] || given[i] == 0 || given[i] == GIVEN_INVALID) {
                        continue;
                    }
                    String key = given[i] == GIVEN_NONE ? Assessment.NONE : cs.options[i][given[i] - 1].key();
                    if (c.options().contains(key)) {
                        if (derived.isEmpty()) {
                            derived = new ArrayList<>(2);
                        }
                        derived.add(new DerivedKnockOut(ko, c.criterion(), key));
                        if (!kos.contains(ko)) {
                            if (kos.isEmpty()) {
                                kos = new ArrayList<>(2);
                            }
                            kos.add(ko);
                        }
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return new PreparedAssessment(this, cs, a, line, points, kos, derived, warnings);
    }

    private ScoreCard tally(PreparedAssessment p) {
        CompiledSheet cs = p.sheet;
        int[] points = p.points;
        int total = 0;
        int[] partPoints = new int[PART_COUNT];
        int[] partIndex = cs.partIndex;
        for (int i = 0; i < points.length; i++) {
            total += points[i];
            partPoints[partIndex[i]] += points[i];
        }
        int band = ruleSet.starRanking().starsFor(total);
        int stars = stars(cs, points, band);
        return new ScoreCard(p, digest, partPoints, total, band, stars);
    }

    /**
     * The rank before knock-outs: the points band, capped below the lowest star level whose minimum is unmet
     * (1 and 2 stars have no minima, so at least 1).
     */
    private static int stars(CompiledSheet cs, int[] points, int band) {
        int lowestUnmet = NO_LEVEL_UNMET;
        int[] idx = cs.minimumIndex;
        int[] required = cs.minimumPoints;
        int[] level = cs.minimumLevel;
        for (int m = 0; m < idx.length; m++) {
            if (points[idx[m]] < required[m] && level[m] < lowestUnmet) {
                lowestUnmet = level[m];
            }
        }
        return StarRanking.rank(band, lowestUnmet);
    }

    /**
     * The subject types the groups scored on a sheet admit (Điều 2 khoản 3 of QĐ 26/2026, as the file states it), or
     * null when a group of the sheet states none.
     */
    private static io.github.ocop.core.model.SubjectTypes admittedTypes(RuleSet ruleSet, String sheetId) {
        java.util.Set<String> admitted = new java.util.TreeSet<>();
        String citation = null;
        boolean any = false;
        for (io.github.ocop.core.model.ProductGroup g : ruleSet.taxonomy().groups()) {
            boolean scoresHere = g.categories().stream().flatMap(c -> c.subgroups().stream())
                    .anyMatch(sg -> sheetId.equals(sg.sheetId()));
            if (!scoresHere) {
                continue;
            }
            if (g.subjectTypes().isEmpty()) {
                return null;
            }
            any = true;
            admitted.addAll(g.subjectTypes().get().admitted());
            citation = g.subjectTypes().get().citation();
        }
        return any ? new io.github.ocop.core.model.SubjectTypes(admitted, citation) : null;
    }

    private void checkSubjectType(Assessment a, CompiledSheet cs, Problems problems) {
        if (cs.admittedTypes == null || a.product().subject() == null || a.product().subject().type() == null) {
            return;
        }
        SubjectType type = a.product().subject().type();
        if (!cs.admits[type.ordinal()]) {
            problems.add(new Problem("$.product.subject.type", CoreMessages.of("scoring.subjectType", type,
                    cs.sheet.id(), CoreMessages.title(cs.sheet.title()), ruleSet.id(), java.util.Arrays.stream(SubjectType.values())
                    .filter(t -> cs.admittedTypes.admitted().contains(t.name())).toList(),
                    cs.admittedTypes.citation())));
        }
    }

    /**
     * The declared subject type and the answer to the criterion on the type of organisation must agree, as the rule
     * set file maps its options ({@code criteria[].subjectTypes}); a type no option names is not checked.
     */
    private void checkOrganisationAnswer(Assessment a, CompiledSheet cs, int[] given, Problems problems) {
        if (cs.organisation.length == 0 || a.product().subject() == null || a.product().subject().type() == null) {
            return;
        }
        SubjectType type = a.product().subject().type();
        int typeIndex = type.ordinal();
        for (int o = 0; o < cs.organisation.length; o++) {
            // only a printed option names subject types: unanswered, "none" or an unknown key is not checked here
            int i = cs.organisationIndex[o];
            int g = given[i];
            if (g <= 0 || cs.organisationFits[o][g - 1][typeIndex]) {
                continue;
            }
            io.github.ocop.core.model.Criterion c = cs.organisation[o];
            io.github.ocop.core.model.OptionSubjectTypes map = c.subjectTypes().orElseThrow();
            String key = cs.options[i][g - 1].key();
            java.util.Set<String> named = map.typesOf(key).orElseThrow();
            String fits = map.byOption().entrySet().stream().filter(e -> e.getValue().contains(type.name()))
                    .map(java.util.Map.Entry::getKey).sorted().collect(java.util.stream.Collectors.joining(", "));
            String text = c.option(key).get().text();
            problems.add(new Problem(answerPath(c.code()), CoreMessages.of("scoring.organisationAnswer",
                    type, key, c.code(), CoreMessages.title(c.title()), java.util.Arrays.stream(SubjectType.values())
                            .filter(t -> named.contains(t.name())).toList(), text,
                    fits, map.citation())));
        }
    }

    private void checkSubgroup(Assessment a, CompiledSheet cs, Problems problems) {
        Optional<String> sg = Optional.ofNullable(a.product().subgroup());
        if (sg.isEmpty()) {
            return;
        }
        Optional<ProductSubgroup> sub = ruleSet.taxonomy().subgroup(sg.get());
        if (sub.isEmpty()) {
            problems.add(new Problem("$.product.subgroup", CoreMessages.of("scoring.unknownSubgroup", sg.get(),
                    ruleSet.id(), ruleSet.taxonomy().allSubgroups().stream().limit(3).map(ProductSubgroup::code)
                    .toList())));
        } else if (!cs.sheet.id().equals(sub.get().sheetId())) {
            problems.add(new Problem("$.product.subgroup", sub.get().sheet()
                    .map(s -> CoreMessages.of("scoring.subgroupOnSheet", sg.get(), CoreMessages.title(sub.get().title()), s,
                            cs.sheet.id(), CoreMessages.title(cs.sheet.title())))
                    .orElseGet(() -> CoreMessages.of("scoring.subgroupNoSheet", sg.get(), CoreMessages.title(sub.get().title()),
                            cs.sheet.id(), CoreMessages.title(cs.sheet.title())))));
        }
    }

    private static String answerPath(String code) {
        return "$.answers['" + code + "']";
    }

    private static List<String> keys(Criterion c) {
        List<String> k = new ArrayList<>(c.options().stream().map(Option::key).toList());
        if (c.acceptsNone()) {
            k.add(Assessment.NONE);
        }
        return k;
    }

    /** The problems of one assessment: the first {@link OcopInputException#MAX_LISTED} kept, the rest counted. */
    private static final class Problems {
        private final List<Problem> listed = new ArrayList<>();
        private long unlisted;

        /** {@return whether another problem would be listed (else {@link #add} only counts it)} */
        boolean wanted() {
            return listed.size() < OcopInputException.MAX_LISTED;
        }

        void skip() {
            unlisted++;
        }

        void add(Problem p) {
            if (wanted()) {
                listed.add(p);
            } else {
                unlisted++;
            }
        }

        boolean isEmpty() {
            return listed.isEmpty();
        }

        OcopInputException exception() {
            return new OcopInputException("assessment", listed, unlisted, null);
        }
    }
}
