package io.github.ocop.core.process;

import io.github.ocop.core.model.CitedStatement;
import io.github.ocop.core.model.Decider;
import io.github.ocop.core.model.RevocationRules;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.SupervisionRules;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What follows the certification of a product of one rank under a rule set: who inspects and supervises it (e.g.
 * QĐ 26/2026 Điều 9) and how its certificate would be revoked, by whom, within what time and at whose request
 * (Điều 8 khoản 2-4, Điều 10 khoản 1 điểm b), from {@code process.supervision} and {@code process.revocation}.
 * Immutable and thread-safe.
 *
 * @param ruleSetId the rule set
 * @param stars the certified rank
 * @param supervisors the supervising duties that cover the rank, in printed order (empty if the rules say none)
 * @param supervisionContents what supervision checks
 * @param revokedBy who revokes a certificate of the rank, if the rules say
 * @param revocation the revocation rules, if any
 */
public record AfterCertification(String ruleSetId, int stars, List<SupervisionRules.Duty> supervisors,
        List<CitedStatement> supervisionContents, Optional<Decider> revokedBy, Optional<RevocationRules> revocation) {

    /**
     * Validates and copies.
     *
     * @param ruleSetId the rule set
     * @param stars the certified rank, 1 to 5
     * @param supervisors the duties covering the rank
     * @param supervisionContents what supervision checks
     * @param revokedBy who revokes the rank
     * @param revocation the revocation rules
     */
    public AfterCertification {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        if (stars < 1 || stars > 5) {
            throw CoreMessages.refusal("process.starsRange", stars);
        }
        supervisors = List.copyOf(Objects.requireNonNull(supervisors, "supervisors"));
        supervisionContents = List.copyOf(Objects.requireNonNull(supervisionContents, "supervisionContents"));
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(revocation, "revocation");
    }

    /**
     * What follows the certification of a rank under a rule set.
     *
     * @param rules the rule set in force (for a certificate already issued: the one in force now)
     * @param stars the certified rank
     * @return the supervision and revocation facts; parts the rules do not state are empty
     */
    public static AfterCertification of(RuleSet rules, int stars) {
        Objects.requireNonNull(rules, "rules");
        Optional<SupervisionRules> s = rules.process().supervision();
        Optional<RevocationRules> r = rules.process().revocation();
        return new AfterCertification(rules.id(), stars, s.map(x -> x.dutiesFor(stars)).orElse(List.of()),
                s.map(SupervisionRules::contents).orElse(List.of()),
                r.flatMap(x -> Optional.ofNullable(x.deciders().get(stars))), r);
    }

    /**
     * {@return the supervision lines a clerk reads, in a language; one line saying the rules are silent if they are}
     *
     * @param locale the language (Vietnamese unless English)
     */
    public List<String> supervisionLines(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean en = Messages.english(locale);
        List<String> out = new ArrayList<>();
        if (supervisors.isEmpty()) {
            out.add(CoreMessages.BUNDLE.format(locale, "afterCertification.noSupervision", ruleSetId));
            return out;
        }
        for (SupervisionRules.Duty d : supervisors) {
            String body = d.body().format(locale);
            String key = d.stars().contains(stars) ? "afterCertification.supervisedBy"
                    : "afterCertification.supervisedWhenNeededBy";
            out.add(CoreMessages.BUNDLE.format(locale, key, body, d.statement().citation()));
        }
        for (CitedStatement c : supervisionContents) {
            out.add(CoreMessages.BUNDLE.format(locale, "afterCertification.checks",
                    en ? c.english() : c.vietnamese(), c.citation()));
        }
        return out;
    }

    /**
     * {@return the revocation lines a clerk reads, in a language: who revokes, the steps, who may request it}
     *
     * @param locale the language (Vietnamese unless English)
     */
    public List<String> revocationLines(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean en = Messages.english(locale);
        List<String> out = new ArrayList<>();
        if (revocation.isEmpty() || revokedBy.isEmpty()) {
            out.add(CoreMessages.BUNDLE.format(locale, "afterCertification.noRevocation", ruleSetId, stars));
            return out;
        }
        RevocationRules r = revocation.get();
        List<String> cites = new ArrayList<>(r.citations().getOrDefault(stars, List.of()));
        cites.addAll(r.citations().getOrDefault(0, List.of()));
        out.add(CoreMessages.BUNDLE.format(locale, "afterCertification.revokedBy",
                revokedBy.get().format(locale), r.deadlineDays(),
                String.join("; ", cites)));
        int n = 1;
        for (CitedStatement c : r.procedure()) {
            out.add(CoreMessages.BUNDLE.format(locale, "afterCertification.step", n++,
                    en ? c.english() : c.vietnamese(), c.citation()));
        }
        for (CitedStatement c : r.requesters()) {
            out.add(CoreMessages.BUNDLE.format(locale, "afterCertification.requester",
                    en ? c.english() : c.vietnamese(), c.citation()));
        }
        return out;
    }
}
