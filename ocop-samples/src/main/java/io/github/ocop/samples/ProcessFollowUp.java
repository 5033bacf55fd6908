package io.github.ocop.samples;

import io.github.ocop.core.model.CitedStatement;
import io.github.ocop.core.model.EvaluationLevel;
import io.github.ocop.core.model.ReEvaluationRules;
import io.github.ocop.core.model.ReEvaluationRules.SiteVisitGround;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.SupervisionRules;
import io.github.ocop.core.process.AfterCertification;
import io.github.ocop.core.process.ReEvaluationConduct;
import io.github.ocop.core.process.WorkingDayDue;
import io.github.ocop.core.text.Messages;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The process facts a clerk reads next to a certificate or a dossier list (QĐ 26/2026 Điều 7 khoản 2 and 6, Điều 8,
 * Điều 9): the re-evaluation's mode and site visit, supervision, revocation, and a working-day due date, as text
 * lines and as JSON members. Kept apart from the commands so their own wording stays theirs.
 */
final class ProcessFollowUp {
    private ProcessFollowUp() {
    }

    static Set<SiteVisitGround> facts(boolean majorChange, boolean unclearEvidence) {
        Set<SiteVisitGround> s = EnumSet.noneOf(SiteVisitGround.class);
        if (majorChange) {
            s.add(SiteVisitGround.MAJOR_SCALE_CHANGE);
        }
        if (unclearEvidence) {
            s.add(SiteVisitGround.UNCLEAR_EVIDENCE);
        }
        return s;
    }

    /** The re-evaluation at each level up to the one that certifies the rank (a 5-star product also goes central). */
    static List<ReEvaluationConduct> reEvaluation(RuleSet rules, int stars, Set<SiteVisitGround> facts) {
        int top = rules.process().versions().stream().flatMap(v -> v.levels().stream())
                .filter(a -> a.certifiedStars().contains(stars)).mapToInt(a -> a.level().ordinal()).max()
                .orElse(EvaluationLevel.values().length - 1);
        List<ReEvaluationConduct> out = new ArrayList<>();
        for (ReEvaluationRules.Level l : rules.process().reEvaluation().map(ReEvaluationRules::levels)
                .orElse(List.of())) {
            if (l.level().ordinal() <= top) {
                ReEvaluationConduct.of(rules, l.level(), facts).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Prints the re-evaluation, supervision and revocation sections of the certificate text. */
    static void printAfterCertificate(PrintWriter out, Locale locale, RuleSet rules, int stars,
            Set<SiteVisitGround> facts) {
        List<ReEvaluationConduct> re = reEvaluation(rules, stars, facts);
        if (!re.isEmpty()) {
            out.println("  " + CliMessages.text(locale, "followUp.reEvaluation", rules.id()));
            re.forEach(c -> c.lines(locale).forEach(l -> out.println("    - " + l)));
        }
        AfterCertification a = AfterCertification.of(rules, stars);
        out.println("  " + CliMessages.text(locale, "followUp.supervision", rules.id()));
        a.supervisionLines(locale).forEach(l -> out.println("    - " + l));
        out.println("  " + CliMessages.text(locale, "followUp.revocation", rules.id()));
        a.revocationLines(locale).forEach(l -> out.println("    - " + l));
    }

    /** Prints the re-evaluation at every level the rule set names (the rank is not known). */
    static void printReEvaluation(PrintWriter out, Locale locale, RuleSet rules, Set<SiteVisitGround> facts) {
        List<ReEvaluationConduct> re = reEvaluation(rules, 5, facts);
        if (re.isEmpty()) {
            return;
        }
        out.println(CliMessages.text(locale, "followUp.reEvaluation", rules.id()));
        re.forEach(c -> c.lines(locale).forEach(l -> out.println("  - " + l)));
    }

    /** The re-evaluation at every level as the JSON member {@code reEvaluationConduct}. */
    static void putReEvaluation(Map<String, Object> m, RuleSet rules, Set<SiteVisitGround> facts) {
        m.put("reEvaluationConduct", conduct(reEvaluation(rules, 5, facts)));
    }

    private static List<Object> conduct(List<ReEvaluationConduct> list) {
        List<Object> re = new ArrayList<>();
        for (ReEvaluationConduct c : list) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("level", c.level().name());
            r.put("mode", c.mode().name());
            r.put("siteVisit", c.siteVisit());
            r.put("siteVisitBy", c.siteVisitBy().id());
            r.put("siteVisitGrounds", c.groundsFound().stream().sorted().map(Enum::name).toList());
            r.put("citations", c.citations());
            re.add(r);
        }
        return re;
    }

    /** The same sections as JSON members. */
    static void putAfterCertificate(Map<String, Object> m, RuleSet rules, int stars, Set<SiteVisitGround> facts) {
        m.put("reEvaluationConduct", conduct(reEvaluation(rules, stars, facts)));
        m.put("rulesAfterCertification", rules.id());
        AfterCertification a = AfterCertification.of(rules, stars);
        List<Object> sup = new ArrayList<>();
        for (SupervisionRules.Duty d : a.supervisors()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("body", d.body().id());
            s.put("whenNeeded", !d.stars().contains(stars));
            s.put("citation", d.statement().citation());
            sup.add(s);
        }
        m.put("supervision", sup);
        if (a.revokedBy().isPresent() && a.revocation().isPresent()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("revokedBy", a.revokedBy().get().id());
            r.put("deadlineDays", a.revocation().get().deadlineDays());
            r.put("procedure", statements(a.revocation().get().procedure()));
            r.put("requesters", statements(a.revocation().get().requesters()));
            m.put("revocation", r);
        } else {
            m.put("revocation", null);
        }
    }

    private static List<Object> statements(List<CitedStatement> list) {
        List<Object> out = new ArrayList<>();
        for (CitedStatement c : list) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("vi", c.vietnamese());
            s.put("en", c.english());
            s.put("citation", c.citation());
            out.add(s);
        }
        return out;
    }

    /** A working-day due date as JSON. */
    static Map<String, Object> due(WorkingDayDue d, EvaluationLevel level, List<String> citations) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", level.name());
        m.put("received", d.event().toString());
        m.put("workingDays", d.workingDays());
        m.put("status", d.status().name());
        m.put("due", d.due().map(Object::toString).orElse(null));
        m.put("earliest", d.earliest().map(Object::toString).orElse(null));
        m.put("unsettledDays", d.unsettledDays().stream().map(Object::toString).toList());
        m.put("missingYear", d.missingYear().isPresent() ? d.missingYear().getAsInt() : null);
        m.put("holidaySources", d.sources(Messages.VIETNAMESE));
        m.put("citations", citations);
        return m;
    }
}
