package example.service;

import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilPolicy;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.spring.OcopEngines;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Scoring, explanations, improvement plans and council results; no JSON or message code of its own. */
@RestController
@RequestMapping("/api")
public class AssessmentController {
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    private final OcopEngines engines;

    public AssessmentController(OcopEngines engines) {
        this.engines = engines;
    }

    @Operation(summary = "Score an assessment (as `ocop score --format json`)")
    @PostMapping(value = "/assessments/score", produces = JSON)
    public ScoreCard score(@RequestBody Assessment assessment) {
        return engines.scoring(assessment.ruleSet()).score(assessment);
    }

    @Operation(summary = "Explain an assessment's score (as `ocop explain --format json`)")
    @PostMapping(value = "/assessments/explain", produces = JSON)
    public Explanation explain(@RequestBody Assessment assessment) {
        return engines.explainer(assessment.ruleSet()).explain(score(assessment));
    }

    @Operation(summary = "The fewest changes that reach a target rank (as `ocop advise --target N --format json`)")
    @PostMapping(value = "/assessments/advise", produces = JSON)
    public ImprovementPlan advise(@RequestBody Assessment assessment, @RequestParam int target) {
        if (target < 1 || target > 5) {
            throw new OcopInputException("request", List.of(new Problem("target", "must be 1 to 5, was " + target)));
        }
        return engines.planner(assessment.ruleSet()).plan(score(assessment), target);
    }

    @Operation(summary = "A council's result from its members' assessments (as `ocop council --format json`,"
            + " without the next step)")
    @PostMapping(value = "/councils", produces = JSON)
    public CouncilEvaluation council(@RequestBody List<Assessment> members,
                                     @RequestParam(defaultValue = "10") int maxSpread) {
        if (members.isEmpty()) {
            throw new OcopInputException("council", List.of(new Problem("$", "at least one member's assessment")));
        }
        return CouncilEvaluation.of(engines.scoring(members.get(0).ruleSet()), members,
                CouncilPolicy.provincialPractice().withMaxSpread(maxSpread));
    }
}
