package io.github.ocop.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the files this library reads, rule set files and assessment files (phiếu đánh
 * giá), and of the JSON it writes: score cards, explanations, improvement plans, council results and programme
 * reports. The input schemas mirror the strict readers: unknown keys are refused, optional fields may be absent or
 * null. They are for editors, forms, OpenAPI documents and other languages; the readers ({@link RuleSetLoader},
 * {@link AssessmentReader}) do not need them. Stateless and thread-safe.
 */
public final class JsonSchemas {
    /** Class-path resource of the rule set file schema. */
    public static final String RULE_SET_RESOURCE = "/io/github/ocop/rules/schema/rule-set.schema.json";
    /** Class-path resource of the assessment file schema. */
    public static final String ASSESSMENT_RESOURCE = "/io/github/ocop/rules/schema/assessment.schema.json";

    /** Class-path resource of the score card schema ({@value OcopJson#SCORE_CARD_FORMAT}). */
    public static final String SCORE_CARD_RESOURCE = "/io/github/ocop/rules/schema/score-card.schema.json";
    /** Class-path resource of the explanation schema ({@value ExplanationJson#EXPLANATION_FORMAT}). */
    public static final String EXPLANATION_RESOURCE = "/io/github/ocop/rules/schema/explanation.schema.json";
    /** Class-path resource of the improvement plan schema ({@value ExplanationJson#PLAN_FORMAT}). */
    public static final String PLAN_RESOURCE = "/io/github/ocop/rules/schema/plan.schema.json";
    /** Class-path resource of the council result schema ({@value CouncilJson#FORMAT}). */
    public static final String COUNCIL_RESOURCE = "/io/github/ocop/rules/schema/council.schema.json";
    /** Class-path resource of the programme report schema ({@value ReportJson#FORMAT}). */
    public static final String REPORT_RESOURCE = "/io/github/ocop/rules/schema/report.schema.json";

    private JsonSchemas() {
    }

    /** {@return the rule set file schema, as JSON text} */
    public static String ruleSet() {
        return read(RULE_SET_RESOURCE);
    }

    /** {@return the assessment file schema, as JSON text} */
    public static String assessment() {
        return read(ASSESSMENT_RESOURCE);
    }

    /** {@return the score card schema, as JSON text} */
    public static String scoreCard() {
        return read(SCORE_CARD_RESOURCE);
    }

    /** {@return the explanation schema, as JSON text} */
    public static String explanation() {
        return read(EXPLANATION_RESOURCE);
    }

    /** {@return the improvement plan schema, as JSON text} */
    public static String plan() {
        return read(PLAN_RESOURCE);
    }

    /** {@return the council result schema, as JSON text} */
    public static String council() {
        return read(COUNCIL_RESOURCE);
    }

    /** {@return the programme report schema, as JSON text} */
    public static String report() {
        return read(REPORT_RESOURCE);
    }

    private static String read(String resource) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (a broken ocop-rules jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
