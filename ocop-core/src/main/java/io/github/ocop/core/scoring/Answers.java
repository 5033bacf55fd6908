package io.github.ocop.core.scoring;

import io.github.ocop.core.internal.AnswerVocabulary;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The answers of an assessment: an unmodifiable map of criterion code to option key, in the order given, held as two
 * arrays so that the engine reads them without per-entry objects. Lookups by code use a hash index built on first
 * use. Immutable and thread-safe.
 */
final class Answers extends AbstractMap<String, String> {
    private static final int LINEAR_LOOKUP_MAX = 8;

    final String[] codes;
    final String[] keys;
    /** How many answers: the first {@code size} places of {@link #codes} and {@link #keys}. */
    final int size;
    /**
     * The vocabulary that resolved these answers while they were read, or null: then {@link #given} holds, per
     * criterion of its sheet, 0 (unanswered), 1 + the option's index or {@link AnswerVocabulary#NONE}, and the engine
     * scoring on that very vocabulary's sheet takes it as it is.
     */
    final AnswerVocabulary resolvedBy;
    /** See {@link #resolvedBy}; never changed. */
    final int[] given;
    private volatile Map<String, Integer> index;
    private Set<Map.Entry<String, String>> entries;

    /** Copies a map, refusing null codes and options (the message names the code). */
    Answers(Map<String, String> answers) {
        int n = answers.size();
        String[] c = new String[n];
        String[] k = new String[n];
        int[] at = {0};
        answers.forEach((code, key) -> {
            int i = at[0]++;
            if (i >= n) {
                throw new IllegalArgumentException("answers changed while being copied");
            }
            c[i] = Objects.requireNonNull(code, "answer code");
            k[i] = Objects.requireNonNull(key, () -> "answer to " + code);
        });
        if (at[0] != n) {
            throw new IllegalArgumentException("answers changed while being copied");
        }
        this.codes = c;
        this.keys = k;
        this.size = n;
        this.resolvedBy = null;
        this.given = null;
    }

    /** Keeps arrays already checked (codes distinct, nothing null in the first {@code size} places): no copy. */
    Answers(String[] codes, String[] keys, int size) {
        this(codes, keys, size, null, null);
    }

    /** As {@link #Answers(String[], String[], int)}, resolved by a vocabulary (see {@link #resolvedBy}). */
    Answers(String[] codes, String[] keys, int size, AnswerVocabulary resolvedBy, int[] given) {
        this.codes = codes;
        this.keys = keys;
        this.size = size;
        this.resolvedBy = resolvedBy;
        this.given = given;
    }

    private int find(Object code) {
        if (!(code instanceof String)) {
            return -1;
        }
        if (size <= LINEAR_LOOKUP_MAX) {
            for (int i = 0; i < size; i++) {
                if (codes[i].equals(code)) {
                    return i;
                }
            }
            return -1;
        }
        Map<String, Integer> m = index;
        if (m == null) {
            Map<String, Integer> built = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                built.put(codes[i], i);
            }
            m = Map.copyOf(built);
            index = m;
        }
        Integer i = m.get(code);
        return i == null ? -1 : i;
    }

    @Override
    public String get(Object code) {
        int i = find(code);
        return i < 0 ? null : keys[i];
    }

    @Override
    public boolean containsKey(Object code) {
        return find(code) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        Objects.requireNonNull(action, "action");
        for (int i = 0; i < size; i++) {
            action.accept(codes[i], keys[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        Set<Map.Entry<String, String>> e = entries;
        if (e == null) {
            e = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return Map.entry(codes[i], keys[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
            entries = e;
        }
        return e;
    }
}
