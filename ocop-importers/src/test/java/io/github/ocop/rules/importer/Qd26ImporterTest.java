package io.github.ocop.rules.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled rule set must be exactly what the importer produces from the source and the curated
 * data. To regenerate it after changing the importer or {@code curated.json}, run
 * {@code mvn -B -o test -pl ocop-importers -Dtest=Qd26ImporterTest -Docop.regenerate=true}.
 */
class Qd26ImporterTest {

    @Test
    void bundledRuleSetIsTheImporterOutput() throws Exception {
        String generated = Qd26Importer.importRuleSet(Qd26Importer.SOURCE, Qd26Importer.CURATED);
        if (Boolean.getBoolean("ocop.regenerate")) {
            Files.writeString(Qd26Importer.OUTPUT, generated, StandardCharsets.UTF_8);
        }
        String bundled = Files.readString(Qd26Importer.OUTPUT, StandardCharsets.UTF_8);
        assertThat(bundled)
                .as("%s is stale; regenerate it with: mvn -B -o test -pl ocop-importers -Dtest=Qd26ImporterTest -Docop.regenerate=true",
                        Qd26Importer.OUTPUT)
                .isEqualTo(generated);
    }

    @Test
    void importIsDeterministic() {
        String first = Qd26Importer.importRuleSet(Qd26Importer.SOURCE, Qd26Importer.CURATED);
        String second = Qd26Importer.importRuleSet(Qd26Importer.SOURCE, Qd26Importer.CURATED);
        assertThat(first).isEqualTo(second).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void failsWhenAnErratumNoLongerMatchesTheSource(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String curated = Files.readString(Qd26Importer.CURATED, StandardCharsets.UTF_8)
                .replace("\"printed\": \"13\"", "\"printed\": \"14\"");
        Path changed = dir.resolve("curated.json");
        Files.writeString(changed, curated, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, changed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("E-SHEET4-7")
                .hasMessageContaining("no longer matches");
    }

    @Test
    void failsOnAnInconsistencyNoErratumExplains(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String curated = Files.readString(Qd26Importer.CURATED, StandardCharsets.UTF_8)
                .replaceFirst("\"corrected\": \"3\"", "\"corrected\": \"13\"");
        Path changed = dir.resolve("curated.json");
        Files.writeString(changed, curated, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Qd26Importer.importRuleSet(Qd26Importer.SOURCE, changed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("option 7/c worth 13");
    }
}
