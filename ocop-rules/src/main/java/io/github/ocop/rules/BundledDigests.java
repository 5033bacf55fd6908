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
            "qd-1048-2019=5278436a16547dc98f2484b6d1fe8b66ca6a33d8a3b56a59cbeb3fd451e33fbe",
            "qd-1048-2019.bin=f679c7b2faf8e0d389b249048dcd068c160a0f5b4ac1ca26d6a4ecf5e96b4004",
            "qd-148-2023=e49cc475eacc66fef356ec9784c9d8f193a288a704f7aecdef1a8c1e696b103d",
            "qd-148-2023.bin=f34aea3a94be5a66ae97821d87e77ea7a9edec9d688ba84b2cf44fe586517e96",
            "qd-26-2026=456785ec1b75029532859c227fbeeea6bfa3697da667f1c5f4ed5d29dfec049f",
            "qd-26-2026.bin=81fcddc2c9c6afd29a2bc3ef6cf33cc3dc283de180904b95e39d8136b9fe88e6"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
