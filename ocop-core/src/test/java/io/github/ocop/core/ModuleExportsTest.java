package io.github.ocop.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every package of ocop-core is API: module-info must export each one (a new package needs its exports line). */
class ModuleExportsTest {
    static final Path CLASSES = Path.of("target/classes");

    static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    static Set<String> packagesWithClasses() throws IOException {
        try (Stream<Path> s = Files.walk(CLASSES)) {
            return s.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class"))
                    .map(p -> CLASSES.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void theModuleIsNamedAndExportsEveryPackage() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("io.github.ocop.core");
        Set<String> exported = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).as("add an 'exports' line to ocop-core/src/main/java/module-info.java")
                .isEqualTo(packagesWithClasses());
    }

    @Test
    void itRequiresNothingButTheJdkAndTheValidationApi() throws IOException {
        assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name))
                .containsExactlyInAnyOrder("java.base", "jakarta.validation");
    }
}
