package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.rules.internal.Json;
import io.github.ocop.rules.internal.JsonObject;
import io.github.ocop.rules.internal.JsonProblem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads score cards ({@value OcopJson#SCORE_CARD_FORMAT}) and explanations ({@value ExplanationJson#EXPLANATION_FORMAT})
 * back from the JSON that {@link OcopJson} and {@link ExplanationJson} write. Scoring is the rule set's, not the
 * document's: the answers and knock-outs are read, scored again against the rule set of the given registry, and the
 * document is accepted only when it is exactly what that scoring writes (so a card edited by hand, or made with
 * another version of the rules, is refused at the first field that differs). Stateless and thread-safe.
 */
public final class OcopJsonReader {
    private OcopJsonReader() {
    }

    /**
     * Reads a score card.
     *
     * @param json     a document in the score card format
     * @param source   its name for messages
     * @param ruleSets the registry that knows the card's rule set
     * @return the score card, equal to scoring its answers again
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static ScoreCard scoreCard(byte[] json, String source, RuleSets ruleSets) {
        return read(json, source, ruleSets, OcopJson.SCORE_CARD_FORMAT, "knockOuts", (rules, card) -> card,
                OcopJson::scoreCard);
    }

    /**
     * Reads an explanation.
     *
     * @param json     a document in the explanation format
     * @param source   its name for messages
     * @param ruleSets the registry that knows the explanation's rule set
     * @return the explanation, equal to explaining its answers again
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static Explanation explanation(byte[] json, String source, RuleSets ruleSets) {
        return read(json, source, ruleSets, ExplanationJson.EXPLANATION_FORMAT, "rank", Explanation::of,
                ExplanationJson::explanation);
    }

    private interface Derive<T> {
        T apply(RuleSet rules, ScoreCard card);
    }

    private static <T> T read(byte[] json, String source, RuleSets ruleSets, String format, String knockOutsIn,
                              Derive<T> derive, Function<T, String> writer) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ruleSets, "ruleSets");
        JsonNode root = Json.parse(json, source);
        try {
            JsonObject o = JsonObject.of(root, "$");
            String found = o.string("format");
            if (!format.equals(found)) {
                throw new JsonProblem(new Problem(o.pathOf("format"), "expected \"" + format + "\", found \"" + found
                        + "\""));
            }
            String id = o.string("ruleSet");
            RuleSet rules = ruleSets.find(id).orElseThrow(() -> new JsonProblem(new Problem(o.pathOf("ruleSet"),
                    "unknown rule set '" + id + "' (expected one of " + String.join(", ", ruleSets.ids()) + ")")));
            Map<String, String> answers = new LinkedHashMap<>();
            o.objects("criteria", c -> {
                String option = c.optString("option");
                if (option != null) {
                    answers.put(c.string("code"), option);
                }
                return c;
            });
            JsonObject koHolder = "rank".equals(knockOutsIn) ? o.object("rank") : o;
            List<String> knockOuts = new ArrayList<>(koHolder.objects("knockOuts", k -> k.string("id")));
            Assessment assessment = new Assessment(id, o.string("sheet"), Product.named(o.string("product")),
                    o.string("assessor"), answers, knockOuts);
            ScoreCard card;
            try {
                card = ScoringEngine.of(rules).score(assessment);
            } catch (OcopInputException e) {
                throw e.withSource(source);
            }
            T value = derive.apply(rules, card);
            String difference = firstDifference(root, Json.parse(writer.apply(value).getBytes(StandardCharsets.UTF_8),
                    source), "$");
            if (difference != null) {
                throw new JsonProblem(new Problem(difference, "differs from scoring the document's answers again with"
                        + " rule set " + id + " (digest " + rules.digest().orElse("none") + "): the document was edited"
                        + " or made with other rules"));
            }
            return value;
        } catch (JsonProblem e) {
            throw new OcopInputException(source, List.of(e.problem()));
        }
    }

    /** @return the path of the first value that differs between two trees, or null when they are equal */
    private static String firstDifference(JsonNode a, JsonNode b, String path) {
        if (a.isObject() && b.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = b.get(e.getKey());
                String child = JsonObject.childPath(path, e.getKey());
                if (other == null) {
                    return child;
                }
                String d = firstDifference(e.getValue(), other, child);
                if (d != null) {
                    return d;
                }
            }
            Iterator<String> names = b.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!a.has(n)) {
                    return JsonObject.childPath(path, n);
                }
            }
            return null;
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String d = firstDifference(a.get(i), b.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return a.size() == b.size() ? null : path + "[" + Math.min(a.size(), b.size()) + "]";
        }
        return a.equals(b) ? null : path;
    }
}
