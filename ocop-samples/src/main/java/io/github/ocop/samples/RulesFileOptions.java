package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSetLoader;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --rules-file FILE} option (repeatable): rule set files loaded with {@link RuleSetLoader} (the same
 * validation as the bundled ones) and added before the bundled rule sets, so that a file with the id
 * {@code qd-148-2023} holding a province's copy of the signed annex replaces the sheetless bundled one.
 */
final class RulesFileOptions {
    @Option(names = "--rules-file", paramLabel = "FILE",
            description = "A rule set file (JSON, docs/rule-set-format.md) to use besides the bundled ones; it replaces"
                    + " a bundled rule set with the same id. Repeatable.")
    List<Path> files = new ArrayList<>();

    /** @return the standard registry with the given files' rule sets added (an invalid file throws, located) */
    RuleSets registry() {
        if (files.isEmpty()) {
            return RuleSets.standard();
        }
        List<RuleSet> loaded = new ArrayList<>();
        for (Path f : files) {
            loaded.add(RuleSetLoader.load(f));
        }
        return RuleSets.standard().with(loaded.toArray(RuleSet[]::new));
    }
}
