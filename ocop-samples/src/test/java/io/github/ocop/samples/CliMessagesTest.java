package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The tool's own texts: both languages with the same placeholders, and every key used by the code. */
class CliMessagesTest {
    @Test
    void everyKeyHasAVietnameseAndAnEnglishTextWithTheSamePlaceholders() {
        assertThat(CliMessages.BUNDLE.keys()).isNotEmpty();
        assertThat(CliMessages.BUNDLE.faults()).isEmpty();
    }

    @Test
    void noKeyIsUnused() throws IOException {
        String all;
        try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
            all = s.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        assertThat(CliMessages.BUNDLE.keys().stream().filter(k -> !all.contains("\"" + k + "\""))).isEmpty();
    }
}
