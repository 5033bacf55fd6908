package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.scoring.Assessment;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Message;
import io.github.ocop.core.scoring.Product;
import io.github.ocop.core.scoring.Subject;
import io.github.ocop.core.scoring.SubjectType;
import io.github.ocop.rules.internal.Json;
import io.github.ocop.rules.internal.JsonObject;
import io.github.ocop.rules.internal.JsonProblem;
import io.github.ocop.rules.internal.RulesMessages;
import io.github.ocop.rules.internal.ReadMessages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an assessment file (phiếu đánh giá, see {@code docs/assessment-format.md}) strictly: unknown or duplicate
 * keys, wrong types and malformed JSON are located errors naming the file, and so are the Bean Validation constraints
 * of the input types ({@link InputValidation}, English messages). Whether the answers fit the sheet is checked when
 * scoring. Stateless and thread-safe.
 */
public final class AssessmentReader {
    /** The most answers read: one per criterion of a sheet, and the largest sheet has a few dozen criteria. */
    public static final int MAX_ANSWERS = 1_000;
    /** The most knock-outs read: each ground of the sheet at most once, and a sheet has a handful. */
    public static final int MAX_KNOCK_OUTS = 100;
    private static final Json.Limits LIMITS = new Json.Limits(RulesMessages.of("read.kind.assessment"), 20_000, 1_000,
            Map.of("$.answers", new Json.Limit(MAX_ANSWERS, RulesMessages.of("read.limit.answers")),
                    "$.knockOuts", new Json.Limit(MAX_KNOCK_OUTS, RulesMessages.of("read.limit.knockOuts"))));

    private AssessmentReader() {
    }

    /**
     * {@return the assessment}
     *
     * @param file an assessment file
     * @throws OcopInputException naming the file, the JSON path and what was expected
     */
    public static Assessment read(Path file) {
        return read(file, Locale.ENGLISH);
    }

    /**
     * Reads an assessment file with messages in a language.
     *
     * @param file   an assessment file
     * @param locale the language of the messages: Vietnamese for {@code vi}, English otherwise
     * @return the assessment
     * @throws OcopInputException naming the file, the JSON path, what was expected and how to fix it
     */
    public static Assessment read(Path file, Locale locale) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(locale, "locale");
        return parse(RuleSetLoader.readFile(file, locale), file.toString(), locale);
    }

    /**
     * {@return the assessment}
     *
     * @param bytes  the document
     * @param source its name for messages
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static Assessment parse(byte[] bytes, String source) {
        return parse(bytes, source, Locale.ENGLISH);
    }

    /**
     * {@return the assessment}
     *
     * @param bytes  the document
     * @param source its name for messages
     * @param locale the language of the messages: Vietnamese for {@code vi}, English otherwise
     * @throws OcopInputException naming the source, the JSON path, what was expected and how to fix it
     */
    public static Assessment parse(byte[] bytes, String source, Locale locale) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locale, "locale");
        // a plain, valid document is read in one pass; anything else (including every error) by the strict path
        Assessment fast = AssessmentFastPath.read(bytes);
        return fast != null ? fast : parseStrictly(bytes, source, locale);
    }

    /**
     * The strict path alone: bounds, tree, located errors, Bean Validation. {@link #parse} gives the same result.
     *
     * @param bytes  the document
     * @param source its name for messages
     * @return the assessment
     */
    static Assessment parseStrictly(byte[] bytes, String source) {
        return parseStrictly(bytes, source, Locale.ENGLISH);
    }

    static Assessment parseStrictly(byte[] bytes, String source, Locale locale) {
        return InputValidation.requireValid(parseTree(bytes, source, locale), source, locale);
    }

    /** The strict path without its Bean Validation pass (for measuring what that pass costs; not a reader). */
    static Assessment parseTree(byte[] bytes, String source) {
        return parseTree(bytes, source, Locale.ENGLISH);
    }

    private static Assessment parseTree(byte[] bytes, String source, Locale locale) {
        JsonNode root = Json.parse(bytes, source, LIMITS, locale);
        try {
            return readRoot(root, locale);
        } catch (JsonProblem e) {
            throw new OcopInputException(source, List.of(e.problem())).inLanguage(locale);
        }
    }

    // not an overload of the public read(Path): javac would then need Jackson on the class path of every caller
    private static Assessment readRoot(JsonNode root, Locale locale) {
        JsonObject o = JsonObject.of(root, "$", locale);
        o.optString("$schema");
        String ruleSet = nonBlank(o, "ruleSet");
        String sheet = nonBlank(o, "sheet");
        Product product = product(o.object("product"));
        String assessor = o.optString("assessor");
        Map<String, String> answers = answers(o);
        List<String> knockOuts = o.strings("knockOuts");
        o.optString("note");
        o.finish();
        return new Assessment(ruleSet, sheet, product, assessor == null ? "" : assessor, answers, knockOuts);
    }

    private static String nonBlank(JsonObject o, String key) {
        String s = o.string(key);
        if (isBlank(s)) {
            throw new JsonProblem(new Problem(o.pathOf(key), (s.isEmpty() || s.isBlank() ? ReadMessages.BLANK
                    : ReadMessages.BLANK_INVISIBLE).message()));
        }
        return s;
    }

    /**
     * {@return whether a string shows nothing: empty, or only white space and invisible characters (zero-width
     * spaces and joiners, word joiners, soft hyphens, byte order marks, other format and control characters)}
     *
     * @param s a string
     */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(AssessmentReader::invisible);
    }

    /**
     * {@return whether a code point shows nothing: white space, an invisible character (see {@link #isBlank})}
     *
     * @param c a code point
     */
    static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isIdentifierIgnorable(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.CONTROL || c == 0x115F || c == 0x1160 || c == 0x3164
                || c == 0xFFA0 || c == 0x2800;
    }

    private static Product product(JsonObject o) {
        String name = nonBlank(o, "name");
        JsonObject s = o.optObject("subject");
        Subject subject = null;
        if (s != null) {
            String type = s.string("type");
            SubjectType t = Arrays.stream(SubjectType.values()).filter(v -> v.name().equals(type)).findFirst()
                    .orElseThrow(() -> new JsonProblem(new Problem(s.pathOf("type"), ReadMessages.UNKNOWN_SUBJECT_TYPE.message(type,
                            RulesMessages.choices(SubjectType.values())))));
            subject = new Subject(nonBlank(s, "name"), t);
            s.finish();
        }
        String subgroup = o.optString("subgroup");
        o.finish();
        return new Product(name, subject, subgroup);
    }

    private static Map<String, String> answers(JsonObject o) {
        JsonObject a = o.object("answers");
        Map<String, String> out = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        Iterator<String> it = fieldNames(o, "answers");
        it.forEachRemaining(keys::add);
        for (String k : keys) {
            String v = a.optString(k);
            if (v == null) {
                throw new JsonProblem(new Problem(a.pathOf(k), ReadMessages.EXPECTED.message(
                        ReadMessages.AN_OPTION.message(), Message.text("null"))));
            }
            out.put(k, v);
        }
        a.finish();
        return out;
    }

    private static Iterator<String> fieldNames(JsonObject parent, String key) {
        return parentNode(parent, key).fieldNames();
    }

    private static JsonNode parentNode(JsonObject parent, String key) {
        return parent.node().get(key);
    }
}
