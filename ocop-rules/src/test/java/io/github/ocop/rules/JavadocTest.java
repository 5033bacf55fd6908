package io.github.ocop.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public type, constructor and method of the API packages of ocop-rules and ocop-core (read from the sibling
 * module's sources, so one test guards both) has a Javadoc whose first sentence says what it is
 * (issue 19 item 8): a comment that opens with a block tag ({@code @return}, {@code @param}) has no first sentence;
 * {@code {@return ...}} is one.
 */
class JavadocTest {
    static final List<Path> SOURCES = List.of(Path.of("src/main/java/io/github/ocop/rules"),
            Path.of("../ocop-core/src/main/java/io/github/ocop/core"));
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    private static final Pattern PUBLIC = Pattern.compile("^\\s*public\\s(?!static final \\w+(<[^>]*>)? \\w+ *[=;]).*");

    static List<Path> apiSources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path root : SOURCES) {
            assertThat(root).as("the sources this test reads").isDirectory();
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/internal/")
                        && !p.endsWith("package-info.java")).sorted().forEach(all::add);
            }
        }
        assertThat(all).as("API sources found").hasSizeGreaterThan(100);
        return all;
    }

    @Test
    void noJavadocOpensWithABlockTag() throws IOException {
        List<String> bare = new ArrayList<>();
        for (Path f : apiSources()) {
            String s = Files.readString(f);
            Matcher m = JAVADOC.matcher(s);
            while (m.find()) {
                String body = m.group(1).replaceAll("(?m)^\\s*\\*\\s?", "").strip();
                if (body.startsWith("@")) {
                    long line = s.substring(0, m.start()).lines().count() + 1;
                    bare.add(f + ":" + line + " " + body.lines().findFirst().orElse(""));
                }
            }
        }
        assertThat(bare).as("write a first sentence (or {@return ...}) before the tags").isEmpty();
    }

    @Test
    void everyPublicDeclarationHasAJavadoc() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path f : apiSources()) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (!PUBLIC.matcher(lines.get(i)).matches()) {
                    continue;
                }
                int j = i - 1;
                boolean override = false;
                while (j >= 0 && lines.get(j).strip().startsWith("@")) {
                    override |= lines.get(j).strip().startsWith("@Override");
                    j--;
                }
                if (!override && (j < 0 || !lines.get(j).strip().endsWith("*/"))) {
                    missing.add(f + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertThat(missing).as("public declarations without a Javadoc").isEmpty();
    }
}
