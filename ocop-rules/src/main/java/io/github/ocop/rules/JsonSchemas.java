package io.github.ocop.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the files this library reads: rule set files and assessment files (phiếu đánh
 * giá). They mirror the strict readers: unknown keys are refused, optional fields may be absent or null. They are for
 * editors, forms and other languages; the readers ({@link RuleSetLoader}, {@link AssessmentReader}) do not need them.
 * Stateless and thread-safe.
 */
public final class JsonSchemas {
    /** Class-path resource of the rule set file schema. */
    public static final String RULE_SET_RESOURCE = "/io/github/ocop/rules/schema/rule-set.schema.json";
    /** Class-path resource of the assessment file schema. */
    public static final String ASSESSMENT_RESOURCE = "/io/github/ocop/rules/schema/assessment.schema.json";

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
