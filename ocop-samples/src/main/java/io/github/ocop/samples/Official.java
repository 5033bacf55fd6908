package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSets;

/** The notice printed with every output of a rule set that is not one of the bundled, official ones. */
final class Official {
    private Official() {
    }

    /**
     * @param rules a rule set
     * @return an empty string for an official rule set, else a notice line ending with a line break
     */
    static String notice(RuleSet rules) {
        return RuleSets.isOfficial(rules) ? "" : NOTICE_PREFIX + rules.id() + NOTICE_SUFFIX
                + rules.digest().map(d -> " (SHA-256 " + d + ")").orElse("") + "\n";
    }

    /** The start of the notice, before the rule set id. */
    static final String NOTICE_PREFIX = "CHÚ Ý: ";
    /** The notice after the rule set id. */
    static final String NOTICE_SUFFIX = " KHÔNG PHẢI bộ tiêu chí chính thức (not an official rule set): tệp do người"
            + " dùng cung cấp, không phải bộ tiêu chí kèm theo thư viện";
}
