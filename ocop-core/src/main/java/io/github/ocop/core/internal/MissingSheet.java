package io.github.ocop.core.internal;

import io.github.ocop.core.model.ProductSubgroup;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.text.Message;

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
     * {@return the explanation, one line, fit to show a user, in Vietnamese ({@link #explanation} in any language)}
     *
     * @param rules   the rule set
     * @param sheetId a sheet id the rule set does not have
     */
    public static String explain(RuleSet rules, String sheetId) {
        return explanation(rules, sheetId).toString();
    }

    /**
     * {@return the explanation, one line, as a message}
     *
     * @param rules   the rule set
     * @param sheetId a sheet id the rule set does not have
     */
    public static Message explanation(RuleSet rules, String sheetId) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sheetId, "sheetId");
        if (rules.sheets().isEmpty()) {
            return CoreMessages.of("sheet.noSheets", rules.id(), "QĐ " + rules.instrument().number());
        }
        List<String> expected = rules.sheets().stream().map(ScoringSheet::id).toList();
        Optional<ProductSubgroup> gap = rules.taxonomy().subgroup(sheetId).filter(s -> s.sheetId() == null);
        if (gap.isPresent()) {
            return CoreMessages.of("sheet.gap", rules.id(), sheetId, gap.get().code(), CoreMessages.title(gap.get().title()), expected);
        }
        Optional<ProductSubgroup> scored = rules.taxonomy().subgroup(sheetId).filter(s -> s.sheetId() != null);
        if (scored.isPresent()) {
            return CoreMessages.of("sheet.subgroupCode", sheetId, rules.id(), scored.get().sheetId(), expected);
        }
        List<ProductSubgroup> gaps = rules.taxonomy().allSubgroups().stream().filter(x -> x.sheetId() == null).toList();
        if (!gaps.isEmpty()) {
            return CoreMessages.of("sheet.unknownWithGaps", sheetId, rules.id(), expected, rules.sheets().size(),
                    gaps.size(), gaps.stream().map(ProductSubgroup::code).toList());
        }
        return CoreMessages.of("sheet.unknown", sheetId, rules.id(), expected);
    }


    /**
     * {@return the sheet}
     *
     * @param rules   the rule set
     * @param sheetId a sheet id
     * @param source  the input's name, for the exception
     * @param path    where the sheet id was given, e.g. {@code $.sheet}
     * @throws OcopInputException with {@link #explain} when the rule set has no such sheet
     */
    public static ScoringSheet require(RuleSet rules, String sheetId, String source, String path) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        return rules.sheet(sheetId).orElseThrow(() -> new OcopInputException(source,
                List.of(new Problem(path, explanation(rules, sheetId)))));
    }
}
