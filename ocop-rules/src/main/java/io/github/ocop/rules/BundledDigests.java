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
            "qd-1048-2019=a0c2c3ce54fd0266c6e843d112d15ce8ea07d37e86228fbaf9a83baa2a7225d9",
            "qd-1048-2019.bin=367a2e48fca0a38309732fb4fa5916743d756c6664a51512618eead866c7c941",
            "qd-148-2023=bee2fee0ad8eadb31943407c5fd60c0262229fe18cc285aab7bf99e6aa38fa38",
            "qd-148-2023.bin=10b5bfdf77e692d6604732d7bba9316cbb591a558e022d3b03a72a08687d981f",
            "qd-26-2026=24b7acc361cd50e63c051a792836e830ff2ca92902dd8e936de0ddc2042cfd45",
            "qd-26-2026.bin=80c093962411ac2afee59c26b60d9babe23fa2ec8ffadc5c916713bf4ed048b3"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
