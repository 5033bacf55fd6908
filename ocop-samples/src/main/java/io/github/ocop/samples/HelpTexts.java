package io.github.ocop.samples;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The usage help of the {@code ocop} tool in the language of {@code --lang} ({@code io/github/ocop/samples/help*.properties}):
 * the picocli resource bundle of every command's description, option and parameter texts and section headings,
 * Vietnamese ({@code help_vi}) by default and English ({@code help}) with {@code --lang en}. It is read only when help
 * is asked for, so that a run that scores reads no help text (issue 18: the start).
 */
final class HelpTexts {
    /** The bundle's base name. */
    static final String BUNDLE = "io.github.ocop.samples.help";

    private HelpTexts() {
    }

    /**
     * The bundle of a language: {@code help_vi} for Vietnamese, the English {@code help} for any other language
     * (never the bundle of the JVM's default locale).
     *
     * @param locale the language of the help
     * @return its bundle
     */
    static ResourceBundle bundle(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * Runs a parsed command line as picocli's {@link CommandLine.RunLast} does, with the help texts of a language set
     * first when the usage help is asked for ({@code -h}, {@code --help} or the {@code help} command).
     *
     * @param root   the root command line
     * @param locale the language of the help
     * @return an execution strategy
     */
    static CommandLine.IExecutionStrategy strategy(CommandLine root, Locale locale) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(locale, "locale");
        return parsed -> {
            if (asked(parsed)) {
                root.setResourceBundle(bundle(locale));
            }
            return new CommandLine.RunLast().execute(parsed);
        };
    }

    private static boolean asked(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.commandSpec().helpCommand()) {
                return true;
            }
        }
        return false;
    }
}
