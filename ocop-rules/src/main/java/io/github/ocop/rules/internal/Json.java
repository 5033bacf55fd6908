package io.github.ocop.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Message;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that parses JSON: strict (duplicate keys, trailing tokens, NaN refused), bounded (nesting depth,
 * number and string lengths, document size), and translating every Jackson error into a located
 * {@link OcopInputException}.
 */
public final class Json {
    /** The largest document accepted, in bytes (rule sets are about 1 MB). */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** The deepest nesting accepted (rule sets nest about 12 deep). */
    public static final int MAX_DEPTH = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(32)
                            .maxStringLength(1_000_000)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Json() {
    }

    /** {@return the shared, configured mapper (thread-safe)} */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * What a kind of document may hold, checked by a streaming pass before any tree is built, so that memory stays
     * proportional to what the document could legitimately hold, not to its size in bytes.
     *
     * @param kind       what the document is, for messages (e.g. {@code read.kind.assessment})
     * @param maxValues  the most values and keys in the whole document
     * @param maxEntries the most members of one object or elements of one array
     * @param entriesAt  tighter limits on the containers at these paths (e.g. {@code $.answers}), with why
     * @param lineBreaks whether its texts may hold line feeds (a rule set's long texts do); every other control
     *                   character (CR, ESC, BEL, NUL, other C0 and C1 controls) is refused in every document
     */
    public record Limits(Message kind, int maxValues, int maxEntries, Map<String, Limit> entriesAt, boolean lineBreaks) {
        /**
         * @param kind       what the document is
         * @param maxValues  the most values and keys in the whole document
         * @param maxEntries the most entries of one container
         * @param entriesAt  tighter limits by path
         * @param lineBreaks whether texts may hold line feeds
         */
        public Limits {
            entriesAt = Map.copyOf(entriesAt);
        }

        /**
         * Limits of a document whose texts hold no control character at all (no line feed either).
         *
         * @param kind       what the document is
         * @param maxValues  the most values and keys in the whole document
         * @param maxEntries the most entries of one container
         * @param entriesAt  tighter limits by path
         */
        public Limits(Message kind, int maxValues, int maxEntries, Map<String, Limit> entriesAt) {
            this(kind, maxValues, maxEntries, entriesAt, false);
        }
    }

    /**
     * @param max the most entries
     * @param why why, for the message (e.g. {@code read.limit.answers})
     */
    public record Limit(int max, Message why) {
    }

    /** A rule set file: the bundled ones hold about 108,000 values and keys, at most 26 entries in one container. */
    public static final Limits RULE_SET = new Limits(RulesMessages.of("read.kind.ruleSet"), 1_000_000, 10_000, Map.of(), true);

    /**
     * Parses a rule set sized document, with English messages.
     *
     * @param bytes  the document, UTF-8 (a leading byte order mark is skipped)
     * @param source its name for messages
     * @return the root node
     * @throws OcopInputException when the document is empty, too large, not UTF-8 or not valid JSON
     */
    public static JsonNode parse(byte[] bytes, String source) {
        return parse(bytes, source, RULE_SET, Locale.ENGLISH);
    }

    /**
     * Parses a document within limits, with English messages.
     *
     * @param bytes  the document, UTF-8 (a leading byte order mark is skipped)
     * @param source its name for messages
     * @param limits what the document may hold
     * @return the root node
     */
    public static JsonNode parse(byte[] bytes, String source, Limits limits) {
        return parse(bytes, source, limits, Locale.ENGLISH);
    }

    /**
     * Parses a document within limits. A UTF-8 byte order mark (Notepad writes one) is skipped; a document in
     * UTF-16, Windows-1258 or TCVN3 is refused with the encoding it looks like and how to save it as UTF-8; a syntax
     * error is explained in words, with its line, its column and that line of the file with a caret under the column;
     * a text holding a control character is refused at its path.
     *
     * @param bytes  the document
     * @param source its name for messages
     * @param limits what the document may hold
     * @param locale the language of the messages (Vietnamese for {@code vi}, English otherwise)
     * @return the root node
     * @throws OcopInputException when the document is empty, too large, not UTF-8, not valid JSON or holds more than
     *                            the limits allow
     */
    public static JsonNode parse(byte[] bytes, String source, Limits limits, Locale locale) {
        try {
            return parseIn(bytes, source, limits, locale);
        } catch (OcopInputException e) {
            throw e.inLanguage(locale);
        }
    }

    private static JsonNode parseIn(byte[] bytes, String source, Limits limits, Locale locale) {
        if (bytes.length == 0) {
            throw problem(source, "$", ReadMessages.EMPTY_FILE.message());
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw problem(source, "$", ReadMessages.FILE_TOO_LARGE.message(bytes.length, MAX_DOCUMENT_BYTES));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        Encodings.requireUtf8(bytes, source, locale);
        scan(bytes, source, limits, locale);
        try (JsonParser p = MAPPER.createParser(bytes)) {
            JsonNode n = MAPPER.readTree(p);
            if (n == null || n.isMissingNode()) {
                throw problem(source, "$", ReadMessages.NO_VALUE.message());
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new OcopInputException(source, List.of(new Problem("$", Syntax.describe(e, bytes, locale))), e);
        } catch (IOException e) {
            throw new OcopInputException(source, List.of(new Problem("$", ReadMessages.CANNOT_READ.message(e.getMessage()))), e);
        } catch (StackOverflowError e) {
            throw problem(source, "$", ReadMessages.TOO_DEEP.message(MAX_DEPTH));
        }
    }

    private static OcopInputException problem(String source, String path, Message message) {
        return new OcopInputException(source, List.of(new Problem(path, message)));
    }

    /**
     * The streaming pass: counts values and the entries of each container against the limits, and locates syntax
     * errors and too-long values at their JSON path, before a tree is built.
     */
    private static void scan(byte[] bytes, String source, Limits limits, Locale locale) {
        int tighter = limits.entriesAt().values().stream().mapToInt(Limit::max).min().orElse(Integer.MAX_VALUE);
        JsonParser p = null;
        try {
            p = MAPPER.createParser(bytes);
            int[] entries = new int[MAX_DEPTH + 2];
            int depth = 0;
            long values = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (++values > limits.maxValues()) {
                    throw new OcopInputException(source, List.of(new Problem(path(p.getParsingContext()), RulesMessages.of(
                            "read.tooManyValues", limits.maxValues(), limits.kind()))));
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    continue;
                }
                if (t == JsonToken.FIELD_NAME) {
                    int bad = control(p.currentName(), false);
                    if (bad >= 0) {
                        throw problem(source, path(p.getParsingContext()), ReadMessages.CONTROL_IN_KEY.message(controlName(p.currentName().charAt(bad))));
                    }
                    continue;
                }
                if (t == JsonToken.VALUE_STRING) {
                    String text = p.getText(); // reads the whole string, so that its length limit is checked here
                    int bad = control(text, limits.lineBreaks());
                    if (bad >= 0) {
                        throw problem(source, path(p.getParsingContext()), ReadMessages.CONTROL_CHARACTER.message(controlName(text.charAt(bad)), text.codePointCount(0, bad) + 1));
                    }
                }
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    // the tree reads floats as BigDecimal: a number it cannot convert is located here, not thrown raw
                    try {
                        p.getDecimalValue();
                    } catch (NumberFormatException | ArithmeticException e) {
                        String n = p.getText();
                        throw problem(source, path(p.getParsingContext()), ReadMessages.NUMBER_UNREADABLE.message(n.length() > 40 ? n.substring(0, 40) + "…" : n));
                    }
                }
                boolean opens = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
                JsonStreamContext container = opens ? p.getParsingContext().getParent() : p.getParsingContext();
                if (depth > 0) {
                    int n = ++entries[depth];
                    if (n > tighter || n > limits.maxEntries()) {
                        checkEntries(source, limits, container, n);
                    }
                }
                if (opens) {
                    depth++;
                    entries[depth] = 0;
                }
            }
        } catch (JsonProcessingException e) {
            String where = p == null ? "$" : path(p.getParsingContext());
            throw new OcopInputException(source, List.of(new Problem(where, Syntax.describe(e, bytes, locale))), e);
        } catch (IOException e) {
            throw new OcopInputException(source, List.of(new Problem("$", ReadMessages.CANNOT_READ.message(e.getMessage()))), e);
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException e) {
                    // nothing held but the array
                }
            }
        }
    }

    private static void checkEntries(String source, Limits limits, JsonStreamContext container, int n) {
        String at = path(container.getParent());
        Limit specific = limits.entriesAt().get(at);
        if (specific != null && n > specific.max()) {
            throw new OcopInputException(source, List.of(new Problem(at, RulesMessages.of("read.tooManyEntriesWhy",
                    specific.max(), specific.why()))));
        }
        if (n > limits.maxEntries()) {
            throw new OcopInputException(source, List.of(new Problem(at, RulesMessages.of("read.tooManyEntries",
                    limits.maxEntries(), limits.kind()))));
        }
    }

    /** {@return the JSON path of the value a context is at, e.g. {@code $.answers['1.1']} or {@code $.sheets[3]}} */
    private static String path(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.add(JsonObject.childPath("", escapeControls(c.getCurrentName())));
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                segments.add("[" + c.getCurrentIndex() + "]");
            }
        }
        StringBuilder b = new StringBuilder("$");
        for (int i = segments.size() - 1; i >= 0; i--) {
            b.append(segments.get(i));
        }
        return b.toString();
    }

    /**
     * Makes equal strings of a tree share one {@link TextNode} (and so one {@code String}): a rule set repeats its
     * instrument number, annex, sheet and item codes and many option texts thousands of times, and the model keeps
     * the strings it is given, so this keeps the loaded rule sets small (about 48,000 strings, 1,400 distinct, in the
     * two bundled ones). Changes no value.
     *
     * @param root a tree from {@link #parse} (depth bounded by the parser)
     * @return the same tree
     */
    public static JsonNode shareEqualStrings(JsonNode root) {
        share(root, new HashMap<>());
        return root;
    }

    private static void share(JsonNode n, Map<String, TextNode> seen) {
        if (n instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue() instanceof TextNode t) {
                    e.setValue(seen.computeIfAbsent(t.textValue(), k -> t));
                } else {
                    share(e.getValue(), seen);
                }
            }
        } else if (n instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof TextNode t) {
                    a.set(i, seen.computeIfAbsent(t.textValue(), k -> t));
                } else {
                    share(a.get(i), seen);
                }
            }
        }
    }

    /**
     * {@return the index of its first control character (C0, DEL, C1), or -1}
     *
     * @param text       a key or a text
     * @param lineBreaks whether line feeds are allowed
     */
    static int control(String text, boolean lineBreaks) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.getType(c) == Character.CONTROL && !(lineBreaks && c == '\n')) {
                return k;
            }
        }
        return -1;
    }

    /** {@return the text with its control characters written as JSON escapes ({@code \\u0007}), for messages} */
    static String escapeControls(String text) {
        if (control(text, false) < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        text.chars().forEach(c -> b.append(Character.getType(c) == Character.CONTROL
                ? String.format(Locale.ROOT, "\\u%04x", c) : String.valueOf((char) c)));
        return b.toString();
    }

    /** {@return a control character's code and its usual name, e.g. {@code U+000A (LF)}} */
    static String controlName(char c) {
        String name = switch (c) {
            case 0 -> " (NUL)";
            case 7 -> " (BEL)";
            case 8 -> " (BS)";
            case 9 -> " (TAB)";
            case 10 -> " (LF)";
            case 13 -> " (CR)";
            case 27 -> " (ESC)";
            case 127 -> " (DEL)";
            default -> "";
        };
        return String.format(Locale.ROOT, "U+%04X", (int) c) + name;
    }

    /**
     * {@return a tree or value as compact JSON on one line (deterministic: the same tree gives the same bytes)}
     *
     * @param node a tree or value
     */
    public static String compact(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an in-memory tree", e);
        }
    }

    /**
     * {@return a tree or value as JSON indented by two spaces with {@code \n} line ends (deterministic)}
     *
     * @param node a tree or value
     */
    public static String pretty(Object node) {
        com.fasterxml.jackson.core.util.DefaultPrettyPrinter pp = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(pp).writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an in-memory tree", e);
        }
    }
}
