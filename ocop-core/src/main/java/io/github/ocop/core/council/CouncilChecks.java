package io.github.ocop.core.council;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.internal.CoreMessages;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checks of a council's input: enough members and no more than the council has, one id per member, one rule
 * set, sheet and product, and each member's assessment scores. Every problem is a coded message whose path names
 * the member ({@code $[2].sheet}).
 */
final class CouncilChecks {
    /** The source named by the exception: the council's input. */
    static final String SOURCE = "council";
    /** The fewest members whose assessments make a council's result. */
    static final int MIN_MEMBERS = 2;

    private CouncilChecks() {
    }

    /**
     * Checks the members' assessments and scores each.
     *
     * @return one score card per assessment, in the order given
     * @throws OcopInputException listing every problem found
     */
    static List<ScoreCard> scoreAll(ScoringEngine engine, List<Assessment> list, CouncilPolicy policy) {
        List<Problem> problems = new ArrayList<>();
        if (list.size() < MIN_MEMBERS) {
            problems.add(new Problem("$", list.size() == 1
                    ? CoreMessages.of("council.single", list.get(0).assessor())
                    : CoreMessages.of("council.tooFew", list.size())));
        }
        policy.councilSize().ifPresent(size -> {
            if (list.size() > size) {
                problems.add(new Problem("$", CoreMessages.of("council.tooMany", list.size(), size)));
            }
        });
        boolean sameSheet = consistent(engine, list, problems);
        List<ScoreCard> cards = new ArrayList<>();
        if (sameSheet) {
            for (int i = 0; i < list.size(); i++) {
                try {
                    cards.add(engine.score(list.get(i)));
                } catch (OcopInputException e) {
                    for (Problem p : e.problems()) {
                        problems.add(new Problem(member(i) + (p.path().startsWith("$") ? p.path().substring(1)
                                : " " + p.path()), p.detail()));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new OcopInputException(SOURCE, problems);
        }
        return cards;
    }

    static String member(int i) {
        return "$[" + i + "]";
    }

    /** Adds a problem per inconsistency; returns false when the members cannot be scored on one sheet. */
    private static boolean consistent(ScoringEngine engine, List<Assessment> list, List<Problem> problems) {
        boolean same = true;
        Map<String, Integer> seen = new LinkedHashMap<>();
        String refName = list.isEmpty() ? "" : Normalizer.normalize(list.get(0).product().name(), Normalizer.Form.NFC);
        Assessment ref = list.isEmpty() ? null : list.get(0);
        String expectedRuleSet = engine.ruleSet().id();
        for (int i = 0; i < list.size(); i++) {
            Assessment a = Objects.requireNonNull(list.get(i), "assessment");
            String at = member(i);
            if (a.assessor().isBlank()) {
                problems.add(new Problem(at + ".assessor", CoreMessages.of("council.blankAssessor")));
            } else {
                Integer j = seen.putIfAbsent(CouncilEvaluation.memberKey(a.assessor()), i);
                if (j != null) {
                    String other = list.get(j).assessor();
                    problems.add(new Problem(at + ".assessor", other.equals(a.assessor())
                            ? CoreMessages.of("council.repeatedAssessor", a.assessor(), member(j))
                            : CoreMessages.of("council.repeatedAssessorAs", a.assessor(), member(j), other)));
                }
            }
            if (!a.ruleSet().equals(ref.ruleSet())) {
                same = false;
                problems.add(new Problem(at + ".ruleSet", CoreMessages.of("council.ruleSetDiffers", a.ruleSet(),
                        ref.ruleSet(), member(0), ref.assessor())));
            } else if (!a.ruleSet().equals(expectedRuleSet)) {
                same = false;
                problems.add(new Problem(at + ".ruleSet", CoreMessages.of("council.ruleSetNotCouncils", a.ruleSet(),
                        expectedRuleSet)));
            }
            if (!a.sheet().equals(ref.sheet())) {
                same = false;
                problems.add(new Problem(at + ".sheet", CoreMessages.of("council.sheetDiffers", a.sheet(),
                        ref.sheet(), member(0), ref.assessor())));
            }
            Product p = a.product();
            Product r = ref.product();
            if (!Normalizer.normalize(p.name(), Normalizer.Form.NFC).equals(refName)) {
                problems.add(new Problem(at + ".product.name", CoreMessages.of("council.productDiffers", p.name(),
                        r.name(), member(0), ref.assessor())));
            }
            if (p.subgroup() != null && r.subgroup() != null && !p.subgroup().equals(r.subgroup())) {
                problems.add(new Problem(at + ".product.subgroup", CoreMessages.of("council.subgroupDiffers",
                        p.subgroup(), r.subgroup(), member(0))));
            }
            if (p.subject() != null && r.subject() != null && !p.subject().equals(r.subject())) {
                problems.add(new Problem(at + ".product.subject", CoreMessages.of("council.subjectDiffers",
                        p.subject().name(), r.subject().name(), member(0))));
            }
        }
        return same;
    }
}
