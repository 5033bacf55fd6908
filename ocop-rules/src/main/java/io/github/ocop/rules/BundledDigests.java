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
            "qd-1048-2019=8db450d07496d95d0a08d28bdc8458d702cc059dbcddd038be6b971fbeba870a",
            "qd-1048-2019.bin=694a4523750f63d54e075046fc39a324977736198e3550fb0fda8a2a79d15370",
            "qd-148-2023=92a5561d82d5323a27be2f53e50dbe0fc4688fb806e7991fa036f8b2cabcf1e1",
            "qd-148-2023.bin=5721b265d4b414885e0e22bd886eb8816707d99434812d1a581b839a304a51af",
            "qd-26-2026=dd0bf55972107633046d383588a7888a78949c478e69d362ed7002db73887941",
            "qd-26-2026.bin=f76b06c5abf820178797068385eb600cbebe80996963cca4cb64b1674f062428"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
