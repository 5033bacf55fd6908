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
            "qd-1048-2019=2e644f4dfa9121d7579e219cb39569976b0dbd0b3301769b0cdda9824d150b86",
            "qd-1048-2019.bin=e8a71cb2e04db28d7cf7bb6efd57827a963a7e7e2ec62e9205a430fc7d26cf76",
            "qd-148-2023=6265774d9b9f39546a67c95070d1287ba8b019951adbfc22e3f1efa0f17d32a7",
            "qd-148-2023.bin=8cb29ff9d9c4e3542769765125ecd4e25a9f2bb3035515a921c21d36de143a5f",
            "qd-26-2026=d561c1631266ad6f2d4db035d3ee65c5ab460ef5ffd3257c9f11dbfd3f47843b",
            "qd-26-2026.bin=5a463c1fc6213827c9136b256c36803e070388de38817c1dc81633acefee8cd1"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
