package io.github.ocop.core.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the OCOP rules (phiên bản quy định): a decision that issues a rule set or an amendment of one, with
 * its dates and what it replaced and was superseded by. Immutable and thread-safe.
 *
 * @param kind           a decision or an amendment
 * @param ruleSetId      the rule set the decision issues, or the one the amendment changes
 * @param number         the instrument's number, e.g. {@code "781/QĐ-TTg"}
 * @param signed         the signing date
 * @param effectiveFrom  the first day in force (an amendment: its signing date, see {@link RuleSetHistory})
 * @param effectiveUntil the last day in force, or null while in force
 * @param amends         for an amendment, the number of the decision it amends; otherwise null
 * @param replaces       the numbers of the instruments it replaces (from the rule set's instrument data)
 * @param supersededBy   the number of the instrument that replaced it, or null
 * @param note           what it did (free text, may be empty)
 */
public record RuleVersion(Kind kind, String ruleSetId, String number, LocalDate signed, LocalDate effectiveFrom,
                          LocalDate effectiveUntil, String amends, List<String> replaces, String supersededBy,
                          String note) {
    /** What kind of instrument a version is. */
    public enum Kind {
        /** A decision issuing a rule set (quyết định ban hành bộ tiêu chí). */
        DECISION,
        /** A decision amending one (quyết định sửa đổi, bổ sung). */
        AMENDMENT
    }

    /**
     * Validates and copies the components.
     *
     * @param kind           a decision or an amendment
     * @param ruleSetId      the rule set the decision issues, or the one the amendment changes
     * @param number         the instrument's number, e.g. {@code "781/QĐ-TTg"}
     * @param signed         the signing date
     * @param effectiveFrom  the first day in force (an amendment: its signing date, see {@link RuleSetHistory})
     * @param effectiveUntil the last day in force, or null while in force
     * @param amends         for an amendment, the number of the decision it amends; otherwise null
     * @param replaces       the numbers of the instruments it replaces (from the rule set's instrument data)
     * @param supersededBy   the number of the instrument that replaced it, or null
     * @param note           what it did (free text, may be empty)
     */
    public RuleVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        replaces = List.copyOf(Objects.requireNonNull(replaces, "replaces"));
        Objects.requireNonNull(note, "note");
        if ((kind == Kind.AMENDMENT) != (amends != null)) {
            throw new IllegalArgumentException(number + ": an amendment, and only an amendment, names what it amends");
        }
    }

    /** {@return the last day in force, if it has ended} */
    public Optional<LocalDate> until() {
        return Optional.ofNullable(effectiveUntil);
    }

    /** {@return the instrument that replaced it, if any} */
    public Optional<String> superseded() {
        return Optional.ofNullable(supersededBy);
    }

    /**
     * Tells whether this version is in force on a day.
     *
     * @param date the day
     * @return whether it is in force on {@code date}
     */
    public boolean inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }
}
