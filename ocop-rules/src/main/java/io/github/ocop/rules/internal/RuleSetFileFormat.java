package io.github.ocop.rules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The layout of every generated rule set file (the importers of the {@code ocop-importers} build module and
 * {@link RuleSetFileWriter}): two-space indent, {@code "\n"} line ends, {@code "key": value} spacing,
 * {@code []}/{@code {}} for empty containers, UTF-8 text left unescaped and a trailing newline.
 */
public final class RuleSetFileFormat {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleSetFileFormat() {
    }

    /**
     * Returns the shared mapper used to build and read trees.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Serialises a tree in the rule-set file layout.
     *
     * @param root the tree to write
     * @return the JSON text, ending with a newline
     */
    public static String write(JsonNode root) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        ObjectWriter writer = MAPPER.writer(printer);
        try {
            return writer.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise rule set", e);
        }
    }
}
