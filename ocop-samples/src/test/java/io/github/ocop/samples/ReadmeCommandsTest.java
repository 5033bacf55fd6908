package io.github.ocop.samples;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 9: the README's table of commands, and every {@code $J} command line of its tour, agree with the
 * commands' picocli specifications, so that the README fails this test when a command or an option is added, renamed
 * or removed without it.
 */
class ReadmeCommandsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\|([^|]*)\\|([^|]*)\\|([^|]*)\\|$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static CommandSpec spec(Class<?> command) throws ReflectiveOperationException {
        var k = command.getDeclaredConstructor();
        k.setAccessible(true);
        return new CommandLine(k.newInstance()).getCommandSpec();
    }

    private static Set<String> options(CommandSpec spec) {
        Set<String> out = new TreeSet<>();
        for (OptionSpec o : spec.options()) {
            if (!o.usageHelp() && !o.versionHelp()) {
                out.add(o.longestName());
            }
        }
        return out;
    }

    private static List<String> arguments(CommandSpec spec) {
        List<String> out = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            out.add(p.paramLabel() + (p.arity().max() > 1 ? "..." : ""));
        }
        return out;
    }

    private static List<String> codes(String cell) {
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(cell);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Map<String, String[]> table() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("../README.md"));
        int at = lines.indexOf("### Commands and options");
        assertThat(at).as("the README's section \"### Commands and options\"").isNotNegative();
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String l : lines.subList(at, lines.size())) {
            if (l.startsWith("## ") || l.startsWith("### ") && !l.equals("### Commands and options")) {
                break;
            }
            Matcher m = ROW.matcher(l);
            if (m.matches()) {
                assertThat(rows.put(m.group(1), new String[]{m.group(2), m.group(3), m.group(4)})).as("row " + m.group(1)).isNull();
            }
        }
        return rows;
    }

    @Test
    void theTableListsEveryCommandWithItsArgumentsAndOptions() throws Exception {
        Map<String, String[]> rows = table();
        assertThat(rows.keySet()).containsExactlyElementsOf(OcopCli.COMMANDS.keySet());
        for (Map.Entry<String, Class<?>> c : OcopCli.COMMANDS.entrySet()) {
            CommandSpec spec = spec(c.getValue());
            String[] row = rows.get(c.getKey());
            assertThat(codes(row[0])).as("arguments of " + c.getKey()).isEqualTo(arguments(spec));
            assertThat(new TreeSet<>(codes(row[1]))).as("options of " + c.getKey()).isEqualTo(options(spec));
        }
    }

    /** The last column is the command's English description in its help ({@code ocop COMMAND --help --lang en}). */
    @Test
    void theTableDescribesEveryCommandAsItsEnglishHelpDoes() throws Exception {
        java.util.ResourceBundle english = HelpTexts.bundle(java.util.Locale.ENGLISH);
        for (Map.Entry<String, String[]> row : table().entrySet()) {
            assertThat(row.getValue()[2].strip().replace("`", "")).as("description of " + row.getKey())
                    .isEqualTo(english.getString("ocop." + row.getKey() + ".usage.description"));
        }
    }

    @Test
    void everyCommandLineOfTheTourUsesACommandAndOptionsItHas() throws Exception {
        List<String> tour = Files.readAllLines(Path.of("../README.md")).stream()
                .filter(l -> l.startsWith("$J ")).toList();
        Set<String> used = new TreeSet<>();
        for (String l : tour) {
            String[] words = l.replaceFirst("\\s+#.*$", "").split("\\s+");
            Class<?> command = OcopCli.COMMANDS.get(words[1]);
            assertThat(command).as(l).isNotNull();
            used.add(words[1]);
            Set<String> options = options(spec(command));
            for (String w : words) {
                if (w.startsWith("--")) {
                    assertThat(options).as(l).contains(w.contains("=") ? w.substring(0, w.indexOf('=')) : w);
                }
            }
        }
        // the tour shows every command at least once
        assertThat(used).isEqualTo(new TreeSet<>(OcopCli.COMMANDS.keySet()));
    }
}
