package io.github.ocop.core.history;

import io.github.ocop.core.model.Amendment;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.RuleSet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of the OCOP rules (lịch sử các bộ tiêu chí), oldest first, derived from the rule sets' instrument data:
 * each decision with its dates, each amendment ({@code amendedBy}), and what superseded what (the inverse of each
 * instrument's {@code replaces}). An amendment is taken to be in force from its signing date until the decision it
 * amends ends (or, if that decision is still in force, until an instrument naming the amendment in {@code replaces}
 * takes effect) (QĐ 781/QĐ-TTg took effect on
 * 08/06/2020, notes 1048 §1; QĐ 1489/QĐ-TTg applies from 06/07/2025, process versions). Like java.time's
 * {@code ZoneRulesProvider.getVersions}. Immutable and thread-safe.
 */
public final class RuleSetHistory {
    private final List<RuleVersion> versions;

    private RuleSetHistory(List<RuleVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    /**
     * {@return the history of some rule sets}
     *
     * @param ruleSets the rule sets (e.g. every one of a registry); ids must be distinct
     * @throws IllegalArgumentException when two rule sets share an id or an instrument number
     */
    public static RuleSetHistory of(Collection<RuleSet> ruleSets) {
        Objects.requireNonNull(ruleSets, "ruleSets");
        Map<String, RuleSet> byNumber = new LinkedHashMap<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (RuleSet r : ruleSets) {
            Objects.requireNonNull(r, "rule set");
            if (ids.put(r.id(), r.id()) != null) {
                throw new IllegalArgumentException("two rule sets with id " + r.id());
            }
            if (byNumber.put(r.instrument().number(), r) != null) {
                throw new IllegalArgumentException("two rule sets encode " + r.instrument().number());
            }
        }
        Map<String, RuleSet> replacedBy = new LinkedHashMap<>();
        for (RuleSet r : ruleSets) {
            for (String n : r.instrument().replaces()) {
                replacedBy.putIfAbsent(n, r);
            }
        }
        List<RuleVersion> out = new ArrayList<>();
        for (RuleSet r : ruleSets) {
            LegalInstrument in = r.instrument();
            String successor = Optional.ofNullable(replacedBy.get(in.number())).map(s -> s.instrument().number())
                    .orElse(null);
            out.add(new RuleVersion(RuleVersion.Kind.DECISION, r.id(), in.number(), in.signed(), in.effectiveFrom(),
                    in.effectiveUntil(), null, in.replaces(), successor, r.title()));
            for (Amendment a : in.amendedBy()) {
                RuleSet amendmentSuccessor = replacedBy.get(a.number());
                String by = amendmentSuccessor != null ? amendmentSuccessor.instrument().number() : successor;
                // an amendment ends with the decision it amends (781 with 1048, 1489 with 148)
                LocalDate until = in.effectiveUntil() != null || amendmentSuccessor == null ? in.effectiveUntil()
                        : amendmentSuccessor.instrument().effectiveFrom().minusDays(1);
                out.add(new RuleVersion(RuleVersion.Kind.AMENDMENT, r.id(), a.number(), a.signed(), a.signed(),
                        until, in.number(), List.of(), by, a.note()));
            }
        }
        out.sort(Comparator.comparing(RuleVersion::effectiveFrom).thenComparing(RuleVersion::number));
        return new RuleSetHistory(out);
    }

    /** {@return every version, by effective date} */
    public List<RuleVersion> versions() {
        return versions;
    }

    /**
     * {@return the version an instrument number issued, if known}
     *
     * @param number an instrument number, e.g. {@code "1489/QĐ-TTg"}
     */
    public Optional<RuleVersion> version(String number) {
        Objects.requireNonNull(number, "number");
        return versions.stream().filter(v -> v.number().equals(number)).findFirst();
    }

    /**
     * {@return the versions in force on it (decisions and amendments; two decisions during the 26/2026 transition)}
     *
     * @param date a date
     */
    public List<RuleVersion> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return versions.stream().filter(v -> v.inForceOn(date)).toList();
    }
}
