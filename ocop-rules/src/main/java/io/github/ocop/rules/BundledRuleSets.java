package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;

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
 */
public final class BundledRuleSets implements RuleSetProvider {
    static final String INDEX = "bundled.properties";
    private final Map<String, String> digests;
    private final Map<String, RuleSet> cache = new ConcurrentHashMap<>();

    /** Reads the index of bundled rule sets. */
    public BundledRuleSets() {
        this(readIndex());
    }

    /** @param digests id to expected SHA-256, replacing the jar's index (tests) */
    BundledRuleSets(Map<String, String> digests) {
        this.digests = Map.copyOf(digests);
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

    private RuleSet read(String id) {
        String name = id + ".json";
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
        if (!actual.equals(digests.get(id))) {
            throw new IllegalStateException("bundled rule set " + name + " was changed: its SHA-256 is " + actual
                    + " but " + INDEX + " records " + digests.get(id) + "; refusing to use it");
        }
        RuleSet rules = RuleSetLoader.parse(bytes, "bundled " + name, actual);
        if (!rules.id().equals(id)) {
            throw new IllegalStateException("bundled " + name + " declares id " + rules.id());
        }
        return rules;
    }
}
