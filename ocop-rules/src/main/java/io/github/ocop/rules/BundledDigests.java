package io.github.ocop.rules;

import java.util.List;

/**
 * The SHA-256 of every bundled rule set resource, compiled into the jar that holds the resources: a resource is
 * used only when its bytes have exactly this digest, so replacing or editing a resource (in the jar, or by a jar or
 * directory placed earlier on the class path) cannot change a score.
 *
 * <p>One line per resource, {@code ID=SHA-256} for {@code ID.json} (the reviewed rule set; its digest is
 * {@code RuleSet.digest()} and is printed on score cards) and {@code ID.bin=SHA-256} for its compiled form (what is
 * read at load). After changing or adding a bundled JSON, regenerate the compiled forms and these lines with
 * {@code mvn -B test -pl ocop-rules -Dtest=CompiledRuleSetsTest -Docop.regenerate=true} (or paste the lines that
 * {@code BundledRuleSetsTest} prints when they are stale).
 */
final class BundledDigests {
    /** {@code ID=SHA-256} and {@code ID.bin=SHA-256} lines, sorted; written by {@code CompiledRuleSetsTest}. */
    static final List<String> LINES = List.of(
            // BEGIN GENERATED DIGESTS
            "qd-1048-2019=178e5f2c3681da063c56c120b7b437d115473214bee656dbaa643c3b897e05f6",
            "qd-1048-2019.bin=fe7a74f13aff3ba440a819bf6dab641b18ce7d2becf6cde6c070f998ced90330",
            "qd-148-2023=853c5767af2c5ec1f4fce1d86504248413740dd4cb847a92582524075a132896",
            "qd-148-2023.bin=6aecc2bb8662d1a56813d17727087fae091d2a93eccadb46e8f57809b4d83bdb",
            "qd-26-2026=d4275c68f0f9e9d6630d4149efba073d9c1066afdf79a0fae512c227bac02487",
            "qd-26-2026.bin=90f4ed650c07aa84ac3e3e08959b68b445367b65c069e7cc7159f2e53f5acbd7"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
