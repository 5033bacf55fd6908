package io.github.ocop.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocop.core.model.Criterion;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.model.ScoringSheet;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.scoring.ScoreCard;
import io.github.ocop.core.scoring.ScoringEngine;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.internal.Json;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, property form of {@link FastPathEquivalenceTest}: over jqwik-generated assessment documents (any sheet of
 * both bundled rule sets, each criterion answered with one of its options, "none", an unknown key or not at all, codes
 * that are not the sheet's, strings whose hashes collide, compact or indented), the one-pass reader gives exactly what
 * the strict reader gives (the same assessment or the same message), and the card written from it has the same bytes
 * on the fragment writer as on the Jackson tree writer, also when many documents are read one after another (the
 * reader's table of shared strings and the writer's per-sheet lines are then in use).
 */
class FastPathEquivalenceProperties {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> RULE_SETS = List.of("qd-26-2026", "qd-1048-2019");
    /** "Aa" and "BB" have the same String hash, as have "AaAa", "AaBB", "BBAa" and "BBBB". */
    private static final List<String> COLLIDING = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");

    /** One answer as generated: what to do with a criterion. */
    enum Choice { OPTION, NONE, UNKNOWN_KEY, COLLIDING_KEY, OMITTED }

    record Doc(String ruleSet, int sheetIndex, List<Choice> choices, List<Integer> optionPicks, List<String> extraCodes,
               String name, SubjectType type, boolean pretty, boolean clean) {
    }

    @Property(tries = 300)
    void bothReadersAndBothWritersAgreeOnGeneratedDocuments(@ForAll("documents") Doc doc) {
        RuleSet rules = RuleSets.standard().get(doc.ruleSet());
        ScoringSheet sheet = rules.sheets().get(doc.sheetIndex() % rules.sheets().size());
        byte[] bytes = render(doc, sheet);
        Object strict = outcome(() -> AssessmentReader.parseStrictly(bytes, "generated.json"));
        Object fast = outcome(() -> AssessmentReader.parse(bytes, "generated.json"));
        assertThat(fast).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(strict);
        boolean scored = false;
        if (strict instanceof Assessment a) {
            Object card = outcome(() -> ScoringEngine.of(rules).score(a));
            if (card instanceof ScoreCard c) {
                scored = true;
                String tree = Json.compact(OcopJson.scoreCardNode(c));
                assertThat(OcopJson.scoreCardUtf8(c)).isEqualTo(tree.getBytes(StandardCharsets.UTF_8));
                assertThat(OcopJson.scoreCard(c)).isEqualTo(tree);
            }
        }
        Statistics.label("scored").collect(scored);
        Statistics.label("scored").coverage(c -> {
            c.check(true).percentage(p -> p > 10);
            c.check(false).percentage(p -> p > 10);
        });
    }

    /**
     * Issue 18, answers resolved while read: with an engine that has compiled the sheet, the one-pass reader finds
     * criterion and option indexes from the bytes (the sheet's vocabulary); the card is then the same as the card of
     * the same answers handed over as a plain map (looked up again by the engine), refusals included.
     */
    @Property(tries = 200)
    void answersResolvedWhileReadScoreAsAPlainMapDoes(@ForAll("documents") Doc doc) {
        RuleSet rules = RuleSets.standard().get(doc.ruleSet());
        ScoringSheet sheet = rules.sheets().get(doc.sheetIndex() % rules.sheets().size());
        ScoringEngine engine = ScoringEngine.of(rules);
        engine.minima(sheet.id()); // compiles the sheet: its vocabulary is there for the reader
        byte[] bytes = render(doc, sheet);
        Object read = outcome(() -> AssessmentReader.parse(bytes, "generated.json"));
        if (!(read instanceof Assessment a)) {
            return; // refused by the reader: the property above compares refusals
        }
        Assessment plain = new Assessment(a.ruleSet(), a.sheet(), a.product(), a.assessor(),
                new LinkedHashMap<>(a.answers()), a.knockOuts());
        Object resolved = outcome(() -> engine.score(a));
        Object looked = outcome(() -> engine.score(plain));
        if (resolved instanceof ScoreCard r && looked instanceof ScoreCard l) {
            assertThat(OcopJson.scoreCardUtf8(r)).isEqualTo(OcopJson.scoreCardUtf8(l));
            assertThat(r.criteria()).isEqualTo(l.criteria());
        } else {
            assertThat(resolved).as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(looked);
        }
    }

    /** The white space and the odd code one answer is written with (see {@link #answersLaidOutAnswerByAnswer}). */
    record Layout(String beforeColon, String afterColon, String afterValue, String afterComma, int code) {
    }

    /**
     * Issue 18, the answers read as words: the one-pass reader learns the separators of a document's first answer and
     * then compares each later separator as one word. Whatever white space each answer is written with (none, a space,
     * tabs, CR LF, indentation longer than a word), and whatever a code is (the sheet's, written with an escape,
     * longer than a word, unknown, empty), the reader gives exactly what the strict reader gives, with the sheet
     * compiled (its vocabulary in use) and the answers last in the document (words read up to its end).
     */
    @Property(tries = 400)
    void answersLaidOutAnswerByAnswerReadAsTheStrictReaderReadsThem(@ForAll("layouts") List<Layout> layouts,
            @ForAll("sheetIndexes") int sheetIndex) {
        RuleSet rules = RuleSets.standard().get("qd-26-2026");
        ScoringSheet sheet = rules.sheets().get(sheetIndex % rules.sheets().size());
        ScoringEngine.of(rules).minima(sheet.id()); // the sheet compiled: its vocabulary is there for the reader
        StringBuilder doc = new StringBuilder("{\"ruleSet\":\"qd-26-2026\",\"sheet\":\"").append(sheet.id())
                .append("\",\"product\":{\"name\":\"P\"},\"answers\":{");
        List<Criterion> criteria = sheet.criteria();
        for (int k = 0; k < layouts.size() && k < criteria.size(); k++) {
            Layout l = layouts.get(k);
            Criterion c = criteria.get(k);
            String code = switch (l.code()) {
                case 1 -> "\\u00" + Integer.toHexString(c.code().charAt(0)) + c.code().substring(1); // an escape
                case 2 -> c.code() + ".1.2.3.4"; // longer than a word, unknown
                case 3 -> "";
                default -> c.code();
            };
            String key = c.options().isEmpty() ? Assessment.NONE : c.options().get(k % c.options().size()).key();
            doc.append(k == 0 ? "" : "," + l.afterComma()).append('"').append(code).append('"').append(l.beforeColon())
                    .append(':').append(l.afterColon()).append('"').append(key).append('"').append(l.afterValue());
        }
        byte[] bytes = doc.append("}}").toString().getBytes(StandardCharsets.UTF_8);
        Object strict = outcome(() -> AssessmentReader.parseStrictly(bytes, "laid-out.json"));
        assertThat(outcome(() -> AssessmentReader.parse(bytes, "laid-out.json")))
                .as(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(strict);
        Statistics.label("read by the one-pass reader").collect(AssessmentFastPath.read(bytes) != null);
    }

    @Provide
    Arbitrary<List<Layout>> layouts() {
        Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\t", "\n", "\r\n    ", "\n    ", "\n          ");
        Arbitrary<Integer> code = Arbitraries.frequency(net.jqwik.api.Tuple.of(30, 0), net.jqwik.api.Tuple.of(1, 1),
                net.jqwik.api.Tuple.of(1, 2), net.jqwik.api.Tuple.of(1, 3));
        Arbitrary<Layout> one = Combinators.combine(space, space, space, space, code).as(Layout::new);
        // mostly one layout repeated (as a tool writes), sometimes a different one for some answers
        return Combinators.combine(one, one, Arbitraries.integers().between(0, 40).list().ofMaxSize(4),
                Arbitraries.integers().between(0, 40)).as((usual, other, odd, count) -> {
                    List<Layout> out = new java.util.ArrayList<>();
                    for (int k = 0; k < count; k++) {
                        out.add(odd.contains(k) ? other : usual);
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<Integer> sheetIndexes() {
        return Arbitraries.integers().between(0, 40);
    }

    @Provide
    Arbitrary<Doc> documents() {
        Arbitrary<List<Choice>> choices = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.just(Choice.OPTION)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Choice.NONE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Choice.UNKNOWN_KEY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Choice.COLLIDING_KEY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Choice.OMITTED))).list().ofSize(40);
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 9).list().ofSize(40);
        Arbitrary<List<String>> extra = Arbitraries.of(COLLIDING).list().ofMaxSize(2);
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("Bưởi da xanh", "Ớt \"cay\"", "\uD83C\uDF4A Cam", "Aa", "BB", "1.1", "a"));
        return Combinators.combine(Arbitraries.of(RULE_SETS), Arbitraries.integers().between(0, 40), choices, picks,
                        extra, name, Arbitraries.of(SubjectType.class), Arbitraries.of(true, false))
                .as((r, s, c, p, e, n, t, pretty) -> new Doc(r, s, c, p, e, n, t, pretty, p.get(0) < 5));
    }

    private static byte[] render(Doc doc, ScoringSheet sheet) {
        ObjectNode o = F.objectNode();
        o.put("ruleSet", doc.ruleSet());
        o.put("sheet", sheet.id());
        ObjectNode p = o.putObject("product");
        p.put("name", doc.name());
        ObjectNode s = p.putObject("subject");
        s.put("name", "HTX " + doc.name());
        s.put("type", doc.type().name());
        if (doc.pretty()) {
            o.put("assessor", doc.name());
        }
        Map<String, String> answers = new LinkedHashMap<>();
        List<Criterion> criteria = sheet.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            // a clean document answers every criterion with one of its options: most of those score
            Choice choice = doc.clean() ? Choice.OPTION : doc.choices().get(i % doc.choices().size());
            int pick = doc.optionPicks().get(i % doc.optionPicks().size());
            switch (choice) {
                case OPTION -> answers.put(c.code(), c.options().isEmpty() ? Assessment.NONE
                        : c.options().get(pick % c.options().size()).key());
                case NONE -> answers.put(c.code(), Assessment.NONE);
                case UNKNOWN_KEY -> answers.put(c.code(), "zz" + pick);
                case COLLIDING_KEY -> answers.put(c.code(), COLLIDING.get(pick % COLLIDING.size()));
                default -> { }
            }
        }
        if (!doc.clean()) {
            doc.extraCodes().forEach(code -> answers.putIfAbsent(code, "a"));
        }
        ObjectNode a = o.putObject("answers");
        answers.forEach(a::put);
        String text = doc.pretty() ? Json.pretty(o) : Json.compact(o);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Object outcome(java.util.function.Supplier<?> read) {
        try {
            return read.get();
        } catch (OcopInputException e) {
            return "refused: " + e.getMessage();
        }
    }
}
