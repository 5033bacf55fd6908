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
            "qd-1048-2019=85a3afda30dc5a0e8ca5d05eaf2fe05267d6e604dc4fd58567cebf0f389e2d3a",
            "qd-1048-2019.bin=8be5027dc871a01b9d8630361eb78caa30c26afa1828c62a51f0cb9dc1762b90",
            "qd-148-2023=bee2fee0ad8eadb31943407c5fd60c0262229fe18cc285aab7bf99e6aa38fa38",
            "qd-148-2023.bin=bdde6cdcee38b7fed17afc3ebba2e9a35039e8bafba020c6a989a2da1d728f13",
            "qd-26-2026=76f0e1697b92c43b67d2f3959db28fde087df974946754030fcf5cc03b395210",
            "qd-26-2026.bin=2b2bce74a8c3d72f06097eea5ce69aceddb877bb8f0218baa7e557b99fdae84a"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
