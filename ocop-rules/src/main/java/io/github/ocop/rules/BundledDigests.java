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
            "qd-148-2023=97037c12e04bd48a1af6aad45cbbe571337cb7136d90b7f7e3afe6b4f7a13e98",
            "qd-148-2023.bin=47a5d574e5db21169e8db77217da426d03ef51a76320439a7783521037ee81a8",
            "qd-26-2026=456785ec1b75029532859c227fbeeea6bfa3697da667f1c5f4ed5d29dfec049f",
            "qd-26-2026.bin=81fcddc2c9c6afd29a2bc3ef6cf33cc3dc283de180904b95e39d8136b9fe88e6"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
