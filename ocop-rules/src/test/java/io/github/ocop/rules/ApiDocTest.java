package io.github.ocop.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/api.md lists exactly the public types of the package ocop-rules exports, one line each. */
class ApiDocTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Pattern HEADING = Pattern.compile("^## `([a-z.]+)`$");
    private static final Pattern LINE = Pattern.compile("^- `([A-Z][A-Za-z0-9]*)`: \\S.*$");

    private static Set<String> documented(String pkg) throws IOException {
        Set<String> types = new TreeSet<>();
        String current = null;
        for (String line : Files.readAllLines(Path.of("../docs/api.md"))) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                current = h.group(1);
                continue;
            }
            Matcher l = LINE.matcher(line);
            if (l.matches() && pkg.equals(current)) {
                assertThat(types.add(current + "." + l.group(1))).as("listed twice: " + line).isTrue();
            }
        }
        return types;
    }

    @Test
    void theApiPageListsEveryPublicTypeOfTheExportedPackageAndNothingElse() throws IOException, ReflectiveOperationException {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        Set<String> exported = new TreeSet<>();
        d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
        assertThat(exported).containsExactly("io.github.ocop.rules");
        Set<String> publicTypes = new TreeSet<>();
        List<String> names;
        try (Stream<Path> s = Files.list(CLASSES.resolve("io/github/ocop/rules"))) {
            names = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).toList();
        }
        for (String n : names) {
            Class<?> c = Class.forName("io.github.ocop.rules." + n, false, getClass().getClassLoader());
            if (Modifier.isPublic(c.getModifiers())) {
                publicTypes.add(c.getName());
            }
        }
        assertThat(publicTypes).as("public types of io.github.ocop.rules").hasSizeGreaterThan(10);
        assertThat(documented("io.github.ocop.rules"))
                .as("docs/api.md: one line '- `Type`: what it is for' per public type, under its package heading")
                .containsExactlyElementsOf(publicTypes);
    }
}
