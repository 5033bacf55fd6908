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
            "qd-1048-2019.bin=d4dd62eaf8d4d328ae3b62a01766df851ba1149e26850f0c13f5b88636b4f80b",
            "qd-148-2023=7eb8ffc9a080453af6a8975f1c80593fe0c14d422f59719a7826c9362c4be38f",
            "qd-148-2023.bin=39b0d1935074f53096ddbc8ebaad0b8a83d03c2b904a95197e635a28e793ea60",
            "qd-26-2026=63de18eb9d5a9cb978c2df1076eb47743d97f8d255d87ae6893a8fdba27e2d5f",
            "qd-26-2026.bin=8e606fbd8036229dd5fb3789aac1b52b945656fb58b2740eb3833f303342f94b"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
