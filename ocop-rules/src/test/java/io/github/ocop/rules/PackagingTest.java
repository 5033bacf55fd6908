package io.github.ocop.rules;

import io.github.ocop.core.scoring.ScoreCard;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the build puts beside the classes of ocop-core and ocop-rules (in their output directories or jars, as the
 * test run sees them): the licence and a Jandex index.
 */
class PackagingTest {
    /** @return an entry of the directory or jar a class was loaded from */
    private static byte[] entry(Class<?> type, String name) throws IOException, URISyntaxException {
        Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(where)) {
            return Files.readAllBytes(where.resolve(name));
        }
        try (ZipFile jar = new ZipFile(where.toFile()); InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLicenceIsInMetaInf() throws Exception {
        byte[] licence = Files.readAllBytes(Path.of("../LICENSE"));
        assertThat(new String(licence, StandardCharsets.UTF_8)).contains("Apache License").contains("Version 2.0");
        assertThat(entry(ScoreCard.class, "META-INF/LICENSE")).isEqualTo(licence);
        assertThat(entry(RuleSets.class, "META-INF/LICENSE")).isEqualTo(licence);
    }

    @Test
    void aJandexIndexListsThePublicTypes() throws Exception {
        // Jandex index files start with the magic number 0xBABE1F15 and hold class names as UTF-8 text
        byte[] core = entry(ScoreCard.class, "META-INF/jandex.idx");
        byte[] rules = entry(RuleSets.class, "META-INF/jandex.idx");
        for (byte[] index : new byte[][] {core, rules}) {
            assertThat(index).startsWith((byte) 0xBA, (byte) 0xBE, (byte) 0x1F, (byte) 0x15);
        }
        assertThat(new String(core, StandardCharsets.UTF_8)).contains("ScoreCard").contains("Assessment")
                .contains("NotBlank");
        assertThat(new String(rules, StandardCharsets.UTF_8)).contains("RuleSets").contains("AssessmentReader");
    }
}
