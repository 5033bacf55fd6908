package io.github.ocop.core.process;

import io.github.ocop.core.model.CitedStatement;
import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.ReEvaluationRules.CouncilMode;
import io.github.ocop.core.model.ReEvaluationRules.SiteVisitGround;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.internal.CoreMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one level re-evaluates a product given the facts of the case (e.g. QĐ 26/2026 Điều 7 khoản 6 điểm c-e): the
 * council's mode (by written opinion unless opinions differ), and whether a site visit is due because of a fact the
 * rules name (a major change in the scale of production, unclear evidence), from the rule set's
 * {@code process.reEvaluation}. Immutable and thread-safe.
 *
 * @param ruleSetId the rule set
 * @param level the level
 * @param mode how the council decides
 * @param meetingWhen when it meets instead, if the rules say
 * @param groundsFound the facts of the case that call for the site visit (empty when none is due)
 * @param siteVisitBy who organises a site visit
 * @param siteVisitGrounds every fact that would call for one
 * @param citations where it is written
 */
public record ReEvaluationConduct(String ruleSetId, EvaluationLevel level, CouncilMode mode,
        Optional<CitedStatement> meetingWhen, Set<SiteVisitGround> groundsFound,
        Decider siteVisitBy, Set<SiteVisitGround> siteVisitGrounds, List<String> citations) {

    /**
     * Validates and copies.
     *
     * @param ruleSetId the rule set
     * @param level the level
     * @param mode how the council decides
     * @param meetingWhen when it meets instead
     * @param groundsFound the facts calling for it
     * @param siteVisitBy who organises it
     * @param siteVisitGrounds every fact that would call for one
     * @param citations where it is written
     */
    public ReEvaluationConduct {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(meetingWhen, "meetingWhen");
        groundsFound = Set.copyOf(Objects.requireNonNull(groundsFound, "groundsFound"));
        Objects.requireNonNull(siteVisitBy, "siteVisitBy");
        siteVisitGrounds = Set.copyOf(Objects.requireNonNull(siteVisitGrounds, "siteVisitGrounds"));
        citations = List.copyOf(Objects.requireNonNull(citations, "citations"));
    }

    /** {@return whether a site visit is due: exactly when a fact of the case calls for one} */
    public boolean siteVisit() {
        return !groundsFound.isEmpty();
    }

    /**
     * The conduct of a re-evaluation at one level.
     *
     * @param rules the rule set governing the re-evaluation
     * @param level the level re-evaluating
     * @param facts the facts of the case among those the rules name (empty: no major change, clear evidence)
     * @return the conduct, or empty if the rule set says nothing of re-evaluating at that level
     */
    public static Optional<ReEvaluationConduct> of(RuleSet rules, EvaluationLevel level, Set<SiteVisitGround> facts) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(facts, "facts");
        return rules.process().reEvaluation().flatMap(r -> r.level(level)).map(l -> {
            Set<SiteVisitGround> found = facts.stream().filter(l.siteVisitGrounds()::contains).collect(
                    java.util.stream.Collectors.toUnmodifiableSet());
            return new ReEvaluationConduct(rules.id(), level, l.mode(), l.meetingWhen(), found, l.siteVisitBy(),
                    l.siteVisitGrounds(), l.citations());
        });
    }

    /**
     * {@return the conduct in lines a clerk reads, in a language: the council's mode and the site visit}
     *
     * @param locale the language (Vietnamese unless English)
     */
    public List<String> lines(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean en = io.github.ocop.core.text.Messages.english(locale);
        List<String> out = new ArrayList<>();
        String levelName = level.format(locale);
        String modeKey = mode == CouncilMode.WRITTEN_OPINION ? "reEvaluation.writtenOpinion" : "reEvaluation.meeting";
        out.add(CoreMessages.BUNDLE.format(locale, modeKey, levelName, String.join("; ", citations)));
        meetingWhen.ifPresent(m -> out.add(CoreMessages.BUNDLE.format(locale, "reEvaluation.meetingWhen",
                en ? m.english() : m.vietnamese(), m.citation())));
        String by = siteVisitBy.format(locale);
        if (siteVisit()) {
            out.add(CoreMessages.BUNDLE.format(locale, "reEvaluation.siteVisitDue", by,
                    groundsFound.stream().sorted().map(g -> ground(locale, g)).toList()));
        } else {
            out.add(CoreMessages.BUNDLE.format(locale, "reEvaluation.noSiteVisit",
                    siteVisitGrounds.stream().sorted().map(g -> ground(locale, g)).toList(), by));
        }
        return out;
    }

    private static String ground(Locale locale, SiteVisitGround g) {
        return CoreMessages.BUNDLE.format(locale, switch (g) {
            case MAJOR_SCALE_CHANGE -> "reEvaluation.ground.majorScaleChange";
            case UNCLEAR_EVIDENCE -> "reEvaluation.ground.unclearEvidence";
        });
    }
}
