package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.core.problem.Problem;
import io.github.ocop.core.text.Message;
import io.github.ocop.rules.internal.RuleSetBinary;
import io.github.ocop.rules.internal.RulesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The rule sets shipped in this jar. The SHA-256 of each resource is compiled into this jar's code
 * ({@code BundledDigests}), not read from a resource, and the resources are read from this module (or, on the class
 * path, from the jar or directory this class was loaded from), never by a class-path-wide lookup: a jar placed earlier
 * on the class path cannot substitute them, and an edited resource is refused. Thread-safe; rule sets are loaded
 * once, lazily.
 *
 * <p>A rule set is read from its compiled form ({@code ID.bin}, compiled from the reviewed JSON by
 * {@code RuleSetBinary}, for a fast cold start). It is not validated again at run time: its SHA-256 is compiled into
 * this jar, and the build proves that those bytes decode to the reviewed JSON's rule set and that it is valid
 * ({@code CompiledRuleSetsTest}). Its process facts are decoded on first use. The JSON it was compiled from is checked
 * too, and its digest is the rule set's {@link RuleSet#digest()}. Without a {@code .bin} entry the JSON itself is
 * loaded and validated like any other.
 */
public final class BundledRuleSets implements RuleSetProvider {
    static final String BINARY = ".bin";
    private static final String PACKAGE_PATH = "io/github/ocop/rules/";
    private final Map<String, String> digests;
    private final Map<String, String> binaryDigests;
    private final Function<String, byte[]> resources;
    private final Map<String, RuleSet> cache = new ConcurrentHashMap<>();

    /** The rule sets of this jar, checked against the digests compiled into it. */
    public BundledRuleSets() {
        this(index(BundledDigests.LINES), BundledRuleSets::ownResource);
    }

    /**
     * Bundled rule sets with a given digest index and resource reader (tests).
     *
     * @param index     id to the JSON's SHA-256, and {@code id.bin} to the compiled form's (tests)
     * @param resources reads a resource of this package by file name, or returns null when it is absent (tests)
     */
    BundledRuleSets(Map<String, String> index, Function<String, byte[]> resources) {
        Map<String, String> json = new LinkedHashMap<>();
        Map<String, String> bin = new LinkedHashMap<>();
        index.forEach((k, v) -> {
            if (k.endsWith(BINARY)) {
                bin.put(k.substring(0, k.length() - BINARY.length()), v);
            } else {
                json.put(k, v);
            }
        });
        this.digests = Collections.unmodifiableMap(json);
        this.binaryDigests = Map.copyOf(bin);
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    /**
     * Bundled rule sets with a given digest index (tests); resources are this jar's.
     *
     * @param index the index's entries, replacing the compiled ones
     */
    BundledRuleSets(Map<String, String> index) {
        this(index, BundledRuleSets::ownResource);
    }

    /**
     * {@return the map, in line order}
     *
     * @param lines {@code key=value} lines
     */
    static Map<String, String> index(List<String> lines) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            m.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return m;
    }

    /**
     * {@return whether they are those of a bundled rule set of this jar (a score card's rule set is official)}
     *
     * @param id     a rule set id
     * @param digest the digest a score card records
     */
    static boolean isOfficial(String id, Optional<String> digest) {
        return digest.isPresent() && digest.get().equals(index(BundledDigests.LINES).get(id));
    }

    @Override
    public Set<String> ids() {
        return digests.keySet();
    }

