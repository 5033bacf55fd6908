package io.github.ocop.samples;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.RuleSetLoader;
import io.github.ocop.rules.RuleSetProvider;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A provider of the imaginary decision fixture (QĐ 99/2031, not real), as an application would add its own rule set
 * through the provider SPI; {@link ImaginaryDecisionCliTest} lists it in a {@code META-INF/services} file of a child
 * JVM's class path. The file is named by the system property {@code ocop.test.fixture}.
 */
public final class ImaginaryDecisionProvider implements RuleSetProvider {
    @Override
    public Set<String> ids() {
        return Set.of("qd-99-2031");
    }

    @Override
    public Optional<RuleSet> load(String id) {
        return id.equals("qd-99-2031")
                ? Optional.of(RuleSetLoader.load(Path.of(System.getProperty("ocop.test.fixture"))))
                : Optional.empty();
    }
}
