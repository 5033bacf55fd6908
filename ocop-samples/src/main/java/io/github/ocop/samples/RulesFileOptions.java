package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.core.problem.OcopInputException;
import io.github.ocop.rules.RuleSetLoader;
import io.github.ocop.rules.RuleSets;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --rules-file FILE} option (repeatable): rule set files loaded with {@link RuleSetLoader} (the same
 * validation as the bundled ones) and added to the bundled rule sets. A file may use a bundled id only when its content
 * is identical; otherwise it is refused and must take its own id (e.g. {@code qd-148-2023-ninh-binh} for a
 * province's copy of the signed annex of QĐ 148). Every output of such a rule set says it is not official.
 */
final class RulesFileOptions {
    @Option(names = "--rules-file", paramLabel = "FILE")
    List<Path> files = new ArrayList<>();

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** @return the standard registry with the given files' rule sets added (an invalid file throws, located) */
    RuleSets registry() {
        if (files.isEmpty()) {
            return RuleSets.standard();
        }
        RuleSets registry = RuleSets.standard();
        for (Path f : files) {
            RuleSet r = RuleSetLoader.load(f, Lang.of(mixee));
            try {
                registry = registry.with(r);
            } catch (OcopInputException e) {
                throw e.withSource(f.toString());
            }
        }
        return registry;
    }
}
