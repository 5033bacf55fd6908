package io.github.ocop.core.scoring;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.Option;
import io.github.ocop.core.model.PartCode;
import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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
    private final RuleSet ruleSet;
    private final Map<String, CompiledSheet> sheets;

    private ScoringEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        Map<String, CompiledSheet> m = new LinkedHashMap<>();
        for (ScoringSheet s : ruleSet.sheets()) {
            m.put(s.id(), new CompiledSheet(s));
        }
        this.sheets = Map.copyOf(m);
    }

    /**
     * @param ruleSet the rule set to score against
     * @return an engine for it
     */
    public static ScoringEngine of(RuleSet ruleSet) {
        return new ScoringEngine(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** @return the rule set this engine scores against */
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
        CompiledSheet c = sheets.get(Objects.requireNonNull(sheetId, "sheetId"));
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
        Objects.requireNonNull(a, "assessment");
        List<Problem> problems = new ArrayList<>();
        if (!a.ruleSet().equals(ruleSet.id())) {
            problems.add(new Problem("$.ruleSet", "assessment is for rule set '" + a.ruleSet()
                    + "' but is being scored against '" + ruleSet.id() + "'"));
            throw new OcopInputException("assessment", problems);
        }
        CompiledSheet cs = sheets.get(a.sheet());
        if (cs == null) {
            problems.add(new Problem("$.sheet", unknownSheet(a.sheet())));
            throw new OcopInputException("assessment", problems);
        }
        checkSubgroup(a, cs, problems);
        Map<String, String> answers = a.answers();
        for (String code : answers.keySet()) {
            if (!cs.indexOf.containsKey(code)) {
                problems.add(new Problem(answerPath(code), "sheet " + cs.sheet.id() + " of " + ruleSet.id()
                        + " has no criterion '" + code + "' (expected one of " + cs.validCodes + ")"));
            }
        }
        int n = cs.criteria.length;
        Option[] chosen = new Option[n];
        String[] answer = new String[n];
        boolean[] valid = new boolean[n];
        for (int i = 0; i < n; i++) {
            Criterion c = cs.criteria[i];
            String key = answers.get(c.code());
            answer[i] = key;
            if (key == null) {
                continue;
            }
            if (Assessment.NONE.equals(key)) {
                if (c.acceptsNone()) {
                    valid[i] = true;
                } else {
                    problems.add(new Problem(answerPath(c.code()), "'none' is not accepted for criterion " + c.code()
                            + ", whose options start at 0 points (expected one of " + keys(c) + ")"));
                }
                continue;
            }
            Optional<Option> o = c.option(key);
            if (o.isPresent()) {
                chosen[i] = o.get();
                valid[i] = true;
            } else {
                problems.add(new Problem(answerPath(c.code()), "criterion " + c.code() + " has no option '" + key
                        + "' (expected one of " + keys(c) + ")"));
            }
        }
        boolean[] applicable = new boolean[n];
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int j = cs.conditionIndex[i];
            if (j < 0) {
                applicable[i] = true;
            } else if (valid[j]) {
                applicable[i] = chosen[j] != null
                        && cs.criteria[i].applicability().orElseThrow().anyOf().contains(chosen[j].key());
            } else {
                // the condition itself is unanswered or invalid (already reported): do not report this one too
                applicable[i] = answer[i] != null;
            }
            if (applicable[i] && answer[i] == null) {
                problems.add(new Problem("$.answers", "missing answer for criterion " + cs.criteria[i].code()
                        + " (" + cs.criteria[i].title() + "); expected one of " + keys(cs.criteria[i])));
            } else if (!applicable[i] && answer[i] != null) {
                warnings.add("answer '" + answer[i] + "' to criterion " + cs.criteria[i].code()
                        + " ignored: it applies only when " + cs.criteria[i].applicability().orElseThrow().text());
            }
        }
        List<KnockOut> kos = new ArrayList<>();
        for (int k = 0; k < a.knockOuts().size(); k++) {
            String id = a.knockOuts().get(k);
            Optional<KnockOut> ko = cs.sheet.knockOut(id);
            if (ko.isPresent()) {
                kos.add(ko.get());
            } else {
                problems.add(new Problem("$.knockOuts[" + k + "]", "sheet " + cs.sheet.id() + " has no knock-out '"
                        + id + "' (expected one of " + String.join(", ",
                        cs.sheet.knockOuts().stream().map(KnockOut::id).toList()) + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new OcopInputException("assessment", problems);
        }
        return tally(a, cs, chosen, answer, applicable, kos, warnings);
    }

    private ScoreCard tally(Assessment a, CompiledSheet cs, Option[] chosen, String[] answer, boolean[] applicable,
                            List<KnockOut> kos, List<String> warnings) {
        int n = cs.criteria.length;
        int[] points = new int[n];
        List<CriterionScore> scores = new ArrayList<>(n);
        EnumMap<PartCode, Integer> parts = new EnumMap<>(PartCode.class);
        for (PartCode p : PartCode.values()) {
            parts.put(p, 0);
        }
        int total = 0;
        for (int i = 0; i < n; i++) {
            points[i] = applicable[i] && chosen[i] != null ? chosen[i].points() : 0;
            total += points[i];
            parts.merge(cs.partOf[i], points[i], Integer::sum);
            scores.add(new CriterionScore(cs.criteria[i].code(), cs.partOf[i], applicable[i] ? answer[i] : null,
                    points[i], cs.criteria[i].maxPoints(), applicable[i]));
        }
        Map<String, Integer> sections = new LinkedHashMap<>();
        for (int s = 0; s < cs.sectionCodes.length; s++) {
            int sum = 0;
            for (int i : cs.sectionMembers[s]) {
                sum += points[i];
            }
            sections.put(cs.sectionCodes[s], sum);
        }
        List<UnmetMinimum> unmet = new ArrayList<>();
        int lowestUnmet = 6;
        for (int m = 0; m < cs.minima.size(); m++) {
            MinimumRequirement r = cs.minima.get(m);
            int i = cs.minimumIndex[m];
            if (points[i] < r.requiredPoints()) {
                unmet.add(new UnmetMinimum(r, applicable[i] ? answer[i] : null, points[i]));
                lowestUnmet = Math.min(lowestUnmet, r.requiredFor());
            }
        }
        int band = ruleSet.starRanking().starsFor(total);
        int stars = Math.max(1, Math.min(band, lowestUnmet - 1));
        return new ScoreCard(a, ruleSet.digest().orElse(null), scores, sections, parts, total, band, stars, unmet,
                kos, warnings);
    }

    private void checkSubgroup(Assessment a, CompiledSheet cs, List<Problem> problems) {
        Optional<String> sg = a.product().subgroupCode();
        if (sg.isEmpty()) {
            return;
        }
        Optional<ProductSubgroup> sub = ruleSet.taxonomy().subgroup(sg.get());
        if (sub.isEmpty()) {
            problems.add(new Problem("$.product.subgroup", "unknown subgroup '" + sg.get() + "' in rule set "
                    + ruleSet.id() + " (expected a code of its taxonomy, e.g. "
                    + ruleSet.taxonomy().allSubgroups().stream().limit(3).map(ProductSubgroup::code).toList() + ")"));
        } else if (!cs.sheet.id().equals(sub.get().sheetId())) {
            problems.add(new Problem("$.product.subgroup", "subgroup " + sg.get() + " (" + sub.get().title() + ") is "
                    + sub.get().sheet().map(s -> "scored on sheet " + s).orElse("not scored on any sheet of this rule set")
                    + ", not on sheet " + cs.sheet.id() + " (" + cs.sheet.title() + ")"));
        }
    }

    private static String answerPath(String code) {
        return "$.answers['" + code + "']";
    }

    private static String keys(Criterion c) {
        List<String> k = new ArrayList<>(c.options().stream().map(Option::key).toList());
        if (c.acceptsNone()) {
            k.add(Assessment.NONE);
        }
        return String.join(", ", k);
    }
}
