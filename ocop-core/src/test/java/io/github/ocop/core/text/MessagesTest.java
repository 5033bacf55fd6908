package io.github.ocop.core.text;

import io.github.ocop.core.internal.CoreMessages;
import io.github.ocop.core.internal.Formats;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The one localisation mechanism: bundles whole in both languages, every key used, arguments rendered per language. */
class MessagesTest {
    /**
     * The keys of a bundle no source file of a module names as a string literal ("scoring.unknownOption").
     *
     * @param bundle  the bundle
     * @param sources the module's src/main/java
     * @return the unused keys
     */
    static Set<String> unused(Messages bundle, Path sources) {
        String all;
        try (Stream<Path> s = Files.walk(sources)) {
            all = s.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundle.keys().stream().filter(k -> !all.contains("\"" + k + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyCoreKeyHasAVietnameseAndAnEnglishTextWithTheSamePlaceholders() {
        assertThat(CoreMessages.BUNDLE.keys()).isNotEmpty();
        assertThat(CoreMessages.BUNDLE.faults()).isEmpty();
    }

    @Test
    void noCoreKeyIsUnused() {
        assertThat(unused(CoreMessages.BUNDLE, Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void aMessageIsVietnameseByDefaultAndEnglishForEnglish() {
        Message m = CoreMessages.of("scoring.unknownOption", "1.1", "x", java.util.List.of("a", "b"));
        assertThat(m.code()).isEqualTo("scoring.unknownOption");
        assertThat(m.args()).containsExactly("1.1", "x", java.util.List.of("a", "b"));
        assertThat(m.toString()).isEqualTo("tiêu chí 1.1 không có phương án 'x' (cần một trong: a, b)");
        assertThat(m.format(Locale.ENGLISH)).isEqualTo("criterion 1.1 has no option 'x' (expected one of a, b)");
        assertThat(m.format(Locale.FRENCH)).isEqualTo(m.toString());
    }

    @Test
    void numbersAndDatesAreWrittenAsEachLanguageWritesThem() {
        assertThat(Formats.number(72.75, Messages.VIETNAMESE)).isEqualTo("72,75");
        assertThat(Formats.number(72.75, Locale.ENGLISH)).isEqualTo("72.75");
        assertThat(Formats.number(70.0, Messages.VIETNAMESE)).isEqualTo("70");
        assertThat(Formats.date(LocalDate.of(2026, 5, 22), Messages.VIETNAMESE)).isEqualTo("22/05/2026");
        assertThat(Formats.date(LocalDate.of(2026, 5, 22), Locale.ENGLISH)).isEqualTo("2026-05-22");
        assertThat(Messages.render(LocalDate.of(2026, 5, 2), Messages.VIETNAMESE)).isEqualTo("02/05/2026");
        assertThat(Messages.render(1.5, Messages.VIETNAMESE)).isEqualTo("1,5");
    }

    @Test
    void aGivenTextIsTheSameInEveryLanguage() {
        Message m = Message.text("as it is");
        assertThat(m.code()).isEqualTo(Message.TEXT);
        assertThat(m.format(Locale.ENGLISH)).isEqualTo(m.format(Messages.VIETNAMESE)).isEqualTo("as it is");
    }
}
