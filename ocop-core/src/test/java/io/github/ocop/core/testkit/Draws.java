package io.github.ocop.core.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.Collections;
import java.util.List;

/**
 * A jqwik-drawn sequence of choices read like {@link java.util.Random}: each {@code nextInt(bound)} takes the next
 * drawn integer modulo the bound, and reads 0 once the sequence is used up. Unlike {@code new Random(seed)}, a failing
 * case shrinks: jqwik shrinks the drawn integers towards 0, which makes every choice the first one (the first option,
 * no condition, no knock-out, the smallest size), and reports the smallest sequence that still fails.
 */
public final class Draws {
    private final List<Integer> values;
    private int next;

    private Draws(List<Integer> values) {
        this.values = values;
    }

    /**
     * The arbitrary of choice sequences of a fixed length.
     *
     * @param length how many choices a case may read (more read 0)
     * @return sequences of non-negative integers that shrink towards 0
     */
    public static Arbitrary<Draws> of(int length) {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(length).map(Draws::new);
    }

    /** A fresh reader of the same choices, from the first. */
    public Draws again() {
        return new Draws(values);
    }

    private int raw() {
        return next < values.size() ? values.get(next++) : 0;
    }

    /** {@return the next choice in {@code [0, bound)}} */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, was " + bound);
        }
        return raw() % bound;
    }

    /** {@return the next choice as any int (0 shrinks to 0, odd draws are negative)} */
    public int nextInt() {
        int v = raw();
        return (v & 1) == 0 ? v >>> 1 : -(v >>> 1) - 1;
    }

    /** {@return the next choice as a boolean (false when shrunk)} */
    public boolean nextBoolean() {
        return nextInt(2) == 1;
    }

    /** {@return the next choice as a long, from two draws} */
    public long nextLong() {
        return ((long) nextInt() << 32) ^ raw();
    }

    /** {@return the next choice in {@code [0, 1)}} */
    public double nextDouble() {
        return raw() / (Integer.MAX_VALUE + 1.0);
    }

    /** Shuffles a list in place (Fisher-Yates) with the next choices; shrunk choices leave it as it was. */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, i - nextInt(i + 1));
        }
    }

    @Override
    public String toString() {
        int end = values.size();
        while (end > 0 && values.get(end - 1) == 0) {
            end--;
        }
        return "Draws" + values.subList(0, end) + (end < values.size() ? " then 0s" : "");
    }
}
