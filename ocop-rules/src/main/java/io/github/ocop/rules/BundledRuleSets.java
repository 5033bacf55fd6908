package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.scoring.OcopInputException;
import io.github.ocop.rules.internal.RuleSetBinary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule sets shipped in this jar. Each resource's SHA-256 digest is recorded in {@code bundled.properties}
 * and checked when it is loaded: a changed resource is refused. Thread-safe; rule sets are loaded once, lazily.
 *
 * <p>A rule set whose index also records a compiled form ({@code ID.bin=SHA-256}) is read from that form, compiled
 * from the reviewed JSON by {@code RuleSetBinary} (no JSON parser on that path, for a fast cold start), then
 * validated like any other; its {@link RuleSet#digest()} is still the JSON's. Without a {@code .bin} entry the JSON
 * itself is loaded.
 */
public final class BundledRuleSets implements RuleSetProvider {
    static final String INDEX = "bundled.properties";
    static final String BINARY = ".bin";
    private final Map<String, String> digests;
    private final Map<String, String> binaryDigests;
    private final Map<String, RuleSet> cache = new ConcurrentHashMap<>();

    /** Reads the index of bundled rule sets. */
    public BundledRuleSets() {
        this(readIndex());
    }

    /**
     * @param index the index's entries, replacing the jar's (tests): id to the JSON's SHA-256, and
     *              {@code id.bin} to the compiled form's
     */
    BundledRuleSets(Map<String, String> index) {
        Map<String, String> json = new LinkedHashMap<>();
        Map<String, String> bin = new LinkedHashMap<>();
        index.forEach((k, v) -> {
            if (k.endsWith(BINARY)) {
                bin.put(k.substring(0, k.length() - BINARY.length()), v);
            } else {
                json.put(k, v);
            }
        });
        this.digests = java.util.Collections.unmodifiableMap(json);
        this.binaryDigests = Map.copyOf(bin);
    }

    private static Map<String, String> readIndex() {
        Properties p = new Properties();
        try (InputStream in = BundledRuleSets.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks io/github/ocop/rules/" + INDEX);
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k).strip()));
        return m;
    }

    @Override
    public Set<String> ids() {
        return digests.keySet();
    }

    /**
     * @param id a bundled rule set id
     * @return the recorded SHA-256 digest of its resource, if bundled
     */
    public Optional<String> recordedDigest(String id) {
        return Optional.ofNullable(digests.get(id));
    }

    @Override
    public Optional<RuleSet> load(String id) {
        if (!digests.containsKey(id)) {
            return Optional.empty();
        }
        return Optional.of(cache.computeIfAbsent(id, this::read));
    }

    /**
     * @param id a bundled rule set id
     * @return the recorded SHA-256 digest of its compiled form, if it has one
     */
    Optional<String> recordedBinaryDigest(String id) {
        return Optional.ofNullable(binaryDigests.get(id));
    }

    private RuleSet read(String id) {
        RuleSet rules;
        if (binaryDigests.containsKey(id)) {
            String name = id + BINARY;
            byte[] bytes = resource(name, binaryDigests.get(id));
            try {
                rules = RuleSetBinary.read(bytes, digests.get(id));
            } catch (IllegalStateException e) {
                throw new IllegalStateException("bundled rule set " + name + ": " + e.getMessage(), e);
            }
            ValidationReport report = RuleSetValidator.validate(rules);
            if (!report.valid()) {
                throw new OcopInputException("bundled " + name, report.errors());
            }
        } else {
            String name = id + ".json";
            rules = RuleSetLoader.parse(resource(name, digests.get(id)), "bundled " + name, digests.get(id));
        }
        if (!rules.id().equals(id)) {
            throw new IllegalStateException("bundled rule set " + id + " declares id " + rules.id());
        }
        return rules;
    }

    /** Reads a resource and checks its SHA-256 against the index. */
    private static byte[] resource(String name, String expected) {
        byte[] bytes;
        try (InputStream in = BundledRuleSets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule set " + name + " is listed in " + INDEX
                        + " but missing from the jar");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String actual = RuleSetLoader.sha256(bytes);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("bundled rule set " + name + " was changed: its SHA-256 is " + actual
                    + " but " + INDEX + " records " + expected + "; refusing to use it");
        }
        return bytes;
    }
}
