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
            "qd-1048-2019=fb5ded2ef7bc054aaf80daf93e780e214d983a471fbb98a359f13ad46e450ca8",
            "qd-1048-2019.bin=1411c0c655f2da1163b86dd4c80967fc45ab7aca311cec823c0f3b89b1b6865f",
            "qd-148-2023=6c49bea904f0ccbd301e329184760509c90c40bafaeff9bbd906eb87a285aed1",
            "qd-148-2023.bin=10cace64fb3b4b9361ac4836303b6501f321f2f044ec646f2664804f83943f98",
            "qd-26-2026=f7121ae69b23ab2949814cf291dc8bec39557351024d09709e4afe617335e173",
            "qd-26-2026.bin=397fbbfe41c5c6b9a33246103c04cfa5260c6f016e8885116e664c3f3a21e6f6"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
