package example.boot35;

import com.fasterxml.jackson.databind.Module;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.jackson2.OcopModule;
import io.github.ocop.rules.RuleSets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@SpringBootApplication
@RestController
public class ScoringApplication {
    private final Map<String, ScoringEngine> engines = new ConcurrentHashMap<>();

    public static void main(String[] args) {
        SpringApplication.run(ScoringApplication.class, args);
    }

    /** Spring Boot 3 adds every Jackson Module bean to its ObjectMapper. */
    @Bean
    Module ocopModule() {
        return new OcopModule();
    }

    @PostMapping("/score")
    ScoreCard score(@RequestBody Assessment assessment) {
        return engines.computeIfAbsent(assessment.ruleSet(), id -> ScoringEngine.of(RuleSets.standard().get(id)))
                .score(assessment);
    }

    /** Invalid input: thrown by the engine, or the cause of Spring's exception when the body did not read. */
    @ExceptionHandler({OcopInputException.class, HttpMessageNotReadableException.class})
    ProblemDetail invalid(Exception e) throws Exception {
        Throwable t = e;
        while (t != null && !(t instanceof OcopInputException)) {
            t = t.getCause();
        }
        if (!(t instanceof OcopInputException input)) {
            throw e;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "invalid OCOP input");
        problem.setProperty("problems", input.problems().stream()
                .map(p -> Map.of("path", p.path(), "message", p.message())).toList());
        return problem;
    }
}
