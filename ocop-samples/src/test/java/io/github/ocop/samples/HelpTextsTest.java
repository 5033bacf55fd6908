package io.github.ocop.samples;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 1: {@code ocop --help}, {@code ocop COMMAND --help} and {@code ocop help COMMAND} are Vietnamese by
 * default and English with {@code --lang en}, from the bundle {@code help{,_vi}.properties}.
 */
class HelpTextsTest {
    /** picocli's own English wording, which the Vietnamese help must not show. */
    private static final List<String> PICOCLI_ENGLISH = List.of("Usage:", "Options:", "Parameters:", "Commands:",
            "Show this help message and exit.", "Print version information and exit.",
            "Display help information about the specified command.");

    private static List<String> commands() {
        List<String> all = new ArrayList<>();
        all.add(null); // ocop itself
        all.addAll(OcopCli.COMMANDS.keySet());
        return all;
    }

    private static String[] args(String command, String... more) {
        List<String> a = new ArrayList<>();
        if (command != null) {
            a.add(command);
        }
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static Properties file(String name) throws IOException {
        try (InputStream in = HelpTexts.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** @return true when the text has a letter of Vietnamese (a mark on a Latin letter, or đ) */
    private static boolean hasVietnameseLetter(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD);
        return d.chars().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ');
    }

    @Test
    void everyCommandsHelpIsVietnameseByDefaultWithNoEnglishSentence() throws IOException {
        Properties english = file("help.properties");
        Properties vietnamese = file("help_vi.properties");
        for (String command : commands()) {
            OcopCliTest.Run r = OcopCliTest.run(args(command, "--help"));
            String name = command == null ? "ocop" : "ocop " + command;
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Cách dùng: " + name).contains("\nTùy chọn:\n")
                    .contains("In hướng dẫn này rồi thoát.");
            for (String phrase : PICOCLI_ENGLISH) {
                assertThat(r.out()).as(name).doesNotContain(phrase);
            }
            for (String key : english.stringPropertyNames()) {
                String en = english.getProperty(key);
                if (!en.equals(vietnamese.getProperty(key)) && en.length() > 12) {
                    // the help wraps lines: compare with the white space of both made single spaces
                    assertThat(r.out().replaceAll("\\s+", " ")).as(name + ": English text of " + key)
                            .doesNotContain(en.replaceAll("\\s+", " "));
                }
            }
        }
    }

    @Test
    void everyCommandsHelpIsEnglishWithLangEnWithNoVietnameseLetter() {
        for (String command : commands()) {
            OcopCliTest.Run r = OcopCliTest.run(args(command, "--help", "--lang", "en"));
            String name = command == null ? "ocop" : "ocop " + command;
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).startsWith("Usage: " + name).contains("\nOptions:\n")
                    .contains("Show this help message and exit.");
            // no option text of the law appears in the help: all of it is fixed wording
            assertThat(hasVietnameseLetter(r.out())).as(name + " --help --lang en:\n" + r.out()).isFalse();
            assertThat(OcopCliTest.run(args(command, "--lang=en", "-h")).out()).as(name).isEqualTo(r.out());
        }
    }

    @Test
    void theHelpCommandPrintsTheSameHelpInEitherLanguage() {
        for (String command : OcopCli.COMMANDS.keySet()) {
            assertThat(OcopCliTest.run("help", command).out()).as(command)
                    .isEqualTo(OcopCliTest.run(command, "--help").out());
            assertThat(OcopCliTest.run("help", command, "--lang", "en").out()).as(command)
                    .isEqualTo(OcopCliTest.run(command, "--help", "--lang", "en").out());
        }
        assertThat(OcopCliTest.run("help").out()).isEqualTo(OcopCliTest.run("--help").out());
        assertThat(OcopCliTest.run("--lang", "en", "help").out()).isEqualTo(OcopCliTest.run("--help", "--lang", "en").out());
        OcopCliTest.Run unknown = OcopCliTest.run("help", "frob");
        assertThat(unknown.code()).isEqualTo(OcopCli.USAGE);
        assertThat(unknown.err()).startsWith("ocop: không có lệnh 'frob'\n");
        assertThat(OcopCliTest.run("help", "frob", "--lang", "en").err()).startsWith("ocop: Unknown subcommand 'frob'.\n");
        OcopCliTest.Run help = OcopCliTest.run("help", "--help");
        assertThat(help.out()).startsWith("In hướng dẫn sử dụng của một lệnh.\nCách dùng: ocop help");
        assertThat(OcopCliTest.run("--help").out()).contains("  help         In hướng dẫn sử dụng của một lệnh.");
        assertThat(OcopCliTest.run("--help", "--lang", "en").out()).contains("  help         Show the usage help of a command.");
    }

    /** {@code --lang} before the command is the command's language (it used to be an unknown option there). */
    @Test
    void theLanguageBeforeTheCommandIsTheCommands() {
        OcopCliTest.Run before = OcopCliTest.run("--lang", "en", "sheets", "--rule-set", "qd-26-2026");
        assertThat(before.code()).isZero();
        assertThat(before.out()).isEqualTo(OcopCliTest.run("sheets", "--rule-set", "qd-26-2026", "--lang", "en").out())
                .isNotEqualTo(OcopCliTest.run("sheets", "--rule-set", "qd-26-2026").out());
        assertThat(OcopCli.named("--lang", "en", "sheets")).isEqualTo(SheetsCommand.class);
        // the command's own --lang wins
        assertThat(OcopCliTest.run("--lang", "en", "sheets", "--rule-set", "qd-26-2026", "--lang", "vi").out())
                .isEqualTo(OcopCliTest.run("sheets", "--rule-set", "qd-26-2026").out());
    }

    /** A description by hand, in each language: the words of the score command and of its --format. */
    @Test
    void theScoreCommandsHelpReadsAsWritten() {
        String vi = OcopCliTest.run("score", "--help").out();
        assertThat(vi).contains("Chấm điểm các tệp phiếu đánh giá và in kết quả chấm điểm.")
                .contains("\nTham số:\n").contains("--format=<format>   text (văn bản) hoặc json (mỗi dòng một đối");
        String en = OcopCliTest.run("score", "--help", "--lang", "en").out();
        assertThat(en).contains("Score assessment files and print their score cards.").contains("\nParameters:\n")
                .contains("--format=<format>   text or json (one JSON object per line).");
    }

    /**
     * Every key the help uses is in both files, and every key of the files is used: for each command (the tool, its
     * commands and {@code help}), its description and each option's and parameter's, under the command's own key
     * ({@code ocop.score.format}) or a shared one ({@code format}), and the section headings.
     */
    @Test
    void everyKeyUsedIsInBothBundlesAndEveryKeyOfThemIsUsed() throws IOException {
        Properties english = file("help.properties");
        Properties vietnamese = file("help_vi.properties");
        assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        Set<String> used = new TreeSet<>(List.of("usage.synopsisHeading", "usage.descriptionHeading",
                "usage.parameterListHeading", "usage.optionListHeading", "usage.commandListHeading"));
        CommandLine root = root();
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(root.getCommandSpec());
        root.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
        for (CommandSpec spec : specs) {
            String q = spec.qualifiedName(".");
            used.add(q + (spec.helpCommand() ? ".usage.header" : ".usage.description"));
            if (spec.helpCommand()) {
                used.add(q + ".usage.description");
            }
            for (OptionSpec o : spec.options()) {
                used.add(key(english, q, o.descriptionKey() != null && !o.descriptionKey().isEmpty()
                        ? o.descriptionKey() : o.longestName().replaceFirst("^-+", "")));
            }
            for (PositionalParamSpec p : spec.positionalParameters()) {
                assertThat(p.descriptionKey()).as(q + " " + p.paramLabel() + ": its descriptionKey").isNotEmpty();
                used.add(key(english, q, p.descriptionKey()));
            }
        }
        assertThat(used).as("keys the help uses").isSubsetOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys of the bundle").isSubsetOf(used);
    }

    /** @return the command's own key when the bundle has it, else the shared key */
    private static String key(Properties bundle, String command, String key) {
        return bundle.containsKey(command + "." + key) ? command + "." + key : key;
    }

    /** Every text shows in both languages: picocli finds a description for every command, option and parameter. */
    @Test
    void everyCommandOptionAndParameterHasADescriptionInBothLanguages() {
        for (Locale locale : List.of(Lang.vi.locale(), Locale.ENGLISH)) {
            CommandLine root = root();
            root.setResourceBundle(HelpTexts.bundle(locale));
            List<CommandSpec> specs = new ArrayList<>();
            specs.add(root.getCommandSpec());
            root.getSubcommands().values().forEach(c -> specs.add(c.getCommandSpec()));
            for (CommandSpec spec : specs) {
                String q = spec.qualifiedName(" ") + " (" + locale + ")";
                assertThat(spec.helpCommand() ? spec.usageMessage().header() : spec.usageMessage().description())
                        .as(q).isNotEmpty();
                List<ArgSpec> args = new ArrayList<>(spec.options());
                args.addAll(spec.positionalParameters());
                for (ArgSpec a : args) {
                    assertThat(String.join(" ", a.description())).as(q + " " + a).isNotBlank();
                }
            }
        }
    }

    /** The English bundle is the one for English whatever the JVM's default locale (a Vietnamese clerk's machine). */
    @Test
    void theLanguageIsTheOneAskedForWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Lang.vi.locale());
            ResourceBundle en = HelpTexts.bundle(Locale.ENGLISH);
            assertThat(en.getString("usage.optionListHeading")).isEqualTo("%nOptions:%n");
            Locale.setDefault(Locale.ENGLISH);
            assertThat(HelpTexts.bundle(Lang.vi.locale()).getString("usage.optionListHeading")).isEqualTo("%nTùy chọn:%n");
        } finally {
            Locale.setDefault(before);
        }
    }

    /** @return the tool with every command and {@code help}, as {@code ocop --help} has it */
    private static CommandLine root() {
        return OcopCli.commandLine(new OcopCli(), null);
    }
}
