package io.github.ocop.samples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.ocop.samples.OcopCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: {@code ocop score --jsonl [FILE|-]}, and the registration of one command per run. */
class JsonLinesTest {
    private static final List<String> EXAMPLES = List.of("examples/qd-26-2026/01-rau-cu-qua-buoi-da-xanh.json",
            "examples/qd-26-2026/14-ruou-trang.json", "examples/qd-1048-2019/I.1.1-bo-sap.json");

    /** @return the example as one line (JSON allows line breaks only between tokens) */
    private static String oneLine(String file) throws IOException {
        return Files.readString(Path.of(file)).replaceAll("\\s*\\n\\s*", " ").strip();
    }

    @Test
    void eachLineGivesTheCardTheSingleFilePathGivesAndABadLineIsReportedWithItsNumber(@TempDir Path dir)
            throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, oneLine(EXAMPLES.get(0)).replace("\"1.1\": \"c\"", "\"1.1\": \"z\""));
        Path lines = dir.resolve("batch.jsonl");
        Files.writeString(lines, oneLine(EXAMPLES.get(0)) + "\n" + Files.readString(bad) + "\r\n\n"
                + oneLine(EXAMPLES.get(1)) + "\n{\"ruleSet\": \n" + oneLine(EXAMPLES.get(2)));
        OcopCliTest.Run r = run("score", "--jsonl", lines.toString());
        assertThat(r.code()).isEqualTo(1);
        String expected = run("score", "--format", "json", EXAMPLES.get(0), EXAMPLES.get(1), EXAMPLES.get(2)).out()
                .replace(System.lineSeparator(), "\n");
        assertThat(r.out()).isEqualTo(expected);
        String single = run("score", bad.toString()).err().strip();
        assertThat(single).startsWith(bad + " $.answers['1.1']: ");
        List<String> errors = r.err().strip().lines().toList();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).isEqualTo(single.replace(bad.toString(), lines + ", dòng 2"));
        assertThat(errors.get(1)).startsWith(lines + ", dòng 5 $").contains("lỗi cú pháp JSON ở dòng 1, cột ");
    }

    @Test
    void standardInputIsReadWithDashOrNoFile() throws IOException {
        String input = oneLine(EXAMPLES.get(0)) + "\n" + oneLine(EXAMPLES.get(1)) + "\n";
        String expected = run("score", "--format", "json", EXAMPLES.get(0), EXAMPLES.get(1)).out()
                .replace(System.lineSeparator(), "\n");
        for (String[] args : List.of(new String[] {"score", "--jsonl", "-"}, new String[] {"score", "--jsonl"})) {
            InputStream saved = System.in;
            try {
                System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
                OcopCliTest.Run r = run(args);
                assertThat(r.code()).isZero();
                assertThat(r.out()).isEqualTo(expected);
                assertThat(r.err()).isEmpty();
            } finally {
                System.setIn(saved);
            }
        }
    }

    @Test
    void wrongUsesAreUsageErrors(@TempDir Path dir) {
        assertThat(run("score", "--jsonl", "a.jsonl", "b.jsonl").code()).isEqualTo(2);
        assertThat(run("score").code()).isEqualTo(2);
        OcopCliTest.Run missing = run("score", "--jsonl", dir.resolve("none.jsonl").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("none.jsonl $: không có tệp này");
        OcopCliTest.Run english = run("score", "--jsonl", dir.resolve("none.jsonl").toString(), "--lang", "en");
        assertThat(english.err()).contains("none.jsonl $: no such file");
    }

    @Test
    void everyRegisteredNameIsItsCommandsOwnAndEveryCommandIsListedInTheHelp() {
        for (Map.Entry<String, Class<?>> e : OcopCli.COMMANDS.entrySet()) {
            assertThat(e.getValue().getAnnotation(Command.class).name()).isEqualTo(e.getKey());
        }
        String help = run("--help").out();
        OcopCli.COMMANDS.keySet().forEach(name -> assertThat(help).contains("  " + name));
        assertThat(OcopCli.named("--debug", "score", "x.json")).isEqualTo(ScoreCommand.class);
        assertThat(OcopCli.named("--help")).isNull();
    }
}
