package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.newskg.extract.EntityMention;

/**
 * A changing set of mentions indexed by offset, with the length of the longest ever added: which of them
 * overlap or lie within a span is found in O(log n) plus the mentions near it, instead of a scan of all of
 * them. What keeps merging and resolving the mentions of a long article n log n. The mentions are one list
 * sorted by begin offset (a binary search finds a span's neighbours; an article's few hundred mentions move
 * cheaply on insertion), so that a look-up makes no boxed offsets and no map views.
 *
 * <pre>{@code
 * MentionIndex kept = new MentionIndex();
 * if (kept.isFree(m.begin(), m.end())) kept.add(m);
 * }</pre>
 * Not thread-safe (one merge at a time).
 */
final class MentionIndex {

    /** By begin offset, mentions of the same begin in the order they were added. */
    private final List<EntityMention> byBegin = new ArrayList<>();
    private int longest;

    /** True when no mention here overlaps [begin, end). */
    boolean isFree(int begin, int end) {
        checkSpan(begin - longest, end);
        // A mention beginning `longest` or more before `begin` ends before it.
        for (int i = firstAfter(begin - longest); i < byBegin.size() && byBegin.get(i).begin() < end; i++) {
            if (byBegin.get(i).end() > begin) {
                return false;
            }
        }
        return true;
    }

    /** The mentions overlapping [begin, end), by offset (then in the order they were added). */
    List<EntityMention> overlapping(int begin, int end) {
        checkSpan(begin - longest, end);
        List<EntityMention> out = new ArrayList<>();
        for (int i = firstAfter(begin - longest); i < byBegin.size() && byBegin.get(i).begin() < end; i++) {
            EntityMention m = byBegin.get(i);
            if (m.end() > begin) {
                out.add(m);
            }
        }
        return out;
    }

    /** The mentions lying within [begin, end), by offset. */
    List<EntityMention> within(int begin, int end) {
        checkSpan(begin, end);
        List<EntityMention> out = new ArrayList<>();
        for (int i = firstAfter(begin - 1); i < byBegin.size() && byBegin.get(i).begin() < end; i++) {
            EntityMention m = byBegin.get(i);
            if (m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    void add(EntityMention m) {
        byBegin.add(firstAfter(m.begin()), m);
        longest = Math.max(longest, m.length());
    }

    void remove(EntityMention m) {
        for (int i = firstAfter(m.begin() - 1); i < byBegin.size() && byBegin.get(i).begin() == m.begin(); i++) {
            if (byBegin.get(i).equals(m)) {
                byBegin.remove(i);
                return;
            }
        }
    }

    /** Removes the mentions within [begin, end) that {@code test} accepts. */
    void removeWithin(int begin, int end, Predicate<EntityMention> test) {
        within(begin, end).stream().filter(test).forEach(this::remove);
    }

    /** All of them, by offset (then in the order they were added). */
    List<EntityMention> inOrder() {
        return new ArrayList<>(byBegin);
    }

    /** The index of the first mention beginning after {@code offset}. */
    private int firstAfter(int offset) {
        int lo = 0;
        int hi = byBegin.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byBegin.get(mid).begin() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A span ending before it begins is a caller's error (as the sorted map this replaced said). */
    private static void checkSpan(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
    }
}
