package example.quarkus;

import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;

/** The Quarkus setup of docs/embedding.md. */
@QuarkusTest
class ScoreResourceTest {
    private static final Path EXAMPLE = Path.of("../../ocop-samples/examples/qd-26-2026/21-thu-cong-my-nghe.json");

    @Test
    void theAnswerIsTheScoreCardAsTheCliWritesIt() throws Exception {
        String expected = OcopJson.scoreCard(ScoringEngine.of(RuleSets.standard().get("qd-26-2026"))
                .score(AssessmentReader.read(EXAMPLE)));
        String body = given().contentType("application/json").body(Files.readAllBytes(EXAMPLE))
                .when().post("/score").then().statusCode(200).extract().asString();
        assertEquals(expected, body);
        assertTrue(body.contains("\"total\":95"), body);
    }

    @Test
    void invalidInputIsAProblemWithItsPath() {
        given().contentType("application/json")
                .body("{\"ruleSet\": \"qd-26-2026\", \"sheet\": \"1\", \"product\": {\"name\": \"x\"}, \"answers\": {\"1.1\": \"z\"}}")
                .when().post("/score").then().statusCode(400).body("problems[0].path", equalTo("$.answers['1.1']"));
        given().contentType("application/json")
                .body("{\"ruleSet\": \"qd-26-2026\", \"sheet\": \"1\", \"product\": {\"name\": \"x\"}, \"answers\": {}, \"colour\": 1}")
                .when().post("/score").then().statusCode(400).body("problems[0].path", equalTo("$.colour"));
    }
}
