package io.github.ocop.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application compiles against the readers with only the API on its class path (issue 16: calling
 * {@code AssessmentReader.read} used to need Jackson, through a private overload javac had to resolve).
 */
class CompileWithoutJacksonTest {
    @Test
    void theReadersAndRegistryCompileWithoutJacksonOnTheClassPath(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("App.java");
        Files.writeString(src, """
                import io.github.ocop.rules.*;
                import java.nio.file.Path;
                class App {
                    void run(Path p, byte[] b) {
                        AssessmentReader.read(p);
                        AssessmentReader.parse(b, "x");
                        RuleSetLoader.load(p);
                        RuleSetLoader.parse(b, "x");
                        ProgrammeRoundReader.read(p);
                        ProgrammeRoundReader.parse(b, "x");
                        RuleSets.standard().with(RuleSetLoader.load(p)).get("x");
                        RuleSets.isOfficial(RuleSets.standard().get("x"));
                        OcopJson.scoreCard(null);
                        RuleSetValidator.validate(null);
                    }
                }
                """);
        List<String> cp = new ArrayList<>();
        for (String prop : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(prop);
            if (v != null) {
                Stream.of(v.split(File.pathSeparator)).filter(e -> !e.isBlank() && !e.contains("jackson")).forEach(cp::add);
            }
        }
        assertThat(cp).anyMatch(e -> e.contains("ocop-rules")).noneMatch(e -> e.contains("jackson"));
        // javac as a separate process: the tests run inside the library's module, which does not read java.compiler
        Path log = dir.resolve("javac.log");
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-proc:none", "-d", dir.toString(), "-cp", String.join(File.pathSeparator, cp), src.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(javac.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain("cannot access").doesNotContain("error");
        assertThat(javac.exitValue()).isZero();
    }
}
