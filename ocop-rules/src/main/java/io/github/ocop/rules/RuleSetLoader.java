package io.github.ocop.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.rules.internal.Json;
import io.github.ocop.rules.internal.JsonProblem;
import io.github.ocop.rules.internal.ReadMessages;
import io.github.ocop.rules.internal.RuleSetReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
     * {@return the validated rule set, carrying the SHA-256 digest of the file}
     *
     * @param file a rule set file
     * @throws OcopInputException naming the file, the JSON path and what was expected
     */
    public static RuleSet load(Path file) {
        Objects.requireNonNull(file, "file");
        return parse(readFile(file), file.toString());
    }

    /**
     * {@return the validated rule set}
     *
     * @param in     a stream holding a rule set (read to its end, not closed)
     * @param source the name to use in messages
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static RuleSet load(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            return parse(in.readNBytes(Json.MAX_DOCUMENT_BYTES + 1), source);
        } catch (IOException e) {
            throw new OcopInputException(source, List.of(new Problem("$", ReadMessages.CANNOT_READ.message(
                    String.valueOf(e.getMessage())))), e).inLanguage(Locale.ENGLISH);
        }
    }

    /**
     * {@return the validated rule set}
     *
     * @param bytes  the document
     * @param source the name to use in messages
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static RuleSet parse(byte[] bytes, String source) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        return parse(bytes, source, sha256(bytes));
    }

    /**
     * As {@link #parse(byte[], String)}, with the reading path's messages (file, encoding, JSON syntax, keys, types)
     * in a language.
     *
     * @param bytes  the document
     * @param source the name to use in messages
     * @param locale Vietnamese for {@code vi}, English otherwise
     * @return the validated rule set
     * @throws OcopInputException naming the source, the JSON path and what was expected
     */
    public static RuleSet parse(byte[] bytes, String source, Locale locale) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(locale, "locale");
        return parse(bytes, source, sha256(bytes), locale);
    }

    /**
     * As {@link #load(Path)}, with the reading path's messages in a language.
     *
     * @param file   a rule set file
     * @param locale Vietnamese for {@code vi}, English otherwise
     * @return the validated rule set
     * @throws OcopInputException naming the file, the JSON path and what was expected
     */
    public static RuleSet load(Path file, Locale locale) {
        Objects.requireNonNull(file, "file");
        return parse(readFile(file, locale), file.toString(), locale);
    }

    /** As {@link #parse(byte[], String)}, with the SHA-256 of the bytes already computed (bundled rule sets). */
    static RuleSet parse(byte[] bytes, String source, String sha256) {
        return parse(bytes, source, sha256, Locale.ENGLISH);
    }

    private static RuleSet parse(byte[] bytes, String source, String sha256, Locale locale) {
        JsonNode root = Json.shareEqualStrings(Json.parse(bytes, source, Json.RULE_SET, locale));
        RuleSet rules;
        try {
            rules = RuleSetReader.read(root, sha256, locale);
        } catch (JsonProblem e) {
            throw new OcopInputException(source, List.of(e.problem())).inLanguage(locale);
        }
        ValidationReport report = RuleSetValidator.validate(rules);
        if (!report.valid()) {
            throw new OcopInputException(source, report.errors()).inLanguage(locale);
        }
        return rules;
    }

    static byte[] readFile(Path file) {
        return readFile(file, Locale.ENGLISH);
    }

    /** {@return the bytes of a JSON file a person names, or a located message saying why it cannot be one} */
    static byte[] readFile(Path file, Locale locale) {
        try {
            return readBytes(file);
        } catch (OcopInputException e) {
            throw e.inLanguage(locale);
        }
    }

    private static byte[] readBytes(Path file) {
        if (Files.isDirectory(file)) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$",
                    ReadMessages.IS_DIRECTORY.message())));
        }
        if (!Files.exists(file)) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$",
                    ReadMessages.NO_SUCH_FILE.message())));
        }
        if (!Files.isRegularFile(file)) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$",
                    ReadMessages.NOT_REGULAR.message())));
        }
        try {
            long size = Files.size(file);
            if (size > Json.MAX_DOCUMENT_BYTES) {
                throw new OcopInputException(file.toString(), List.of(new Problem("$",
                        ReadMessages.FILE_TOO_LARGE.message(size, Json.MAX_DOCUMENT_BYTES))));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OcopInputException(file.toString(), List.of(new Problem("$", e instanceof AccessDeniedException
                    ? ReadMessages.NO_PERMISSION.message() : ReadMessages.CANNOT_READ.message(String.valueOf(e.getMessage())))), e);
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
     * {@return the SHA-256 digest of some bytes, lower-case hex}
     *
     * @param bytes some bytes
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
