package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.advice.ImprovementPlan;
import io.github.ocop.core.advice.ImprovementPlanner;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilPolicy;
import io.github.ocop.core.explain.Explanation;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.internal.Json;
import io.github.ocop.rules.internal.JsonObject;
import io.github.ocop.rules.internal.JsonProblem;
import io.github.ocop.rules.internal.ReadMessages;
import io.github.ocop.rules.internal.RulesMessages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads score cards ({@value OcopJson#SCORE_CARD_FORMAT}), explanations ({@value ExplanationJson#EXPLANATION_FORMAT}),
 * improvement plans ({@value ExplanationJson#PLAN_FORMAT}) and council results ({@value CouncilJson#FORMAT}) back
 * from the JSON that {@link OcopJson}, {@link ExplanationJson} and {@link CouncilJson} write. Scoring is the rule
 * set's, not the document's: the answers and knock-outs are read, scored again against the rule set of the given
 * registry, and the document is accepted only when it is exactly what that scoring writes (so a card edited by hand,
 * or made with another version of the rules, is refused at the first field that differs). Stateless and thread-safe.
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

    /**
     * Reads a council result (format {@value CouncilJson#FORMAT}, without a next step): the members' answers and
     * knock-outs are scored again against the registry's rule set and combined with
     * {@link CouncilPolicy#provincialPractice()}; the document is accepted only when it is exactly what that writes
     * (a council combined with another policy, or a document with a {@code nextStep}, is refused where it differs).
     *
     * @param json     a document in the council format
     * @param source   its name for messages
     * @param ruleSets the registry that knows the council's rule set
     * @return the council result, equal to combining its members' answers again
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static CouncilEvaluation council(byte[] json, String source, RuleSets ruleSets) {
        return check(json, source, ruleSets, CouncilJson.FORMAT, (o, rules) -> {
            String sheet = o.string("sheet");
            Product product = Product.named(o.string("product"));
            List<Assessment> members = o.objects("members", m -> new Assessment(rules.id(), sheet, product,
                    m.string("assessor"), answers(m), m.strings("knockOuts")));
            try {
                return CouncilEvaluation.of(ScoringEngine.of(rules), members, CouncilPolicy.provincialPractice());
            } catch (OcopInputException e) {
                throw e.withSource(source);
            }
        }, c -> CouncilJson.council(c, null));
    }

    /**
     * Reads an improvement plan (format {@value ExplanationJson#PLAN_FORMAT}): the document's answers and knock-outs
     * are scored again and planned again for its {@code target}; the document is accepted only when it is exactly
     * what that writes.
     *
     * @param json     a document in the plan format
     * @param source   its name for messages
     * @param ruleSets the registry that knows the plan's rule set
     * @return the plan, equal to planning its answers again
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static ImprovementPlan plan(byte[] json, String source, RuleSets ruleSets) {
        return check(json, source, ruleSets, ExplanationJson.PLAN_FORMAT, (o, rules) -> {
            JsonObject subject = o.optObject("subject");
            Product product = new Product(o.string("product"), subject == null ? null
                    : new Subject(subject.string("name"), subjectType(subject)), null);
            Assessment assessment = new Assessment(rules.id(), o.string("sheet"), product, o.string("assessor"),
                    answers(o), o.strings("knockOuts"));
            try {
                return ImprovementPlanner.of(rules).plan(ScoringEngine.of(rules).score(assessment),
                        o.integer("target"));
            } catch (OcopInputException e) {
                throw e.withSource(source);
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(new Problem(o.pathOf("target"), RulesMessages.of("output.target",
                        o.integer("target"))));
            }
        }, ExplanationJson::plan);
    }

    private static SubjectType subjectType(JsonObject subject) {
        String type = subject.string("type");
        try {
            return SubjectType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(new Problem(subject.pathOf("type"), ReadMessages.UNKNOWN_SUBJECT_TYPE.message(type,
                    RulesMessages.choices(SubjectType.values()))));
        }
    }

    private static Map<String, String> answers(JsonObject o) {
        JsonObject a = o.object("answers");
        Map<String, String> answers = new LinkedHashMap<>();
        for (String code : a.fieldNames()) {
            answers.put(code, a.string(code));
        }
        return answers;
    }

    private interface Derive<T> {
        T apply(RuleSet rules, ScoreCard card);
    }

    private interface Rebuild<T> {
        T apply(JsonObject document, RuleSet rules);
    }

    private static <T> T read(byte[] json, String source, RuleSets ruleSets, String format, String knockOutsIn,
                              Derive<T> derive, Function<T, String> writer) {
        return check(json, source, ruleSets, format, (o, rules) -> {
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
            Assessment assessment = new Assessment(rules.id(), o.string("sheet"), Product.named(o.string("product")),
                    o.string("assessor"), answers, knockOuts);
            ScoreCard card;
            try {
                card = ScoringEngine.of(rules).score(assessment);
            } catch (OcopInputException e) {
                throw e.withSource(source);
            }
            return derive.apply(rules, card);
        }, writer);
    }

    /** Reads the format and rule set, rebuilds the value and accepts it only when it writes the document again. */
    private static <T> T check(byte[] json, String source, RuleSets ruleSets, String format, Rebuild<T> rebuild,
                               Function<T, String> writer) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(ruleSets, "ruleSets");
        JsonNode root = Json.parse(json, source);
        try {
            JsonObject o = JsonObject.of(root, "$");
            String found = o.string("format");
            if (!format.equals(found)) {
                throw new JsonProblem(new Problem(o.pathOf("format"), RulesMessages.of("output.format", format,
                        found)));
            }
            String id = o.string("ruleSet");
            RuleSet rules = ruleSets.find(id).orElseThrow(() -> new JsonProblem(new Problem(o.pathOf("ruleSet"),
                    RulesMessages.of("read.unknownRuleSet", id, RulesMessages.choices(ruleSets.ids())))));
            T value = rebuild.apply(o, rules);
            String difference = firstDifference(root, Json.parse(writer.apply(value).getBytes(StandardCharsets.UTF_8),
                    source), "$");
            if (difference != null) {
                throw new JsonProblem(new Problem(difference, RulesMessages.of("output.differs", id)));
            }
            return value;
        } catch (JsonProblem e) {
            throw new OcopInputException(source, List.of(e.problem())).inLanguage(Locale.ENGLISH);
        }
    }

    /** {@return the path of the first value that differs between two trees, or null when they are equal} */
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
