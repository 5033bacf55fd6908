package io.github.ocop.samples;

import picocli.CommandLine.Option;

import java.util.Locale;

/** The {@code --lang vi|en} option of a command whose own texts have no other language switch (a picocli mixin). */
final class LangOption {
    @Option(names = "--lang", defaultValue = "vi", paramLabel = "LANG",
            description = "Language of messages and labels: vi (default) or en; the law's own texts stay Vietnamese.")
    Lang lang = Lang.vi;

    Locale locale() {
        return lang.locale();
    }
}
