package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.council.CouncilEvaluation;
import io.github.ocop.core.council.CouncilPolicy;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.report.ProgrammeReport;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Structure-aware mutation of rule set files, council member files and programme round (report) files: each try
 * applies one to three mutations (drop, null, retype, extreme number, duplicate or empty a container, a string
 * change) at paths of a valid document, chosen by jqwik's own arbitraries so that a failure shrinks to the fewest,
 * simplest mutations. The only outcomes allowed are a result or an {@link OcopInputException} with located problems;
 * a rule set that loads must then score any assessment with nothing but that exception. 10,000 tries each.
 * A failure found here becomes a case of {@code HostileInputTest} or {@code Issue16RegressionTest}.
 */
class StructuredFuzzProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final JsonNode RULE_SET = tree(RuleSetLoaderTest.MINI);
    private static final JsonNode MEMBER = tree(Path.of("../ocop-samples/examples/council/member-1.json"));
    private static final JsonNode ROUND = tree(Path.of(
            "../ocop-samples/examples/district-round/ngoc-hoi-2021-illustrative.json"));
    private static final RuleSet QD26 = RuleSets.standard().get("qd-26-2026");
    private static final List<String> VALUES = List.of("a", "b", "z", "none", "", "\u200B", "KO1", "1.1", "2.1", "3",
            "A", "I.1.a", "qd-26-2026", "mini", "DISQUALIFIED", "2021-10-15", "9999-99-99", "x".repeat(300));
    private static final List<JsonNode> NUMBERS = List.of(F.numberNode(0), F.numberNode(-1), F.numberNode(1),
            F.numberNode(100), F.numberNode(101), F.numberNode(Integer.MAX_VALUE), F.numberNode(Long.MIN_VALUE),
            F.numberNode(new java.math.BigDecimal("89.99999999999999999")), F.numberNode(new java.math.BigDecimal("1e400")),
            F.numberNode(0.5));

    enum Op { DROP, NULL, NUMBER, STRING, BOOLEAN, EMPTY_ARRAY, EMPTY_OBJECT, DUPLICATE, CLEAR }

    /** One mutation: an operation at the {@code at}-th path of the document (modulo its size), with a value index. */
    record Mutation(Op op, int at, int value) {
    }

    private static JsonNode tree(Path file) {
        try {
            return MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 5_000),
                Arbitraries.integers().between(0, 30)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Every container and value of a tree, parent before child, as (parent, key or index) pairs. */
    private static void paths(JsonNode n, List<Object[]> out) {
        if (n instanceof ObjectNode o) {
            for (String k : new ArrayList<>(iterable(o))) {
                out.add(new Object[]{o, k});
                paths(o.get(k), out);
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Object[]{a, i});
                paths(a.get(i), out);
            }
        }
    }

    private static List<String> iterable(ObjectNode o) {
        List<String> keys = new ArrayList<>();
        o.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    static byte[] mutate(JsonNode base, List<Mutation> mutations) {
        JsonNode doc = base.deepCopy();
        for (Mutation m : mutations) {
            List<Object[]> paths = new ArrayList<>();
            paths(doc, paths);
            if (paths.isEmpty()) {
                break;
            }
            Object[] p = paths.get(m.at() % paths.size());
            JsonNode value = switch (m.op()) {
                case NULL -> F.nullNode();
                case NUMBER -> NUMBERS.get(m.value() % NUMBERS.size());
                case STRING -> F.textNode(VALUES.get(m.value() % VALUES.size()));
                case BOOLEAN -> F.booleanNode(m.value() % 2 == 0);
                case EMPTY_ARRAY -> F.arrayNode();
                case EMPTY_OBJECT -> F.objectNode();
                default -> null;
            };
            JsonNode old = p[0] instanceof ObjectNode o ? o.get((String) p[1]) : ((ArrayNode) p[0]).get((Integer) p[1]);
            if (m.op() == Op.DUPLICATE && p[0] instanceof ArrayNode a) {
                a.add(old.deepCopy());
            } else if (m.op() == Op.CLEAR && old instanceof ArrayNode a) {
                a.removeAll();
            } else if (m.op() == Op.DROP || m.op() == Op.DUPLICATE || m.op() == Op.CLEAR) {
                if (p[0] instanceof ObjectNode o) {
                    o.remove((String) p[1]);
                } else {
                    ((ArrayNode) p[0]).remove((Integer) p[1]);
                }
            } else if (p[0] instanceof ObjectNode o) {
                o.set((String) p[1], value);
            } else {
                ((ArrayNode) p[0]).set((Integer) p[1], value);
            }
        }
        return doc.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void located(OcopInputException e, String source) {
        assertThat(e.source()).isEqualTo(source);
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.path()).startsWith("$");
            assertThat(p.message()).isNotBlank().doesNotContain("com.fasterxml").doesNotContain("Exception");
        });
    }

    @Property(tries = 10_000)
    void mutatedRuleSetsLoadOrAreRefusedAndWhatLoadsScoresOnlyWithInputErrors(
            @ForAll("mutations") List<Mutation> mutations,
            @ForAll @net.jqwik.api.constraints.Size(max = 40) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 40)
                    Integer> picks) {
        RuleSet rules;
        try {
            rules = RuleSetLoader.parse(mutate(RULE_SET, mutations), "fuzz.json");
        } catch (OcopInputException e) {
            located(e, "fuzz.json");
            return;
        }
        ScoringEngine engine = ScoringEngine.of(rules);
        for (ScoringSheet sheet : rules.sheets()) {
            // three canonical answer sets (first options, last options, "none") and one drawn by jqwik (so a failure
            // shrinks): per criterion an option, "none", an unknown key, or no answer, plus knock-outs known or not
            for (int choice = 0; choice < 4; choice++) {
                Map<String, String> answers = new LinkedHashMap<>();
                List<String> knockOuts = new ArrayList<>();
                int i = 0;
                for (Criterion c : sheet.criteria()) {
                    int n = c.options().size();
                    if (choice < 3) {
                        answers.put(c.code(), choice == 2 ? Assessment.NONE
                                : c.options().get(choice == 0 ? 0 : n - 1).key());
                        continue;
                    }
                    int pick = i < picks.size() ? picks.get(i) : 0;
                    i++;
                    if (pick < n) {
                        answers.put(c.code(), c.options().get(pick).key());
                    } else if (pick == n) {
                        answers.put(c.code(), Assessment.NONE);
                    } else if (pick == n + 1) {
                        answers.put(c.code(), "zz");
                    } else if (pick == n + 2) {
                        answers.put("9" + c.code(), "a");
                    } // else: no answer
                }
                if (choice == 3) {
                    for (int k = i; k < picks.size(); k++) {
                        int pick = picks.get(k);
                        knockOuts.add(pick < sheet.knockOuts().size() ? sheet.knockOuts().get(pick).id() : "KO" + pick);
                    }
                }
                try {
                    ScoreCard card = engine.score(new Assessment(rules.id(), sheet.id(), Product.named("p"), "m",
                            answers, knockOuts));
                    assertThat(card.total()).isBetween(0, 100);
                    assertThat(card.stars()).satisfiesAnyOf(s -> assertThat(s).isEmpty(),
                            s -> assertThat(s.getAsInt()).isBetween(1, 5));
                } catch (OcopInputException e) {
                    located(e, "assessment");
                }
            }
        }
    }

    @Property(tries = 10_000)
    void mutatedCouncilMembersGiveAnEvaluationOrALocatedError(@ForAll("mutations") List<Mutation> mutations) {
        try {
            Assessment changed = AssessmentReader.parse(mutate(MEMBER, mutations), "member.json");
            Assessment same = AssessmentReader.parse(MEMBER.toString().getBytes(StandardCharsets.UTF_8), "m2.json");
            if (!changed.ruleSet().equals(QD26.id())) {
                return;
            }
            CouncilEvaluation c = CouncilEvaluation.of(ScoringEngine.of(QD26), List.of(changed, same),
                    CouncilPolicy.provincialPractice());
            assertThat(c).isNotNull();
        } catch (OcopInputException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).startsWith("$"));
        }
    }

    @Property(tries = 10_000)
    void mutatedProgrammeRoundsGiveAReportOrALocatedError(@ForAll("mutations") List<Mutation> mutations) {
        try {
            ProgrammeReport r = ProgrammeReport.of(ProgrammeRoundReader.parse(mutate(ROUND, mutations), "round.json"));
            assertThat(r).isNotNull();
        } catch (OcopInputException e) {
            located(e, "round.json");
        }
    }
}
