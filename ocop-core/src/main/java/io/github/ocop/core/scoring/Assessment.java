package io.github.ocop.core.scoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One assessor's answers for one product on one scoring sheet (phiếu đánh giá): for each criterion code the chosen
 * option key, or {@link #NONE} where no printed option applies. Immutable and thread-safe.
 *
 * @param ruleSet   the id of the rule set the assessment is scored under
 * @param sheet     the sheet id, e.g. {@code "1"}
 * @param product   the product
 * @param assessor  who scored (e.g. a council member's id)
 * @param answers   criterion code → option key, in the order given
 * @param knockOuts ids of the sheet's knock-out grounds the assessor found (usually empty)
 *
 * <p>The constructor refuses nulls; the Bean Validation constraints (messages in English and Vietnamese, see
 * {@code io.github.ocop.rules.InputValidation}) say what else a usable assessment needs.
 */
public record Assessment(
        @NotBlank(message = "{io.github.ocop.validation.ruleSet.notBlank}") String ruleSet,
        @NotBlank(message = "{io.github.ocop.validation.sheet.notBlank}") String sheet,
        @Valid Product product,
        String assessor,
        Map<@NotBlank(message = "{io.github.ocop.validation.answerCode.notBlank}") String,
                @NotBlank(message = "{io.github.ocop.validation.answerOption.notBlank}") String> answers,
        List<@NotBlank(message = "{io.github.ocop.validation.knockOut.notBlank}") String> knockOuts) {

    /** The answer meaning "no printed option applies" (0 points), accepted where options do not start at 0. */
    public static final String NONE = "none";

    /**
     * Validates and copies the components; the answers keep their order.
     *
     * @param ruleSet the id of the rule set the assessment is scored under
     * @param sheet the sheet id, e.g. {@code "1"}
     * @param product the product
     * @param assessor who scored (e.g. a council member's id)
     * @param answers criterion code → option key, in the order given
     * @param knockOuts ids of the sheet's knock-out grounds the assessor found (usually empty)
     */
    public Assessment {
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(assessor, "assessor");
        Objects.requireNonNull(answers, "answers");
        if (!(answers instanceof Answers)) {
            answers = new Answers(answers);
        }
        knockOuts = List.copyOf(Objects.requireNonNull(knockOuts, "knockOuts"));
    }

    /**
     * {@return an assessment by an unnamed assessor with no knock-outs}
     *
     * @param ruleSet the rule set id
     * @param sheet   the sheet id
     * @param product the product
     * @param answers the answers
     */
    public static Assessment of(String ruleSet, String sheet, Product product, Map<String, String> answers) {
        return new Assessment(ruleSet, sheet, product, "", answers, List.of());
    }

    /**
     * {@return a copy with that one answer replaced or added (what-if)}
     *
     * @param code    a criterion code
     * @param option  the new option key (or {@link #NONE})
     */
    public Assessment withAnswer(String code, String option) {
        Map<String, String> m = new LinkedHashMap<>(answers);
        m.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(option, "option"));
        return new Assessment(ruleSet, sheet, product, assessor, m, knockOuts);
    }
}
