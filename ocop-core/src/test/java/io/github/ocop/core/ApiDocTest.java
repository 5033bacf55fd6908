package io.github.ocop.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
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

/** docs/api.md lists exactly the public types of the packages ocop-core exports, one line each. */
class ApiDocTest {
    static final Path API_DOC = Path.of("../docs/api.md");
    private static final Pattern HEADING = Pattern.compile("^## `([a-z.]+)`$");
    private static final Pattern LINE = Pattern.compile("^- `([A-Z][A-Za-z0-9]*)`: \\S.*$");

    /**
     * The types docs/api.md lists under the package headings that start with a prefix, as qualified names.
     *
     * @param prefix a package prefix, e.g. {@code io.github.ocop.core.}
     * @return the listed types, sorted
     */
    static Set<String> documented(String prefix) throws IOException {
        Set<String> types = new TreeSet<>();
        String pkg = null;
        for (String line : Files.readAllLines(API_DOC)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                pkg = h.group(1);
                continue;
            }
            Matcher l = LINE.matcher(line);
            if (l.matches() && pkg != null && pkg.startsWith(prefix)) {
                assertThat(types.add(pkg + "." + l.group(1))).as("listed twice: " + line).isTrue();
            }
        }
        return types;
    }

    @Test
    void theApiPageListsEveryPublicTypeOfTheExportedPackagesAndNothingElse() throws IOException, ReflectiveOperationException {
        ModuleDescriptor d = ModuleExportsTest.descriptor();
        Set<String> exported = new TreeSet<>();
        d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
        Set<String> publicTypes = new TreeSet<>();
        for (String pkg : exported) {
            Path dir = ModuleExportsTest.CLASSES.resolve(pkg.replace('.', '/'));
            List<String> names;
            try (Stream<Path> s = Files.list(dir)) {
                names = s.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                        .map(n -> n.substring(0, n.length() - ".class".length())).toList();
            }
            for (String n : names) {
                Class<?> c = Class.forName(pkg + "." + n, false, getClass().getClassLoader());
                if (Modifier.isPublic(c.getModifiers())) {
                    publicTypes.add(c.getName());
                }
            }
        }
        assertThat(publicTypes).as("public types of the exported packages").hasSizeGreaterThan(50);
        assertThat(documented("io.github.ocop.core."))
                .as("docs/api.md: one line '- `Type`: what it is for' per public type, under its package heading")
                .containsExactlyElementsOf(publicTypes);
    }

    @Test
    void theApiPageNamesNoInternalPackage() throws IOException {
        assertThat(documented("io.github.ocop.core.internal")).isEmpty();
    }
}
