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
            "qd-1048-2019=ff524365e15acbf22955b5e3dcca67b0bf2a13a9cc2020d6aaa9f90b7120c1d3",
            "qd-1048-2019.bin=829c42710aee1eaafff0f80bb4a4eb67ca69970bdf84a3eb70eb017cff589d27",
            "qd-148-2023=150400ab0f6a381062d810944a3bfc268c7f905b69a983cb52ada5db04169ede",
            "qd-148-2023.bin=56cb603b853651f8100deb9bb39560e5e256689ce5e41e9cc47b6319fc20afb5",
            "qd-26-2026=4ba06b2de0a7635a0b8fb526e0fb194fe4d00e8e9b1492ee91fc4a5eb1eb0641",
            "qd-26-2026.bin=f9ce9914f700deadaa529a1c82140c8fc8c257508c57edf48ee770303f98d775"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
