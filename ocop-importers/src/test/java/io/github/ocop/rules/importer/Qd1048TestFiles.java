package io.github.ocop.rules.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the QĐ 1048 importer's inputs and output, relative to the ocop-importers module. */
final class Qd1048TestFiles {

    static final Path DATA = Path.of("src/data/qd-1048-2019");
    static final Path PLATFORM = DATA.resolve("platform-sheets-full-text.json");
    static final Path NORMALISED = DATA.resolve("platform-sheets-normalised.json");
    static final Path CURATED = DATA.resolve("curated.json");
    static final Path RULE_SET = Path.of("../ocop-rules/src/main/resources/io/github/ocop/rules/qd-1048-2019.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Qd1048TestFiles() {
    }

    static JsonNode read(Path path) {
        try {
            return MAPPER.readTree(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
