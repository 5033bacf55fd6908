package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.Labels;
import io.github.ocop.rules.RuleSets;
import io.github.ocop.rules.SheetProvenance;

import java.util.Locale;

/**
 * The notices printed with every output of a rule set that is not one of the bundled, official ones, and of a sheet
 * that is not the decision's official text.
 */
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

    /**
     * @param rules   a rule set
     * @param sheetId one of its sheets
     * @param labels  the labels of the output (Vietnamese, or a translation: the notice is then in English)
     * @return an empty string for a sheet of official text, else the notice naming where the sheet comes from,
     *         ending with a line break
     */
    static String sheetNotice(RuleSet rules, String sheetId, Labels labels) {
        return SheetProvenance.notice(rules, sheetId, labels.official() ? Labels.VIETNAMESE : Locale.ENGLISH)
                .map(n -> n + "\n").orElse("");
    }

    /** The start of the notice, before the rule set id. */
    static final String NOTICE_PREFIX = "CHÚ Ý: ";
    /** The notice after the rule set id. */
    static final String NOTICE_SUFFIX = " KHÔNG PHẢI bộ tiêu chí chính thức (not an official rule set): tệp do người"
            + " dùng cung cấp, không phải bộ tiêu chí kèm theo thư viện";
}
