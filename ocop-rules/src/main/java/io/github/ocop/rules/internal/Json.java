package io.github.ocop.rules.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxNumberLength(32)
                            .maxStringLength(1_000_000)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    private Json() {
    }

    /** @return the shared, configured mapper (thread-safe) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses a document.
     *
     * @param bytes  the document, UTF-8 (a leading BOM is refused with a clear message)
     * @param source its name for messages
     * @return the root node
     * @throws OcopInputException when the document is empty, too large, not UTF-8 or not valid JSON
     */
    public static JsonNode parse(byte[] bytes, String source) {
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
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new OcopInputException(source, List.of(new Problem("$", "the file is not valid UTF-8 text")));
        }
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
        if (e.getLocation() == null) {
            return "$";
        }
        return "$ (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
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
        if (m.length() > 300) {
            m = m.substring(0, 300) + "...";
        }
        return "malformed JSON: " + m;
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
