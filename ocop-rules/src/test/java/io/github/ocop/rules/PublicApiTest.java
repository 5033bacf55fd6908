package io.github.ocop.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Only the API package is exported, Jackson never shows in it, and the runtime jar holds no importer. */
class PublicApiTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Set<String> INTERNAL = Set.of("io.github.ocop.rules.internal");

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static Set<String> exported() throws IOException {
        return descriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void onlyTheApiPackageIsExportedAndEveryOtherPackageIsKnownInternal() throws IOException {
        assertThat(descriptor().name()).isEqualTo("io.github.ocop.rules");
        assertThat(exported()).containsExactly("io.github.ocop.rules");
        Set<String> packages;
        try (Stream<Path> s = Files.walk(CLASSES)) {
            packages = s.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class"))
                    .map(p -> CLASSES.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        packages.removeAll(exported());
        assertThat(packages).as("a new package must be exported in module-info.java or listed here as internal")
                .isSubsetOf(INTERNAL);
    }

    @Test
    void theRuntimeJarHoldsNoImporterClassesNorTheirSourceData() throws IOException {
        // the importers are build tools: they live in the ocop-importers module, which is not published
        assertThat(descriptor().packages()).noneMatch(p -> p.contains("importer"));
        List<String> importerFiles;
        try (Stream<Path> s = Files.walk(CLASSES)) {
            importerFiles = s.map(p -> CLASSES.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.contains("importer") || p.contains("Importer") || p.endsWith("source.txt")
                            || p.endsWith("curated.json") || p.contains("platform-sheets"))
                    .toList();
        }
        assertThat(importerFiles).isEmpty();
        assertThat(Path.of("src/main/java/io/github/ocop/rules/importer")).doesNotExist();
        assertThat(Path.of("src/data")).doesNotExist();
        assertThat(Path.of("../ocop-importers/src/data")).isDirectory();
    }

    @Test
    void testsRunInTheNamedModulesSoTheDescriptorsAreExercised() {
        // surefire puts a module with module-info on the module path: ServiceLoader's 'uses', the 'opens' to
        // Hibernate Validator and resource loading are then tested as an application on the module path sees them
        assertThat(RuleSets.class.getModule().getName()).isEqualTo("io.github.ocop.rules");
        assertThat(io.github.ocop.core.scoring.Assessment.class.getModule().getName()).isEqualTo("io.github.ocop.core");
        assertThat(RuleSets.standard().ids()).contains("qd-26-2026", "qd-1048-2019");
    }

    @Test
    void noJacksonTypeAppearsInAPublicSignatureOfAnExportedPackage() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (String pkg : exported()) {
            try (Stream<Path> s = Files.list(CLASSES.resolve(pkg.replace('.', '/')))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = pkg + "." + p.getFileName().toString().replace(".class", "");
                    Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                    if (!isVisible(c)) {
                        continue;
                    }
                    check(c.getName(), c.getGenericSuperclass(), leaks);
                    for (Type t : c.getGenericInterfaces()) {
                        check(c.getName(), t, leaks);
                    }
                    for (Method m : c.getDeclaredMethods()) {
                        if (isApi(m.getModifiers())) {
                            check(m.toGenericString(), m.getGenericReturnType(), leaks);
                            checkAll(m, leaks);
                        }
                    }
                    for (Constructor<?> k : c.getDeclaredConstructors()) {
                        if (isApi(k.getModifiers())) {
                            checkAll(k, leaks);
                        }
                    }
                    for (Field f : c.getDeclaredFields()) {
                        if (isApi(f.getModifiers())) {
                            check(f.toGenericString(), f.getGenericType(), leaks);
                        }
                    }
                }
            }
        }
        assertThat(leaks).as("Jackson must stay internal to ocop-rules").isEmpty();
    }

    private static boolean isVisible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApi(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void checkAll(Executable e, List<String> leaks) {
        for (Type t : e.getGenericParameterTypes()) {
            check(e.toGenericString(), t, leaks);
        }
        for (Type t : e.getGenericExceptionTypes()) {
            check(e.toGenericString(), t, leaks);
        }
    }

    private static void check(String where, Type t, List<String> leaks) {
        if (t != null && t.getTypeName().contains("com.fasterxml")) {
            leaks.add(where + ": " + t.getTypeName());
        }
    }
}
