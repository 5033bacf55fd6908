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
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
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

    /** @return the shared, configured mapper (thread-safe) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * What a kind of document may hold, checked by a streaming pass before any tree is built, so that memory stays
     * proportional to what the document could legitimately hold, not to its size in bytes.
     *
     * @param kind       what the document is, for messages (e.g. "an assessment")
     * @param maxValues  the most values and keys in the whole document
     * @param maxEntries the most members of one object or elements of one array
     * @param entriesAt  tighter limits on the containers at these paths (e.g. {@code $.answers}), with why
     */
    public record Limits(String kind, int maxValues, int maxEntries, Map<String, Limit> entriesAt) {
        /**
         * @param kind       what the document is
         * @param maxValues  the most values and keys in the whole document
         * @param maxEntries the most entries of one container
         * @param entriesAt  tighter limits by path
         */
        public Limits {
            entriesAt = Map.copyOf(entriesAt);
        }
    }

    /**
     * @param max the most entries
     * @param why why, for the message (e.g. "a sheet has a few dozen criteria")
     */
    public record Limit(int max, String why) {
    }

    /** A rule set file: the bundled ones hold about 108,000 values and keys, at most 26 entries in one container. */
    public static final Limits RULE_SET = new Limits("a rule set", 1_000_000, 10_000, Map.of());

    /**
     * Parses a rule set sized document.
     *
     * @param bytes  the document, UTF-8 (a leading BOM is refused with a clear message)
     * @param source its name for messages
     * @return the root node
     * @throws OcopInputException when the document is empty, too large, not UTF-8 or not valid JSON
     */
    public static JsonNode parse(byte[] bytes, String source) {
        return parse(bytes, source, RULE_SET);
    }

    /**
     * Parses a document within limits.
     *
     * @param bytes  the document, UTF-8 (a leading BOM is refused with a clear message)
     * @param source its name for messages
     * @param limits what the document may hold
     * @return the root node
     * @throws OcopInputException when the document is empty, too large, not UTF-8, not valid JSON or holds more than
     *                            the limits allow
     */
    public static JsonNode parse(byte[] bytes, String source, Limits limits) {
        if (bytes.length == 0) {
            throw new OcopInputException(source, List.of(new Problem("$", "the file is empty (expected a JSON object)")));
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new OcopInputException(source, List.of(new Problem("$", "the file is " + bytes.length
                    + " bytes, more than the " + MAX_DOCUMENT_BYTES + " accepted")));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw new OcopInputException(source, List.of(new Problem("$",
                    "the file starts with a byte order mark (BOM); save it as UTF-8 without BOM")));
        }
        requireUtf8(bytes, source);
        scan(bytes, source, limits);
        try (JsonParser p = MAPPER.createParser(bytes)) {
            JsonNode n = MAPPER.readTree(p);
            if (n == null || n.isMissingNode()) {
                throw new OcopInputException(source, List.of(new Problem("$", "no JSON value found (expected an object)")));
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new OcopInputException(source, List.of(new Problem(location(e), describe(e))), e);
        } catch (IOException e) {
            throw new OcopInputException(source, List.of(new Problem("$", "could not be read: " + e.getMessage())), e);
        } catch (StackOverflowError e) {
            throw new OcopInputException(source, List.of(new Problem("$", "nesting too deep")));
        }
    }

    /** Checks the bytes are UTF-8 without holding a decoded copy of the document. */
    private static void requireUtf8(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                throw new OcopInputException(source, List.of(new Problem("$", "the file is not valid UTF-8 text (byte "
                        + in.position() + ")")));
            }
            out.clear();
            if (r.isUnderflow()) {
                return;
            }
        }
    }

    /**
     * The streaming pass: counts values and the entries of each container against the limits, and locates syntax
     * errors and too-long values at their JSON path, before a tree is built.
     */
    private static void scan(byte[] bytes, String source, Limits limits) {
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
                    throw new OcopInputException(source, List.of(new Problem(path(p.getParsingContext()), "the file"
                            + " holds more than " + limits.maxValues() + " values and keys, far more than "
                            + limits.kind() + " needs; nothing was read")));
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    continue;
                }
                if (t == JsonToken.FIELD_NAME) {
                    continue;
                }
                if (t == JsonToken.VALUE_STRING) {
                    p.getText(); // reads the whole string, so that its length limit is checked here
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
            throw new OcopInputException(source, List.of(new Problem(where + position(e), describe(e))), e);
        } catch (IOException e) {
            throw new OcopInputException(source, List.of(new Problem("$", "could not be read: " + e.getMessage())), e);
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
            throw new OcopInputException(source, List.of(new Problem(at, "holds more than " + specific.max()
                    + " entries (" + specific.why() + "); reading stopped there")));
        }
        if (n > limits.maxEntries()) {
            throw new OcopInputException(source, List.of(new Problem(at, "holds more than " + limits.maxEntries()
                    + " entries, far more than " + limits.kind() + " needs; reading stopped there")));
        }
    }

    /** @return the JSON path of the value a context is at, e.g. {@code $.answers['1.1']} or {@code $.sheets[3]} */
    private static String path(JsonStreamContext context) {
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.add(JsonObject.childPath("", c.getCurrentName()));
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

    private static String location(JsonProcessingException e) {
        return "$" + position(e);
    }

    private static String position(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 0) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "malformed JSON";
        }
        int nl = m.indexOf('\n');
        if (nl > 0) {
            m = m.substring(0, nl);
        }
        // no names of the parser's settings in a message meant for users
        m = m.replaceAll(", from `[^`]*`", "").replaceAll("\\[Source: [^;\\]]*; ", "[").replaceAll("`[^`]*`", "")
                .replace("StreamReadConstraints", "");
        if (m.length() > 300) {
            m = m.substring(0, 300) + "...";
        }
        return (e instanceof StreamConstraintsException ? "too large: " : "malformed JSON: ") + m;
    }

    /**
     * @param node a tree or value
     * @return it as compact JSON on one line (deterministic: the same tree gives the same bytes)
     */
    public static String compact(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an in-memory tree", e);
        }
    }

    /**
     * @param node a tree or value
     * @return it as JSON indented by two spaces with {@code \n} line ends (deterministic)
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