    /**
     * {@return the SHA-256 digest of its JSON resource as compiled into this jar, if bundled}
     *
     * @param id a bundled rule set id
     */
    public Optional<String> recordedDigest(String id) {
        return Optional.ofNullable(digests.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Optional<RuleSet> load(String id) {
        if (!digests.containsKey(Objects.requireNonNull(id, "id"))) {
            return Optional.empty();
        }
        return Optional.of(cache.computeIfAbsent(id, this::read));
    }

    /**
     * {@return the recorded SHA-256 digest of its compiled form, if it has one}
     *
     * @param id a bundled rule set id
     */
    Optional<String> recordedBinaryDigest(String id) {
        return Optional.ofNullable(binaryDigests.get(id));
    }

    private RuleSet read(String id) {
        String jsonName = id + ".json";
        RuleSet rules;
        if (binaryDigests.containsKey(id)) {
            // the JSON is checked (read and hashed, about 2.4 MB) on another thread while the compiled form is read
            // and validated on this one; its verdict comes first, as when they ran one after the other
            FutureTask<byte[]> json = new FutureTask<>(() -> resource(jsonName, digests.get(id)));
            Thread checker = new Thread(json, "ocop digest of " + jsonName);
            checker.setDaemon(true);
            checker.start();
            RuntimeException binaryProblem = null;
            rules = null;
            try {
                rules = readBinary(id);
            } catch (RuntimeException e) {
                binaryProblem = e;
            }
            awaitCheck(json);
            if (binaryProblem != null) {
                throw binaryProblem;
            }
        } else {
            byte[] json = resource(jsonName, digests.get(id));
            rules = RuleSetLoader.parse(json, "bundled " + jsonName, digests.get(id));
        }
        if (!rules.id().equals(id)) {
            throw refused(id, RulesMessages.of("bundled.wrongId", rules.id()));
        }
        return rules;
    }

    private RuleSet readBinary(String id) {
        String name = id + BINARY;
        byte[] bytes = resource(name, binaryDigests.get(id));
        RuleSet rules;
        try {
            rules = RuleSetBinary.read(bytes, digests.get(id));
        } catch (IllegalStateException e) {
            throw refused(name, RulesMessages.of("bundled.unreadable", String.valueOf(e.getMessage())));
        }
        // not validated again here (issue 18: a third of the load): the bytes are those whose SHA-256 is compiled into
        // this jar, and CompiledRuleSetsTest proves at build time that each of them decodes to its JSON's rule set and
        // that this rule set is valid; a rule set read from any other source is validated (RuleSetLoader)
        return rules;
    }

    /** Waits for a check run on another thread and throws what it threw. */
    private static void awaitCheck(FutureTask<byte[]> check) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    check.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true; // the check is short: finish it, then restore the flag
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static OcopInputException refused(String name, Message why) {
        return new OcopInputException(name, List.of(new Problem("$", RulesMessages.of("bundled.damaged", name,
                why))));
    }

    /** Reads a resource and checks its SHA-256 against the digest compiled into this jar. */
    private byte[] resource(String name, String expected) {
        byte[] bytes = resources.apply(name);
        if (bytes == null) {
            throw refused(name, RulesMessages.of("bundled.missing"));
        }
        String actual = RuleSetLoader.sha256(bytes);
        if (!actual.equals(expected)) {
            throw refused(name, RulesMessages.of("bundled.changed", actual, expected));
        }
        return bytes;
    }

    /**
     * Reads a resource of this package from this module, or on the class path from the jar or directory this class
     * was loaded from (not the first match on the class path).
     *
     * @param name a file name in this package
     * @return its bytes, or null when absent
     */
    static byte[] ownResource(String name) {
        String path = PACKAGE_PATH + name;
        try {
            Module module = BundledRuleSets.class.getModule();
            if (module.isNamed()) {
                try (InputStream in = module.getResourceAsStream(path)) {
                    return in == null ? null : in.readAllBytes();
                }
            }
            CodeSource cs = BundledRuleSets.class.getProtectionDomain().getCodeSource();
            URL location = cs == null ? null : cs.getLocation();
            if (location != null && "file".equals(location.getProtocol())) {
                Path origin = Path.of(location.toURI());
                if (Files.isDirectory(origin)) {
                    Path file = origin.resolve(path);
                    return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                }
                try (JarFile jar = new JarFile(origin.toFile())) {
                    ZipEntry e = jar.getEntry(path);
                    if (e == null) {
                        return null;
                    }
                    try (InputStream in = jar.getInputStream(e)) {
                        return in.readAllBytes();
                    }
                }
            }
            // an unusual class loader (e.g. a nested jar): the digest check still applies
            try (InputStream in = BundledRuleSets.class.getResourceAsStream(name)) {
                return in == null ? null : in.readAllBytes();
            }
        } catch (IOException | URISyntaxException e) {
            throw new OcopInputException(name, List.of(new Problem("$", RulesMessages.of("bundled.damaged", name,
                    RulesMessages.of("bundled.unreadable", String.valueOf(e.getMessage()))))), e);
        }
    }
}
