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
            "qd-1048-2019=178e5f2c3681da063c56c120b7b437d115473214bee656dbaa643c3b897e05f6",
            "qd-1048-2019.bin=6e431470dd5b1c596cccef6f4a600d0f8451102be69abcdb58698dfd5d62fa8d",
            "qd-148-2023=853c5767af2c5ec1f4fce1d86504248413740dd4cb847a92582524075a132896",
            "qd-148-2023.bin=9a0947658438057f3b8ed014ab6ffa0927250e928506f6fab38e209b33a629c5",
            "qd-26-2026=abbc0d85e9cf499102a69b706f0358b31dac990079480b446e7b33c7db875476",
            "qd-26-2026.bin=f885775e0fe2e82e2ced45d275598976aeb6b3d69a23c13ada21c95cade53344"
            // END GENERATED DIGESTS
    );

    private BundledDigests() {
    }
}
