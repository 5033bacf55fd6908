package io.github.ocop.samples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of docs/embedding.md are the files of the example projects that CI builds and tests
 * (examples/spring-service, examples/boot35-jackson2, examples/quarkus): a block after {@code <!-- file: PATH -->} is
 * that whole file, one after {@code <!-- from: PATH -->} is a verbatim part of it. So they compile as written.
 */
class EmbeddingGuideTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern SNIPPET = Pattern.compile("<!-- (file|from): (\\S+) -->\\n```[a-z]*\\n(.*?)```\\n",
            Pattern.DOTALL);

    @Test
    void everySnippetIsTheFileItNames() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/embedding.md"), StandardCharsets.UTF_8);
        Matcher m = SNIPPET.matcher(guide);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            String file = Files.readString(ROOT.resolve(m.group(2)), StandardCharsets.UTF_8);
            if (m.group(1).equals("file")) {
                assertThat(m.group(3)).as(m.group(2)).isEqualTo(file);
            } else {
                assertThat(file).as(m.group(2)).contains(m.group(3));
            }
            checked.add(m.group(2));
        }
        assertThat(checked).contains("examples/spring-service/src/main/java/example/service/AssessmentController.java",
                "examples/boot35-jackson2/src/main/java/example/boot35/ScoringApplication.java",
                "examples/quarkus/src/main/java/example/quarkus/ScoreResource.java", "examples/quarkus/pom.xml");
        assertThat(checked).hasSizeGreaterThanOrEqualTo(11);
    }
}
