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
            "qd-1048-2019=a9aa2ffbb463a0fac66ea4f8e56b700365e1ec016fed8beaa85b47aa3952a240",
            "qd-1048-2019.bin=268599c8500cff04fd9f9b047f906c73ef28484aeeb10b009afce3a4a4d77b08",
            "qd-148-2023=7eb8ffc9a080453af6a8975f1c80593fe0c14d422f59719a7826c9362c4be38f",
            "qd-148-2023.bin=e53859ea397a62ac8d49323025bb5aa9fe909399789b64560e1e09f9e6a58da7",
            "qd-26-2026=63de18eb9d5a9cb978c2df1076eb47743d97f8d255d87ae6893a8fdba27e2d5f",
            "qd-26-2026.bin=a8bad4c7a71d9032f9768937ccc23da39a730a4a1307ff55b764b6c0b788c8ea"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
