package io.github.ocop.samples;

import picocli.CommandLine.Option;

import java.util.Locale;

/** The {@code --lang vi|en} option of a command whose own texts have no other language switch (a picocli mixin). */
final class LangOption {
    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG")
    Lang lang = Lang.vi;

    Locale locale() {
        return lang.locale();
    }
}
