package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.core.scoring.Problem;
import io.github.ocop.rules.internal.Json;
import io.github.ocop.rules.internal.JsonProblem;
import io.github.ocop.rules.internal.RuleSetReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Loads a rule set file (format "1", see {@code docs/rule-set-format.md}) with the same strict parsing and semantic
 * validation as the bundled ones: a province holding a decision's signed annex can add it without a new release.
 * Stateless and thread-safe.
 */
public final class RuleSetLoader {
    private RuleSetLoader() {
    }

    /**
     * @param file a rule set file
     * @return the validated rule set, carrying the SHA-256 digest of the file
     * @throws OcopInputException naming the file, the JSON path and what was expected
     */
    public static RuleSet load(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(readFile(file), file.toString());
    }

    /**
     * @param in     a stream holding a rule set (read to its end, not closed)
     * @param source the name to use in messages
     * @return the validated rule set
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static RuleSet load(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            return parse(in.readNBytes(Json.MAX_DOCUMENT_BYTES + 1), source);
        } catch (IOException e) {
            throw new OcopInputException(source, List.of(new Problem("$", "could not be read: " + e.getMessage())), e);
        }
    }

    /**
     * @param bytes  the document
     * @param source the name to use in messages
     * @return the validated rule set
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static RuleSet parse(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        return parse(bytes, source, sha256(bytes));
    }

    /** As {@link #parse(byte[], String)}, with the SHA-256 of the bytes already computed (bundled rule sets). */
    static RuleSet parse(byte[] bytes, String source, String sha256) {
        JsonNode root = Json.shareEqualStrings(Json.parse(bytes, source));
        RuleSet rules;
        try {
            rules = RuleSetReader.read(root, sha256);
        } catch (JsonProblem e) {
            throw new OcopInputException(source, List.of(e.problem()));
        }
        ValidationReport report = RuleSetValidator.validate(rules);
        if (!report.valid()) {
            throw new OcopInputException(source, report.errors());
        }
        return rules;
    }

    static byte[] readFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$", "is a directory, expected a JSON file")));
        }
        if (!Files.exists(file)) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$", "no such file")));
        }
        if (!Files.isRegularFile(file)) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$", "not a regular file (a device, pipe"
                    + " or socket?), expected a JSON file")));
        }
        try {
            long size = Files.size(file);
            if (size > Json.MAX_DOCUMENT_BYTES) {
                throw new OcopInputException(file.toString(), List.of(new Problem("$", "the file is " + size
                        + " bytes, more than the " + Json.MAX_DOCUMENT_BYTES + " accepted")));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$", "could not be read: " + e)), e);
        }
    }

    /**
     * Writes a rule set as a complete rule set file (docs/rule-set-format.md, formatVersion 2): every key, in the
     * documented order, so that loading the text gives an equal rule set. This is what {@code ocop export} prints:
     * the starting point for a province's own file.
     *
     * @param ruleSet the rule set
     * @return the file's text, UTF-8, ending with a newline
     */
    public static String write(RuleSet ruleSet) {
        return io.github.ocop.rules.internal.RuleSetFileWriter.write(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /**
     * @param bytes some bytes
     * @return their SHA-256 digest, lower-case hex
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
