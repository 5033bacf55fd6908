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

/**
 * The packages ocop-core exports are the API chosen for users (docs/api.md lists their types); the helpers of the
 * engines stay in {@code io.github.ocop.core.internal}, exported only to ocop-rules. A new package is internal until
 * it is added here and to module-info on purpose.
 */
class ModuleExportsTest {
    /** The API packages, chosen one by one (issue 19 item 7). */
    static final Set<String> API = Set.of("io.github.ocop.core.advice", "io.github.ocop.core.compare",
            "io.github.ocop.core.council", "io.github.ocop.core.explain", "io.github.ocop.core.history",
            "io.github.ocop.core.model", "io.github.ocop.core.problem", "io.github.ocop.core.process",
            "io.github.ocop.core.report", "io.github.ocop.core.scoring", "io.github.ocop.core.text",
            "io.github.ocop.core.whatif");
    /** The packages that are not API. */
    static final Set<String> INTERNAL = Set.of("io.github.ocop.core.internal");

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
    void theModuleExportsExactlyTheChosenApiPackages() throws IOException {
        ModuleDescriptor d = descriptor();
        assertThat(d.name()).isEqualTo("io.github.ocop.core");
        Set<String> exported = d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).as("the unqualified 'exports' lines of ocop-core/src/main/java/module-info.java")
                .containsExactlyInAnyOrderElementsOf(API);
    }

    @Test
    void theInternalPackageIsExportedToOcopRulesAlone() throws IOException {
        assertThat(descriptor().exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
                .singleElement().satisfies(e -> {
                    assertThat(e.source()).isEqualTo("io.github.ocop.core.internal");
                    assertThat(e.targets()).containsExactly("io.github.ocop.rules");
                });
    }

    @Test
    void everyPackageIsEitherApiOrKnownInternal() throws IOException {
        Set<String> known = new TreeSet<>(API);
        known.addAll(INTERNAL);
        assertThat(packagesWithClasses()).as("a new package must be exported on purpose or listed as internal")
                .containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void itRequiresNothingButTheJdkAndTheValidationApi() throws IOException {
        assertThat(descriptor().requires().stream().map(ModuleDescriptor.Requires::name))
                .containsExactlyInAnyOrder("java.base", "jakarta.validation");
    }
}
