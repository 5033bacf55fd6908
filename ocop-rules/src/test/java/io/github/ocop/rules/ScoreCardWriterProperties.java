package io.github.ocop.rules;

import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.KnockOut;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.CriterionScore;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, fourth pass: the score card writer copies each criterion's and each unmet minimum's JSON from lines
 * encoded once per compiled sheet, picked by the engine's index of the card's score. Over jqwik-generated assessments
 * of every sheet of both bundled rule sets (each criterion answered with any of its options, "none" where accepted,
 * or also when it does not apply; knock-outs recorded or following from the answers; product names and assessors
 * with accents, quotes, backslashes, control characters, characters beyond the BMP and lone surrogates), scored by
 * an engine shared across tries or by a fresh engine on an equal rule set, the card's bytes and string are those of
 * the Jackson tree, and the cases the lines cover (not applicable, "none", unmet minima blocking or not, knock-outs,
 * derived knock-outs, warnings, strings not plain ASCII, lone surrogates) are each met.
 */
class ScoreCardWriterProperties {
    private static final List<String> RULE_SETS = List.of("qd-26-2026", "qd-1048-2019");
    /** One engine per rule set for every try: its compiled sheets keep their encoded lines from try to try. */
    private static final Map<String, ScoringEngine> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    record Card(String ruleSet, int sheetIndex, List<Integer> picks, List<Integer> knockOutPicks, String name,
                String assessor, boolean freshEngine) {
    }

    @Property(tries = 400)
    void theCardsBytesAreTheJacksonTreesOnEveryPathOfTheWriter(@ForAll("cards") Card spec) {
        RuleSet rules = RuleSets.standard().get(spec.ruleSet());
        ScoringSheet sheet = rules.sheets().get(spec.sheetIndex() % rules.sheets().size());
        ScoringEngine engine = spec.freshEngine() ? ScoringEngine.of(RuleSets.standard().get(spec.ruleSet()))
                : SHARED.computeIfAbsent(spec.ruleSet(), id -> ScoringEngine.of(RuleSets.standard().get(id)));
        Assessment a = assessment(spec, sheet);
        ScoreCard card;
        try {
            card = engine.score(a);
        } catch (OcopInputException e) {
            Statistics.label("scored").collect(false);
            return;
        }
        Statistics.label("scored").collect(true);
        String tree = Json.compact(OcopJson.scoreCardNode(card));
        assertThat(OcopJson.scoreCard(card)).isEqualTo(tree);
        assertThat(OcopJson.scoreCardUtf8(card)).isEqualTo(tree.getBytes(StandardCharsets.UTF_8));
        // twice: the second card of a sheet is written from the lines the first one encoded
        assertThat(OcopJson.scoreCardUtf8(engine.score(a))).isEqualTo(tree.getBytes(StandardCharsets.UTF_8));

        count("not applicable", card.criteria().stream().anyMatch(c -> !c.applicable()));
        count("none", card.criteria().stream().map(CriterionScore::answer).anyMatch(Assessment.NONE::equals));
        count("blocking minimum", card.unmetMinimums().stream().anyMatch(u -> u.requiredFor() <= card.bandStars()));
        count("non-blocking minimum", card.unmetMinimums().stream()
                .anyMatch(u -> u.requiredFor() > card.bandStars()));
        count("knock-out", !card.knockOuts().isEmpty());
        count("derived knock-out", !card.derivedKnockOuts().isEmpty());
        count("warning", !card.warnings().isEmpty());
        count("escaped or not ASCII", !plainAscii(spec.name()) || !plainAscii(spec.assessor()));
        count("lone surrogate", hasLoneSurrogate(spec.name()) || hasLoneSurrogate(spec.assessor()));
        Statistics.label("scored").coverage(c -> c.check(true).percentage(p -> p > 50));
    }

    /** Counts a case under its own label and requires it to be met at least once. */
    private static void count(String kind, boolean met) {
        Statistics.label(kind).collect(met);
        Statistics.label(kind).coverage(c -> c.check(true).count(n -> n > 0));
    }

    @Provide
    Arbitrary<Card> cards() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(20),
                Arbitraries.of("Bưởi da xanh", "Ớt \"cay\" \\ Bến Tre", "\uD83C\uDF4A Cam", "Mật ong\u00a0rừng",
                        "tab\there", "lone \uD800 high", "member-3", ""));
        return Combinators.combine(Arbitraries.of(RULE_SETS), Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(0, 99).list().ofSize(40),
                        Arbitraries.integers().between(0, 9).list().ofMaxSize(2), text, text,
                        Arbitraries.integers().between(0, 4).map(k -> k == 0))
                .as(Card::new);
    }

    /**
     * Each criterion answered by its pick: mostly an option (the pick modulo the options), "none" for picks 90-94 where
     * the criterion accepts it, left out for 95-99 when the criterion has a condition (answered when it does not apply,
     * it is ignored with a warning; unanswered, it must not apply). Knock-outs: the picked grounds of the sheet.
     */
    private static Assessment assessment(Card spec, ScoringSheet sheet) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<Criterion> criteria = sheet.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            int pick = spec.picks().get(i % spec.picks().size());
            if (pick >= 95 && c.applicability().isPresent()) {
                continue;
            }
            if (pick >= 90 && c.acceptsNone() || c.options().isEmpty()) {
                answers.put(c.code(), Assessment.NONE);
            } else {
                answers.put(c.code(), c.options().get(pick % c.options().size()).key());
            }
        }
        List<String> knockOuts = new ArrayList<>();
        List<KnockOut> grounds = sheet.knockOuts();
        for (int k : spec.knockOutPicks()) {
            if (!grounds.isEmpty() && !knockOuts.contains(grounds.get(k % grounds.size()).id())) {
                knockOuts.add(grounds.get(k % grounds.size()).id());
            }
        }
        return new Assessment(spec.ruleSet(), sheet.id(), new Product(spec.name(), null, null), spec.assessor(),
                answers, knockOuts);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainAscii(String s) {
        return s.chars().allMatch(ch -> ch >= 0x20 && ch < 0x80 && ch != '"' && ch != '\\');
    }
}
