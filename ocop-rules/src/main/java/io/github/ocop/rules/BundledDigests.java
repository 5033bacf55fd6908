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
            "qd-1048-2019=cfc685714016a3e6b45442c8927e1697fa3fffc89210c780476e7254b1da82dc",
            "qd-1048-2019.bin=b202ffd4aa6cd803d247c71d95e47f0d652831f5b41d7c33366cca389ff1cb75",
            "qd-148-2023=5b53314bb092422daa2de51c6394b1e3fc6072965da50a3b2709e5fdc3bc5573",
            "qd-148-2023.bin=da6f7d7b1ff3adadd1624aeb0827a67c9e24d470f2afc26341ce8b6737bab1b9",
            "qd-26-2026=456785ec1b75029532859c227fbeeea6bfa3697da667f1c5f4ed5d29dfec049f",
            "qd-26-2026.bin=81fcddc2c9c6afd29a2bc3ef6cf33cc3dc283de180904b95e39d8136b9fe88e6"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
