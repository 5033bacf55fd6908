package io.github.ocop.benchmarks;

import io.github.ocop.core.model.RuleSet;
import io.github.ocop.rules.BundledRuleSets;
import org.openjdk.jol.info.GraphLayout;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the heap retained by every bundled rule set once loaded: the object graph measured with JOL, and the
 * used heap after GC with and without the rule sets as a cross-check. Run:
 * {@code java -cp ocop-benchmarks/target/benchmarks.jar io.github.ocop.benchmarks.RetainedHeap}.
 */
public final class RetainedHeap {
    private RetainedHeap() {
    }

    /** @param args unused */
    public static void main(String[] args) throws InterruptedException {
        load(); // a first load, dropped: classes and the parser's static state are not counted below
        long before = usedAfterGc();
        List<RuleSet> loaded = load();
        long after = usedAfterGc();
        for (RuleSet r : loaded) {
            System.out.printf("%-14s JOL graph %,d bytes%n", r.id(), GraphLayout.parseInstance(r).totalSize());
        }
        System.out.printf("all rule sets  JOL graph %,d bytes (shared objects counted once)%n",
                GraphLayout.parseInstance(loaded.toArray()).totalSize());
        System.out.printf("Runtime used after GC: %,d bytes more with the rule sets loaded%n", after - before);
        System.out.println(loaded.size() + " rule sets kept reachable: " + loaded.hashCode());
    }

    private static List<RuleSet> load() {
        BundledRuleSets bundled = new BundledRuleSets();
        List<RuleSet> loaded = new ArrayList<>();
        for (String id : bundled.ids()) {
            loaded.add(bundled.load(id).orElseThrow());
        }
        return loaded;
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
