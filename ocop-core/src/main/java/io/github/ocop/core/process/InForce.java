package io.github.ocop.core.process;

import io.github.ocop.core.model.RuleSet;
import java.time.LocalDate;
import java.util.Objects;

/** Checks that a date falls in the period a rule set is in force ({@code instrument.effectiveFrom/Until}). */
final class InForce {
    private InForce() {
    }

    static LocalDate require(RuleSet ruleSet, LocalDate date, String what) {
        Objects.requireNonNull(date, "date");
        if (!ruleSet.instrument().isInForceOn(date)) {
            throw new IllegalArgumentException("rule set " + ruleSet.id() + " is in force "
                    + ruleSet.instrument().describePeriod() + "; the " + what + " " + date + " is outside it");
        }
        return date;
    }
}
