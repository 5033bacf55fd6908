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
            "qd-1048-2019=031ea966f1907f18a3e24a1492ab87a620412fcef2622a610812dbd920892b5b",
            "qd-1048-2019.bin=c741369dc6af76a996beb7cbacf841bfa98f678f6e95b4a1b364e6dedcafa7cd",
            "qd-148-2023=96f4cc558bccf015d5f33ce5123b16d25d54679a95b2635d01f807e919d756d7",
            "qd-148-2023.bin=f96ec3e57c76e27be6669894ae34c834d09a2ade0f93d2102df8eb8cc5934d3f",
            "qd-26-2026=1d96447327fbfcc121ab548760ace9b8f4f6d32d1bae9d6b2110ebacc0d30730",
            "qd-26-2026.bin=4d4ebdd8929771d1668c81b38f97bebce44a930b3cfb9f250c4860c9978f70e6"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
