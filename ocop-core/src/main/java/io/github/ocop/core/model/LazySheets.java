package io.github.ocop.core.model;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The sheets of a compiled rule set, each decoded when first read (issue 18). Immutable as a list; thread-safe: two
 * threads may decode the same sheet, one result is kept and both get it.
 */
final class LazySheets extends AbstractList<ScoringSheet> implements RandomAccess {
    private final List<String> ids;
    private final IntFunction<ScoringSheet> decode;
    private final AtomicReferenceArray<ScoringSheet> decoded;

    LazySheets(List<String> ids, IntFunction<ScoringSheet> decode) {
        this.ids = List.copyOf(ids);
        this.decode = Objects.requireNonNull(decode, "decode");
        this.decoded = new AtomicReferenceArray<>(this.ids.size());
    }

    List<String> ids() {
        return ids;
    }

    @Override
    public ScoringSheet get(int index) {
        Objects.checkIndex(index, ids.size());
        ScoringSheet s = decoded.get(index);
        if (s == null) {
            ScoringSheet d = Objects.requireNonNull(decode.apply(index), "decoded sheet");
            if (!d.id().equals(ids.get(index))) {
                throw new IllegalStateException("sheet " + index + " decodes as " + d.id() + ", not " + ids.get(index));
            }
            decoded.compareAndSet(index, null, d);
            s = decoded.get(index);
        }
        return s;
    }

    @Override
    public int size() {
        return ids.size();
    }
}
