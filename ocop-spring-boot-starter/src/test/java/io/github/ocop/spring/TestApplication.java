package io.github.ocop.spring;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The application of the "done when": a controller taking an assessment and returning a score card, no JSON code. */
@SpringBootApplication
public class TestApplication {
    /** The one endpoint. */
    @RestController
    static class ScoreController {
        private final OcopEngines engines;

        ScoreController(OcopEngines engines) {
            this.engines = engines;
        }

        @PostMapping("/score")
        ScoreCard score(@RequestBody Assessment assessment) {
            return engines.scoring(assessment.ruleSet()).score(assessment);
        }
    }
}
