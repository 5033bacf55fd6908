package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bundled rule sets and the digests compiled into the jar ({@code BundledDigests}). When a resource changes, the
 * first test fails and prints the exact lines to paste into {@code BundledDigests.java} (or run
 * {@code CompiledRuleSetsTest} with {@code -Docop.regenerate=true}, which also rewrites the compiled forms).
 */
class BundledRuleSetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ocop/rules");
    private static final Path DIGESTS = Path.of("src/main/java/io/github/ocop/rules/BundledDigests.java");
    private static final String BEGIN = "// BEGIN GENERATED DIGESTS";
    private static final String END = "// END GENERATED DIGESTS";

    /** @return the {@code ID=SHA} and {@code ID.bin=SHA} lines of the resources as they are in the source tree */
    static List<String> expectedDigestLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (var s = Files.list(RESOURCES)) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (f.endsWith(".json")) {
                    lines.add(f.substring(0, f.length() - 5) + "=" + RuleSetLoader.sha256(Files.readAllBytes(p)));
                } else if (f.endsWith(".bin")) {
                    lines.add(f + "=" + RuleSetLoader.sha256(Files.readAllBytes(p)));
                }
            }
        }
        lines.sort(java.util.Comparator.comparing(l -> l.replace(".bin=", "~=")));
        return lines;
    }

    /** @return the digest lines as written in the source of {@code BundledDigests} (not the compiled copy) */
    static List<String> sourceDigestLines() throws IOException {
        String src = Files.readString(DIGESTS, StandardCharsets.UTF_8);
        String block = src.substring(src.indexOf(BEGIN) + BEGIN.length(), src.indexOf(END));
        return Arrays.stream(block.split("\n")).map(String::strip).filter(l -> l.startsWith("\""))
                .map(l -> l.substring(1, l.lastIndexOf('"'))).toList();
    }

    /** @return the index as written in the source (the compiled copy is stale while regenerating) */
    static Map<String, String> sourceIndex() throws IOException {
        return BundledRuleSets.index(sourceDigestLines());
    }

    static String javaLines(List<String> lines) {
        return lines.stream().map(l -> "            \"" + l + "\"").collect(Collectors.joining(",\n"));
    }

    /** Rewrites the generated block of {@code BundledDigests.java}. */
    static void writeDigestLines(List<String> lines) throws IOException {
        String src = Files.readString(DIGESTS, StandardCharsets.UTF_8);
        int from = src.indexOf(BEGIN) + BEGIN.length();
        int to = src.lastIndexOf('\n', src.indexOf(END));
        Files.writeString(DIGESTS, src.substring(0, from) + "\n" + javaLines(lines) + src.substring(to),
                StandardCharsets.UTF_8);
    }

    @Test
    void theCompiledDigestsAreThoseOfEveryBundledResource() throws IOException {
        List<String> expected = expectedDigestLines();
        assertThat(BundledDigests.LINES)
                .as("BundledDigests.java must list exactly these lines between its GENERATED markers (paste them, or"
                        + " run CompiledRuleSetsTest with -Docop.regenerate=true):%n%s%n", javaLines(expected))
                .containsExactlyElementsOf(expected);
        assertThat(sourceDigestLines()).isEqualTo(BundledDigests.LINES);
        assertThat(new BundledRuleSets().ids()).contains("qd-26-2026", "qd-1048-2019", "qd-148-2023");
    }

    @Test
    void noRuleSetResourceIsShippedUnchecked() throws IOException {
        // every file of the package that the library reads as rule set data has a compiled digest
        List<String> unchecked;
        try (var s = Files.list(RESOURCES)) {
            unchecked = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") || n.endsWith(".bin"))
                    .filter(n -> BundledDigests.LINES.stream().noneMatch(l -> l.startsWith(n.replace(".json", "") + "=")))
                    .toList();
        }
        assertThat(unchecked).as("resources without a compiled digest").isEmpty();
    }

    @Test
    void everyBundledRuleSetLoadsAndValidatesAndCarriesItsDigest() {
        BundledRuleSets bundled = new BundledRuleSets();
        for (String id : bundled.ids()) {
            RuleSet r = bundled.load(id).orElseThrow();
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.digest()).isEqualTo(bundled.recordedDigest(id));
            assertThat(RuleSetValidator.validate(r).errors()).isEmpty();
        }
    }

    @Test
    void aJsonResourceWhoseDigestDiffersIsRefusedEvenThoughTheCompiledFormIsRead() {
        BundledRuleSets tampered = new BundledRuleSets(Map.of("qd-1048-2019", "0".repeat(64),
                "qd-1048-2019.bin", new BundledRuleSets().recordedBinaryDigest("qd-1048-2019").orElseThrow()));
        assertThatThrownBy(() -> tampered.load("qd-1048-2019"))
                .isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$: bộ tiêu chí đi kèm qd-1048-2019.json đã bị thay đổi")
                .hasMessageContaining("không dùng tệp này")
                .satisfies(e -> assertThat(((OcopInputException) e).getMessage(java.util.Locale.ENGLISH))
                        .contains("$: the bundled rule set qd-1048-2019.json was changed", "it is not used"));
    }

    @Test
    void aChangedResourceIsRefusedWithAnInputErrorWhoseMessageSaysWhatToDo() throws IOException {
        // the reproduction of issue 16 item 1: the compiled form with one point raised, served in place of the real one
        BundledRuleSets real = new BundledRuleSets();
        Map<String, String> index = BundledRuleSets.index(BundledDigests.LINES);
        BundledRuleSets tampered = new BundledRuleSets(index, name -> {
            byte[] b = BundledRuleSets.ownResource(name);
            if (name.equals("qd-26-2026.bin")) {
                b[b.length / 2] ^= 1;
            }
            return b;
        });
        assertThat(real.load("qd-26-2026")).isPresent();
        OcopInputException e = org.junit.jupiter.api.Assertions.assertThrows(OcopInputException.class,
                () -> tampered.load("qd-26-2026"));
        assertThat(e.source()).isEqualTo("qd-26-2026.bin");
        assertThat(e.getMessage()).contains("đã bị thay đổi", "cài đặt lại").doesNotContain("Exception");
        assertThat(e.getMessage(java.util.Locale.ENGLISH)).contains("was changed", "reinstall");
        BundledRuleSets missing = new BundledRuleSets(index, name -> null);
        assertThatThrownBy(() -> missing.load("qd-148-2023")).isInstanceOf(OcopInputException.class)
                .hasMessageContaining("$: bộ tiêu chí đi kèm qd-148-2023.json không có trong gói cài đặt");
    }

    @Test
    void resourcesAreReadFromTheModuleOrJarOfThisClass() {
        // in the tests the library is a named module: its resources come from the module itself
        assertThat(BundledRuleSets.class.getModule().isNamed()).isTrue();
        assertThat(BundledRuleSets.ownResource("qd-148-2023.json")).isNotNull();
        assertThat(BundledRuleSets.ownResource("no-such.json")).isNull();
    }

    @Test
    void anIdNotInTheIndexIsNotOffered() {
        assertThat(new BundledRuleSets().load("qd-0000")).isEmpty();
    }
}
