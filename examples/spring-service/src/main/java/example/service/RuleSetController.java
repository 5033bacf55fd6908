package example.service;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.rules.OcopJson;
import io.github.ocop.rules.RuleSets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The rule sets the service knows, and their sheets. */
@RestController
@RequestMapping("/api/rule-sets")
public class RuleSetController {
    private final RuleSets ruleSets;

    public RuleSetController(RuleSets ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** One rule set as listed by {@code ocop rule-sets}. */
    public record RuleSetSummary(String id, String instrument, LocalDate effectiveFrom, LocalDate until, int sheets,
                                 String provenance, String digest) {
    }

    @Operation(summary = "The rule sets known (as `ocop rule-sets`)")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RuleSetSummary> ruleSets() {
        return ruleSets.ids().stream().map(ruleSets::get).map(r -> new RuleSetSummary(r.id(), r.instrument().number(),
                r.instrument().effectiveFrom(), r.instrument().until().orElse(null), r.sheets().size(),
                r.provenance().kind().name(), r.digest().orElse(null))).toList();
    }

    @Operation(summary = "One scoring sheet (as `ocop sheet --format json`)")
    @ApiResponse(responseCode = "200", description = "the sheet, format ocop-sheet/1 (docs/output-format.md)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    @GetMapping(value = "/{id}/sheets/{sheet}", produces = MediaType.APPLICATION_JSON_VALUE)
    public String sheet(@PathVariable String id, @PathVariable String sheet) {
        RuleSet rules = ruleSets.get(id);
        ScoringSheet s = rules.sheet(sheet).orElseThrow(() -> new OcopInputException("request",
                List.of(new Problem("sheet", "rule set " + id + " has no sheet '" + sheet + "'"))));
        return OcopJson.sheet(rules, s);
    }
}
