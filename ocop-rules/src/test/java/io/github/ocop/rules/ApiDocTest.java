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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/api.md lists exactly the public types of the packages ocop-core and ocop-rules export, one line each, and no
 * internal package (one test for both modules, as {@code JavadocTest}: ocop-rules' tests see ocop-core's classes).
 */
class ApiDocTest {
    private static final Path API_DOC = Path.of("../docs/api.md");
    private static final Path CORE_CLASSES = Path.of("../ocop-core/target/classes");
    private static final Path RULES_CLASSES = Path.of("target/classes");
    private static final Pattern HEADING = Pattern.compile("^## `([a-z.]+)`$");
    private static final Pattern LINE = Pattern.compile("^- `([A-Z][A-Za-z0-9]*)`: \\S.*$");

    /** @return the types docs/api.md lists under the package headings the test accepts, as qualified names */
    private static Set<String> documented(Predicate<String> packages) throws IOException {
        Set<String> types = new TreeSet<>();
        String pkg = null;
        for (String line : Files.readAllLines(API_DOC)) {
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                pkg = h.group(1);
                continue;
            }
            Matcher l = LINE.matcher(line);
            if (l.matches() && pkg != null && packages.test(pkg)) {
                assertThat(types.add(pkg + "." + l.group(1))).as("listed twice: " + line).isTrue();
            }
        }
        return types;
    }

    /** @return the packages a module's compiled descriptor exports to everyone */
    private static Set<String> exported(Path classes) throws IOException {
        ModuleDescriptor d;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            d = ModuleDescriptor.read(in);
        }
        Set<String> exported = new TreeSet<>();
        d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
        return exported;
    }

    /** @return the public top-level types of those packages, from the compiled classes */
    private Set<String> publicTypes(Path classes, Set<String> packages) throws IOException, ReflectiveOperationException {
        Set<String> publicTypes = new TreeSet<>();
        for (String pkg : packages) {
            List<String> names;
            try (Stream<Path> s = Files.list(classes.resolve(pkg.replace('.', '/')))) {
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
        return publicTypes;
    }

    @Test
    void theApiPageListsEveryPublicTypeOfCoresExportedPackagesAndNothingElse() throws Exception {
        Set<String> publicTypes = publicTypes(CORE_CLASSES, exported(CORE_CLASSES));
        assertThat(publicTypes).as("public types of the exported packages").hasSizeGreaterThan(50);
        assertThat(documented(p -> p.startsWith("io.github.ocop.core.")))
                .as("docs/api.md: one line '- `Type`: what it is for' per public type, under its package heading")
                .containsExactlyElementsOf(publicTypes);
    }

    @Test
    void theApiPageListsEveryPublicTypeOfTheExportedPackageOfRulesAndNothingElse() throws Exception {
        Set<String> exported = exported(RULES_CLASSES);
        assertThat(exported).containsExactly("io.github.ocop.rules");
        Set<String> publicTypes = publicTypes(RULES_CLASSES, exported);
        assertThat(publicTypes).as("public types of io.github.ocop.rules").hasSizeGreaterThan(10);
        assertThat(documented("io.github.ocop.rules"::equals))
                .as("docs/api.md: one line '- `Type`: what it is for' per public type, under its package heading")
                .containsExactlyElementsOf(publicTypes);
    }

    @Test
    void theApiPageNamesNoInternalPackage() throws IOException {
        assertThat(documented(p -> p.endsWith(".internal"))).isEmpty();
    }
}
