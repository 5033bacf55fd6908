package io.github.ocop.jackson;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.CouncilJson;
import io.github.ocop.rules.ExplanationJson;
import io.github.ocop.rules.JsonFormats;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.OcopJsonReader;
import io.github.ocop.rules.ReportJson;
import io.github.ocop.rules.RuleSets;

import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * Jackson 3 ({@code tools.jackson}) support for the OCOP types in their documented formats
 * ({@code docs/output-format.md}, {@code docs/assessment-format.md}), for Spring Boot 4 and any Jackson 3 mapper.
 * Registered for {@code JsonMapper.builder().findAndAddModules()} ({@code META-INF/services} and the module
 * descriptor).
 *
 * <p>Each format has one definition, in ocop-rules, which the {@code ocop} CLI uses as well; this module registers
 * the table of {@link JsonFormats}: a score card is written
 * by {@link OcopJson#scoreCard}, explanations and plans by {@link ExplanationJson}, council results by
 * {@link CouncilJson} (without a next step), programme reports by {@link ReportJson}; this module replays those
 * writers' tokens into the mapper's generator, so a default mapper writes a score card byte for byte as
 * {@code ocop score --format json} prints it, and the mapper's own settings (indentation) still apply.
 * An {@link Assessment} is read as {@link AssessmentReader} reads a file (optional fields optional, unknown and
 * duplicate fields refused, Bean Validation applied); a {@link ScoreCard}, an {@link Explanation}, an improvement
 * plan or a council result is read by {@link OcopJsonReader}, which scores the document's answers again against the
 * rule set of this module's registry.
 * Input errors are {@link DatabindException}s whose cause is the {@link OcopInputException} with every located
 * problem. Immutable and thread-safe.
 */
public final class OcopModule extends SimpleModule {
    private static final long serialVersionUID = 1L;
    private static final JsonFactory TOKENS = new JsonFactory();

    /** A module whose readers know the rule sets of {@link RuleSets#standard()}. */
    public OcopModule() {
        this(RuleSets.standard());
    }

    /**
     * A module whose score card, explanation, plan and council readers score against a registry of one's own.
     *
     * @param ruleSets the registry
     */
    public OcopModule(RuleSets ruleSets) {
        super("ocop");
        Objects.requireNonNull(ruleSets, "ruleSets");
        JsonFormats.writers().forEach(this::add);
        JsonFormats.readers(ruleSets).forEach(this::add);
    }

    private <T> void add(JsonFormats.Writer<T> format) {
        addSerializer(format.type(), new Writer<>(format));
    }

    private <T> void add(JsonFormats.Reader<T> format) {
        addDeserializer(format.type(), new Reader<>(format));
    }

    /** Writes a value with its format's writer, replaying the tokens (numbers exactly as written). */
    private static final class Writer<T> extends ValueSerializer<T> {
        private final JsonFormats.Writer<T> format;

        Writer(JsonFormats.Writer<T> format) {
            this.format = format;
        }

        @Override
        public Class<T> handledType() {
            return format.type();
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext serializers) {
            try (JsonParser p = TOKENS.createParser(ObjectReadContext.empty(), format.json().apply(value))) {
                p.nextToken();
                gen.copyCurrentStructureExact(p);
            }
        }
    }

    /** Reads a value with its format's reader from the document's tokens as they came (duplicates included). */
    private static final class Reader<T> extends ValueDeserializer<T> {
        private final JsonFormats.Reader<T> format;

        Reader(JsonFormats.Reader<T> format) {
            this.format = format;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator g = TOKENS.createGenerator(ObjectWriteContext.empty(), bytes)) {
                g.copyCurrentStructureExact(p);
            }
            try {
                return format.read(bytes.toByteArray());
            } catch (OcopInputException e) {
                throw DatabindException.from(p, e.getMessage(), e);
            }
        }
    }
}
