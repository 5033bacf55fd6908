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
            "qd-1048-2019=102ea80315e023e75fbb4b4b0242cccf04b4c5bf7b52eb940df6f4495022e33c",
            "qd-1048-2019.bin=1903176ec734c26d4d52e666ab8d92a7e5a5aa6ad6d30f79f07c3b9dad346974",
            "qd-148-2023=97037c12e04bd48a1af6aad45cbbe571337cb7136d90b7f7e3afe6b4f7a13e98",
            "qd-148-2023.bin=47a5d574e5db21169e8db77217da426d03ef51a76320439a7783521037ee81a8",
            "qd-26-2026=61aa249458c08f0d47654603f2285583e0b2a41dff0f8c95b6d74967721b8096",
            "qd-26-2026.bin=87637f83759f5c8a2b65e0ab471bbc19048ff4fed4ae4adbe260df1529badb0c"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
