package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.Provenance;
import io.github.ocop.core.model.ProvenanceKind;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a scoring sheet comes from (nguồn của phiếu): the sheet's own provenance, else its rule set's; and the notice
 * that every output from a sheet that is not the decision's official text carries in its first lines (score card,
 * explanation, council result, printout), in Vietnamese or English. Stateless and thread-safe.
 */
public final class SheetProvenance {
    /** The JSON field that carries the provenance of a sheet that is not official text. */
    public static final String FIELD = "sheetProvenance";

    private SheetProvenance() {
    }

    /**
     * The provenance of a sheet.
     *
     * @param rules the rule set
     * @param sheet one of its sheets
     * @return the sheet's own provenance, or the rule set's when the sheet has none
     */
    public static Provenance of(RuleSet rules, ScoringSheet sheet) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sheet, "sheet");
        return sheet.provenance().orElse(rules.provenance());
    }

    /**
     * The provenance of a sheet when it is not the decision's official text.
     *
     * @param rules   the rule set
     * @param sheetId a sheet id
     * @return the provenance, or empty when the sheet is official text or the rule set has no such sheet
     */
    public static Optional<Provenance> unofficial(RuleSet rules, String sheetId) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sheetId, "sheetId");
        return rules.sheet(sheetId).map(s -> of(rules, s)).filter(p -> p.kind() != ProvenanceKind.OFFICIAL_TEXT);
    }

    /**
     * The same for a score card's rule set, known only by id and digest: a bundled rule set's sheet is looked up; a
     * rule set that is not bundled gives empty (its outputs say that it is not official instead).
     */
    static Optional<Provenance> unofficial(String ruleSetId, Optional<String> digest, String sheetId) {
        if (!BundledRuleSets.isOfficial(ruleSetId, digest)) {
            return Optional.empty();
        }
        return unofficial(RuleSets.standard().get(ruleSetId), sheetId);
    }

    /**
     * The notice for a sheet that is not official text, one line without a line break.
     *
     * @param rules   the rule set
     * @param sheetId a sheet id
     * @param locale  Vietnamese (default) or English ({@code Locale.ENGLISH}); any other language gives Vietnamese
     * @return the notice, or empty when the sheet is official text
     */
    public static Optional<String> notice(RuleSet rules, String sheetId, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return unofficial(rules, sheetId).map(p -> notice(sheetId, p, locale.getLanguage().equals("en")));
    }

    private static String notice(String sheetId, Provenance p, boolean english) {
        if (english) {
            String what = switch (p.kind()) {
                case THIRD_PARTY -> "a third-party transcription";
                case PLATFORM_DATA -> "the data of a provincial scoring platform";
                case SECONDARY -> "known from secondary sources only";
                case OFFICIAL_TEXT -> "the official text";
            };
            return "NOTE: sheet " + sheetId + " is NOT the decision's official text: " + what + " (source: " + p.source() + "). Check it against the signed text before relying on the result.";
        }
        String what = switch (p.kind()) {
            case THIRD_PARTY -> "bản chép lại của bên thứ ba";
            case PLATFORM_DATA -> "dữ liệu của một nền tảng chấm điểm cấp tỉnh";
            case SECONDARY -> "chỉ biết qua nguồn thứ cấp";
            case OFFICIAL_TEXT -> "văn bản chính thức";
        };
        return "CHÚ Ý: phiếu " + sheetId + " KHÔNG PHẢI văn bản chính thức của quyết định: " + what + " (nguồn: " + p.source() + "). Đối chiếu với văn bản đã ký trước khi dùng kết quả.";
    }

    /** Puts {@code "sheetProvenance": {"kind", "source"}} into a JSON object when the provenance is present. */
    static void put(ObjectNode o, Optional<Provenance> p) {
        p.ifPresent(x -> {
            ObjectNode n = o.putObject(FIELD);
            n.put("kind", x.kind().name());
            n.put("source", x.source());
        });
    }
}
