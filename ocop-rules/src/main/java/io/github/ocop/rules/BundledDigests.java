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
            "qd-1048-2019=321b688c378c5463071c7e0400026047d2957cf86cd9dfc6ef8d53750b3505e2",
            "qd-1048-2019.bin=10dee6b203b5d9e13f5c27e998ec1639bcdfed43afb727091912ce38f1162783",
            "qd-148-2023=d41d783e0b6d84d7ca1620dd4d65fba8efd953c9bf4b086c16bab6f53a1a3c8b",
            "qd-148-2023.bin=2460019080b84158e15c8faa93528a5815692d8cd7473790b9814fcb9fae8f91",
            "qd-26-2026=63de18eb9d5a9cb978c2df1076eb47743d97f8d255d87ae6893a8fdba27e2d5f",
            "qd-26-2026.bin=8e606fbd8036229dd5fb3789aac1b52b945656fb58b2740eb3833f303342f94b"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
