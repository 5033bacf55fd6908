package io.github.ocop.benchmarks;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.BundledRuleSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loading every bundled rule set once, in a fresh JVM (single shot, no warm-up), as {@code BundledRuleSets} does: read
 * the compiled form and check its SHA-256, check the JSON's SHA-256 on another thread, decode the model (the process
 * facts on first use). Since issue 18 the compiled form is not validated again at run time (its digest is compiled into
 * the jar and the build validates it); {@code validateAllBundled} adds that validation, for comparison with the figures
 * before. Each fork is one cold start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(10)
public class LoadBenchmark {
    /** @return the loaded rule sets */
    @Benchmark
    public List<RuleSet> loadAllBundled() {
        BundledRuleSets bundled = new BundledRuleSets();
        List<RuleSet> out = new ArrayList<>();
        for (String id : bundled.ids()) {
            out.add(bundled.load(id).orElseThrow());
        }
        return out;
    }

    /** @return the loaded rule sets, each validated and its process facts decoded (the work of a load before issue 18) */
    @Benchmark
    public List<RuleSet> validateAllBundled() {
        List<RuleSet> out = loadAllBundled();
        for (RuleSet r : out) {
            if (!io.github.ocop.rules.RuleSetValidator.validate(r).valid() || r.process() == null) {
                throw new IllegalStateException(r.id() + " does not validate");
            }
        }
        return out;
    }
}
