package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newskg.extract.EntityMention;

/**
 * A changing set of mentions indexed by offset, with the length of the longest ever added: which of them
 * overlap or lie within a span is found in O(log n) plus the mentions near it, instead of a scan of all of
 * them. What keeps merging and resolving the mentions of a long article n log n.
 *
 * <pre>{@code
 * MentionIndex kept = new MentionIndex();
 * if (kept.isFree(m.begin(), m.end())) kept.add(m);
 * }</pre>
 * Not thread-safe (one merge at a time).
 */
final class MentionIndex {

    private final TreeMap<Integer, List<EntityMention>> byBegin = new TreeMap<>();
    private int longest;

    /** True when no mention here overlaps [begin, end). */
    boolean isFree(int begin, int end) {
        return overlapping(begin, end).isEmpty();
    }

    /** The mentions overlapping [begin, end), by offset (then in the order they were added). */
    List<EntityMention> overlapping(int begin, int end) {
        List<EntityMention> out = new ArrayList<>();
        // A mention beginning `longest` or more before `begin` ends before it.
        for (List<EntityMention> ms : byBegin.subMap(begin - longest, false, end, false).values()) {
            for (EntityMention m : ms) {
                if (m.end() > begin) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** The mentions lying within [begin, end), by offset. */
    List<EntityMention> within(int begin, int end) {
        List<EntityMention> out = new ArrayList<>();
        for (List<EntityMention> ms : byBegin.subMap(begin, true, end, false).values()) {
            for (EntityMention m : ms) {
                if (m.end() <= end) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    void add(EntityMention m) {
        byBegin.computeIfAbsent(m.begin(), k -> new ArrayList<>()).add(m);
        longest = Math.max(longest, m.length());
    }

    void remove(EntityMention m) {
        List<EntityMention> ms = byBegin.get(m.begin());
        if (ms != null && ms.remove(m) && ms.isEmpty()) {
            byBegin.remove(m.begin());
        }
    }

    /** Removes the mentions within [begin, end) that {@code test} accepts. */
    void removeWithin(int begin, int end, Predicate<EntityMention> test) {
        within(begin, end).stream().filter(test).forEach(this::remove);
    }

    /** All of them, by offset (then in the order they were added). */
    List<EntityMention> inOrder() {
        List<EntityMention> out = new ArrayList<>();
        byBegin.values().forEach(out::addAll);
        return out;
    }
}
