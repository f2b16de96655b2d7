package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Spans sorted by where they begin, with the length of the longest: which of them cover an offset is found
 * by binary search, in O(log n) plus the few spans that begin close enough before it.
 *
 * <pre>{@code
 * OffsetIndex<EntityMention> index = new OffsetIndex<>(mentions, EntityMention::begin, EntityMention::end);
 * List<EntityMention> here = index.covering(120);
 * }</pre>
 * Immutable; thread-safe when the spans are.
 */
final class OffsetIndex<T> {

    private final List<T> spans;
    private final int[] begins;
    private final ToIntFunction<T> end;
    private final int longest;

    /** @param spans sorted by their begin offset (as {@link org.newskg.extract.Extraction} keeps them) */
    OffsetIndex(List<T> spans, ToIntFunction<T> begin, ToIntFunction<T> end) {
        this.spans = List.copyOf(spans);
        this.begins = new int[spans.size()];
        this.end = end;
        int max = 0;
        for (int i = 0; i < begins.length; i++) {
            begins[i] = begin.applyAsInt(this.spans.get(i));
            if (i > 0 && begins[i] < begins[i - 1]) {
                throw new IllegalArgumentException("spans not sorted by begin offset at index " + i + ": " + begins[i - 1]
                        + " then " + begins[i]);
            }
            max = Math.max(max, end.applyAsInt(this.spans.get(i)) - begins[i]);
        }
        this.longest = max;
    }

    /** The spans with begin ≤ offset < end, in their given order. */
    List<T> covering(int offset) {
        List<T> out = new ArrayList<>();
        // Only a span beginning less than `longest` before the offset can reach it.
        for (int i = firstBeginAbove(offset - longest); i < begins.length && begins[i] <= offset; i++) {
            if (offset < end.applyAsInt(spans.get(i))) {
                out.add(spans.get(i));
            }
        }
        return out;
    }

    /** The spans lying within [begin, end), in their given order. */
    List<T> within(int begin, int end) {
        List<T> out = new ArrayList<>();
        for (int i = firstBeginAbove(begin - 1); i < begins.length && begins[i] < end; i++) {
            if (this.end.applyAsInt(spans.get(i)) <= end) {
                out.add(spans.get(i));
            }
        }
        return out;
    }

    /** The index of the first span beginning after {@code offset}. */
    private int firstBeginAbove(int offset) {
        int lo = 0;
        int hi = begins.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begins[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
