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
 * Loading and validating every bundled rule set once, in a fresh JVM (single shot, no warm-up): read the resource,
 * check its SHA-256, parse strictly, build the model, validate. Each fork is one cold start.
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
}
