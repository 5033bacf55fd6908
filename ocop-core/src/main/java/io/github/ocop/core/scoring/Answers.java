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
 * arrays so that the engine reads them without per-entry objects, or, when resolved while read, as the indexes of a
 * sheet's vocabulary (whose own strings they then name). Lookups by code use a hash index built on first use.
 * Immutable and thread-safe.
 */
final class Answers extends AbstractMap<String, String> {
    private static final int LINEAR_LOOKUP_MAX = 8;

    /** The codes and keys in the order given, or null when resolved (then {@link #order} and {@link #given} say). */
    private final String[] codes;
    private final String[] keys;
    /** When resolved: per answer in the order given, the index of its criterion in {@link #resolvedBy}. */
    private final int[] order;
    /** How many answers: the first {@code size} places of the arrays. */
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
        this.order = null;
        this.size = n;
        this.resolvedBy = null;
        this.given = null;
    }

    /** Keeps arrays already checked (codes distinct, nothing null in the first {@code size} places): no copy. */
    Answers(String[] codes, String[] keys, int size) {
        this.codes = codes;
        this.keys = keys;
        this.order = null;
        this.size = size;
        this.resolvedBy = null;
        this.given = null;
    }

    /**
     * Answers resolved while read by a vocabulary (see {@link #resolvedBy}): no strings of their own.
     *
     * @param order      per answer in the order given, its criterion's index in the vocabulary (distinct)
     * @param size       how many answers
     * @param resolvedBy the vocabulary
     * @param given      per criterion of the vocabulary: 0, 1 + option index or {@link AnswerVocabulary#NONE},
     *                   not 0 exactly for the criteria in {@code order}
     */
    Answers(int[] order, int size, AnswerVocabulary resolvedBy, int[] given) {
        this.codes = null;
        this.keys = null;
        this.order = order;
        this.size = size;
        this.resolvedBy = resolvedBy;
        this.given = given;
    }

    /** {@return the code of the answer at that place in the order given} @param i a place */
    String code(int i) {
        return codes != null ? codes[i] : resolvedBy.code(order[i]);
    }

    /** {@return the key of the answer at that place in the order given} @param i a place */
    String key(int i) {
        if (keys != null) {
            return keys[i];
        }
        int criterion = order[i];
        int g = given[criterion];
        return resolvedBy.key(criterion, g > 0 ? g - 1 : AnswerVocabulary.NONE);
    }

    private int find(Object code) {
        if (!(code instanceof String)) {
            return -1;
        }
        if (size <= LINEAR_LOOKUP_MAX) {
            for (int i = 0; i < size; i++) {
                if (code(i).equals(code)) {
                    return i;
                }
            }
            return -1;
        }
        Map<String, Integer> m = index;
        if (m == null) {
            Map<String, Integer> built = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                built.put(code(i), i);
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
        return i < 0 ? null : key(i);
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
            action.accept(code(i), key(i));
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
                            return Map.entry(code(i), key(i));
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
