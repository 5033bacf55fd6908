package example.quarkus;

import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.RuleSets;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Path("/score")
public class ScoreResource {
    private final Map<String, ScoringEngine> engines = new ConcurrentHashMap<>();

    @POST
    public ScoreCard score(Assessment assessment) {
        return engines.computeIfAbsent(assessment.ruleSet(), id -> ScoringEngine.of(RuleSets.standard().get(id)))
                .score(assessment);
    }

    /** Invalid input, thrown by the engine. */
    @ServerExceptionMapper
    public Response invalid(OcopInputException e) {
        return Response.status(400).type("application/problem+json").entity(Map.of("status", 400,
                "title", "invalid OCOP input", "problems", e.problems().stream()
                        .map(p -> Map.of("path", p.path(), "message", p.message())).toList())).build();
    }

    /** Quarkus turns a body that did not read into a WebApplicationException (400) whose causes hold ours. */
    @ServerExceptionMapper
    public Response unreadable(WebApplicationException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OcopInputException input) {
                return invalid(input);
            }
        }
        return e.getResponse();
    }
}
