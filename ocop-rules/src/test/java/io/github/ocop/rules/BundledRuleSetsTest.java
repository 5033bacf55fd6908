package io.github.ocop.rules;

import io.github.ocop.core.model.RuleSet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BundledRuleSetsTest {
    private static final Path RESOURCES = Path.of("src/main/resources/io/github/ocop/rules");

    @Test
    void theIndexRecordsTheDigestOfEveryBundledResource() throws IOException {
        BundledRuleSets bundled = new BundledRuleSets();
        List<String> files;
        try (var s = Files.list(RESOURCES)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertThat(bundled.ids()).containsExactlyInAnyOrderElementsOf(
                files.stream().map(f -> f.substring(0, f.length() - 5)).toList());
        for (String f : files) {
            String id = f.substring(0, f.length() - 5);
            String actual = RuleSetLoader.sha256(Files.readAllBytes(RESOURCES.resolve(f)));
            assertThat(bundled.recordedDigest(id))
                    .as("bundled.properties must record %s=%s (update it when the rule set is regenerated)", id, actual)
                    .hasValue(actual);
        }
    }

    @Test
    void theIndexRecordsTheDigestOfEveryCompiledResourceAndIdsAreRuleSetIds() throws IOException {
        BundledRuleSets bundled = new BundledRuleSets();
        List<String> bins;
        try (var s = Files.list(RESOURCES)) {
            bins = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bin")).sorted().toList();
        }
        assertThat(bins).isNotEmpty();
        for (String f : bins) {
            String id = f.substring(0, f.length() - 4);
            assertThat(bundled.ids()).contains(id).noneMatch(i -> i.endsWith(".bin"));
            assertThat(bundled.recordedBinaryDigest(id))
                    .hasValue(RuleSetLoader.sha256(Files.readAllBytes(RESOURCES.resolve(f))));
        }
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
    void aResourceWhoseDigestDiffersFromTheIndexIsRefused() {
        BundledRuleSets tampered = new BundledRuleSets(java.util.Map.of("qd-1048-2019", "0".repeat(64)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tampered.load("qd-1048-2019"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("qd-1048-2019.json was changed")
                .hasMessageContaining("refusing to use it");
    }

    @Test
    void anIdNotInTheIndexIsNotOffered() {
        assertThat(new BundledRuleSets().load("qd-0000")).isEmpty();
    }
}
