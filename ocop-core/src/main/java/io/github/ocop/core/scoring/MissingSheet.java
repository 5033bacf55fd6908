package io.github.ocop.core.scoring;

import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Explains why a rule set has no sheet with a given id (phiếu không có trong bộ tiêu chí): a rule set that carries no
 * sheets at all, a known gap of the taxonomy (a subgroup whose sheet is null: its source lacks that sheet), or a
 * plain unknown id; where sheets are missing it says how to supply them. Never proposes a substitute sheet. Stateless
 * and thread-safe.
 */
public final class MissingSheet {
    private MissingSheet() {
    }

    /**
     * @param rules   the rule set
     * @param sheetId a sheet id the rule set does not have
     * @return the explanation, one line, fit to show a user
     */
    public static String explain(RuleSet rules, String sheetId) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sheetId, "sheetId");
        if (rules.sheets().isEmpty()) {
            return "rule set " + rules.id() + " (QĐ " + rules.instrument().number() + ") has no scoring sheets: they"
                    + " are not bundled with this library (provenance " + rules.provenance().kind() + "). To score"
                    + " under it, " + supply(rules, "the signed annex's sheets");
        }
        String expected = " (expected one of " + String.join(", ", rules.sheets().stream().map(ScoringSheet::id)
                .toList()) + ")";
        Optional<ProductSubgroup> gap = rules.taxonomy().subgroup(sheetId).filter(s -> s.sheetId() == null);
        if (gap.isPresent()) {
            return "rule set " + rules.id() + " has no sheet '" + sheetId + "': subgroup " + gap.get().code() + " '"
                    + gap.get().title() + "' has no scoring sheet in this rule set (a known gap of its source; no"
                    + " other sheet is substituted)" + expected + ". To score it, " + supply(rules, "that sheet");
        }
        Optional<ProductSubgroup> scored = rules.taxonomy().subgroup(sheetId).filter(s -> s.sheetId() != null);
        if (scored.isPresent()) {
            return "unknown sheet '" + sheetId + "' in rule set " + rules.id() + ": subgroup " + sheetId
                    + " is scored by sheet '" + scored.get().sheetId() + "'" + expected;
        }
        List<ProductSubgroup> gaps = rules.taxonomy().allSubgroups().stream().filter(x -> x.sheetId() == null).toList();
        if (!gaps.isEmpty()) {
            return "unknown sheet '" + sheetId + "' in rule set " + rules.id() + expected + "; the rule set holds "
                    + rules.sheets().size() + " sheet(s) and " + gaps.size() + " of its subgroups have none (a known"
                    + " gap: " + String.join(", ", gaps.stream().map(ProductSubgroup::code).toList()) + "). To score"
                    + " one of them, " + supply(rules, "the missing sheet");
        }
        return "unknown sheet '" + sheetId + "' in rule set " + rules.id() + expected;
    }

    /** How to supply missing sheets: a rule set file of one's own, with its own id, or a provider. */
    private static String supply(RuleSet rules, String what) {
        return "supply a rule set file of your own that holds " + what + ", with its own id (e.g. " + rules.id()
                + "-my-province; the id " + rules.id() + " stays the bundled one's), loaded with RuleSetLoader (CLI:"
                + " --rules-file FILE), or a RuleSetProvider on the class path";
    }

    /**
     * @param rules   the rule set
     * @param sheetId a sheet id
     * @param source  the input's name, for the exception
     * @param path    where the sheet id was given, e.g. {@code $.sheet}
     * @return the sheet
     * @throws OcopInputException with {@link #explain} when the rule set has no such sheet
     */
    public static ScoringSheet require(RuleSet rules, String sheetId, String source, String path) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        return rules.sheet(sheetId).orElseThrow(() -> new OcopInputException(source,
                List.of(new Problem(path, explain(rules, sheetId)))));
    }
}
