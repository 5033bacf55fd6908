package io.github.ocop.core.internal;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.model.LegalInstrument;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopArgumentException;
import io.github.ocop.core.text.Message;

import java.time.LocalDate;
import java.util.Objects;

/** The check that a date falls in the period a rule set is in force, refused in words of either language. */
public final class InForce {
    private InForce() {
    }

    /**
     * Returns {@code date} if the rule set is in force on it.
     *
     * @param ruleSet the rule set
     * @param date    the date
     * @param what    what the date is, in words (e.g. {@code CoreMessages.of("date.issue")})
     * @return {@code date}
     * @throws OcopArgumentException naming the rule set, the period it is in force and the date
     */
    public static LocalDate require(RuleSet ruleSet, LocalDate date, Message what) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(what, "what");
        LegalInstrument i = ruleSet.instrument();
        if (!i.isInForceOn(date)) {
            throw CoreMessages.refusal("model.notInForce", ruleSet.id(), period(i), what, date);
        }
        return date;
    }

    /**
     * {@return the period an instrument is in force, in words of either language: "from ..." or "from ... to ..."}
     *
     * @param i a legal instrument
     */
    public static Message period(LegalInstrument i) {
        return i.effectiveUntil() == null ? CoreMessages.of("model.periodFrom", i.effectiveFrom())
                : CoreMessages.of("model.periodFromTo", i.effectiveFrom(), i.effectiveUntil());
    }
}
