package example;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.AssessmentReader;
import io.github.ocop.rules.RuleSets;

import java.nio.file.Path;
import java.time.LocalDate;

/** Loads the rule set in force today, scores the assessment file given as argument and prints the result. */
public final class Main {
    public static void main(String[] args) {
        RuleSet current = RuleSets.standard().inForceOn(LocalDate.now()).orElseThrow();
        Assessment assessment = AssessmentReader.read(Path.of(args[0]));
        ScoreCard card = ScoringEngine.of(current).score(assessment);
        System.out.println(current.id() + " sheet " + card.sheetId() + ": " + card.total() + " points, "
                + (card.stars().isPresent() ? card.stars().getAsInt() + " stars" : "unranked"));
    }
}
