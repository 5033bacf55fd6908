package example.service;

import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.rules.JsonSchemas;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document: the OCOP types are described by ocop-rules' JSON Schemas (draft 2020-12, which OpenAPI
 * 3.1 uses as is), not by their Java getters, and every operation may answer an RFC 9457 problem.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {
    private static final Map<Class<?>, String> SCHEMAS = Map.of(
            Assessment.class, JsonSchemas.assessment(),
            ScoreCard.class, JsonSchemas.scoreCard(),
            Explanation.class, JsonSchemas.explanation(),
            ImprovementPlan.class, JsonSchemas.plan(),
            CouncilEvaluation.class, JsonSchemas.council());

    static {
        SCHEMAS.keySet().forEach(type -> SpringDocUtils.getConfig()
                .replaceWithSchema(type, new Schema<>().$ref("#/components/schemas/" + type.getSimpleName())));
    }

    @Bean
    OpenAPI ocopOpenApi() {
        return new OpenAPI()
                .info(new Info().title("OCOP scoring service").version("1")
                        .description("Scores OCOP assessments (QĐ 26/2026/QĐ-TTg and earlier) with the ocop-rules"
                                + " Spring Boot starter; answers are the documented formats of docs/output-format.md.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .servers(List.of(new Server().url("/")));
    }

    @Bean
    OpenApiCustomizer ocopSchemas() {
        return api -> {
            Map<String, Schema> schemas = new TreeMap<>(api.getComponents().getSchemas());
            SCHEMAS.forEach((type, text) -> schemas.put(type.getSimpleName(), parse(text)));
            schemas.put("Problem", problem());
            api.getComponents().setSchemas(schemas);
            api.getPaths().values().forEach(path -> path.readOperations().forEach(op -> op.getResponses()
                    .addApiResponse("400", new ApiResponse().description("Invalid input, in the request's language")
                            .content(new Content().addMediaType("application/problem+json",
                                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))))));
        };
    }

    private static Schema<?> parse(String jsonSchema) {
        try {
            Schema<?> s = Json31.mapper().readValue(jsonSchema, Schema.class);
            s.set$schema(null);
            return s;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema<?> problem() {
        return parse("""
                {"type": "object", "description": "RFC 9457 problem details listing every located input problem",
                 "required": ["type", "title", "status", "detail", "problems"],
                 "properties": {"type": {"type": "string", "format": "uri"}, "title": {"type": "string"},
                   "status": {"type": "integer"}, "detail": {"type": "string"},
                   "problems": {"type": "array", "items": {"type": "object", "required": ["path", "message"],
                     "properties": {"path": {"type": "string", "description": "JSON path, e.g. $.answers['1.1']"},
                                    "message": {"type": "string"}}}}}}""");
    }
}
