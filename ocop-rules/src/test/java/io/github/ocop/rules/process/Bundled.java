package io.github.ocop.rules.process;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSets;

/** The bundled rule sets the process tests read their facts from. */
final class Bundled {
    static final RuleSets STANDARD = RuleSets.standard();
    static final RuleSet QD1048 = STANDARD.get("qd-1048-2019");
    static final RuleSet QD148 = STANDARD.get("qd-148-2023");
    static final RuleSet QD26 = STANDARD.get("qd-26-2026");

    private Bundled() {
    }
}
