package org.newskg.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names of knowledge base entries keyed by {@link NameKey#key}, for longest-match lookup over word
 * sequences.
 *
 * <pre>{@code
 * List<NameEntry> hits = kb.names().find(List.of("BEIJING"));   // Beijing, Q956
 * int n = kb.names().maxWords();                                 // longest name, in words
 * }</pre>
 * Immutable and thread-safe once built.
 */
public final class NameIndex {

    private static final Comparator<NameEntry> ORDER = Comparator.comparing(NameEntry::kind)
            .thenComparing(e -> e.entry().qid());

    private final Map<String, List<NameEntry>> byKey;
    private final int maxWords;
    private final Set<String> prefixes;
    /**
     * A bit for each of {@link #prefixes}, at {@link #bit} of its hash: a key whose bit is clear is no prefix, known
     * without probing the set (a finder asks at each word of each sentence; the set of every name's word prefixes is
     * far larger than the processor's caches, so most probes missed them). About eight bits per prefix.
     */
    private final long[] filter;
    private final int filterShift;

    NameIndex(List<NameEntry> names) {
        Map<String, List<NameEntry>> map = new HashMap<>();
        int max = 0;
        for (NameEntry n : names) {
            map.computeIfAbsent(NameKey.key(n.words()), k -> new ArrayList<>()).add(n);
            max = Math.max(max, n.words().size());
        }
        map.replaceAll((k, v) -> v.stream().sorted(ORDER).toList());
        this.byKey = Map.copyOf(map);
        this.maxWords = max;
        Set<String> starts = new HashSet<>();
        for (String key : byKey.keySet()) {
            for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
                starts.add(key.substring(0, i));
            }
            starts.add(key);
        }
        this.prefixes = Set.copyOf(starts);
        int bits = Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1 << 12, starts.size() * 8 - 1)) << 1);
        bits = Math.min(bits, 30);
        this.filter = new long[1 << (bits - 6)];
        this.filterShift = 32 - bits;
        for (String p : prefixes) {
            int b = bit(p);
            filter[b >>> 6] |= 1L << b;
        }
    }

    /** The key's bit in {@link #filter}: its hash (cached in the string) spread by an odd multiplier, top bits. */
    private int bit(String key) {
        return (key.hashCode() * 0x9E3779B9) >>> filterShift;
    }

    /**
     * Whether some indexed key starts with these whole words ({@code "people s"} for "people s republic
     * of china"): a finder extending a span word by word stops when this is false, since no longer span
     * can match either.
     */
    public boolean isKeyPrefix(String key) {
        int b = bit(key);
        return (filter[b >>> 6] & 1L << b) != 0 && prefixes.contains(key);
    }

    /** The largest number of significant words in any indexed name. */
    public int maxWords() {
        return maxWords;
    }

    /**
     * Names that the given surface words may stand for, labels first, then by QID; one entry per
     * knowledge base entry. Empty when the key is unknown or the case does not fit (see
     * {@link NameKey#caseCompatible}).
     */
    public List<NameEntry> find(List<String> surfaceWords) {
        return findSignificant(NameKey.significant(surfaceWords));
    }

    /** Like {@link #find} for words already reduced by {@link NameKey#significant} (finders do it once per sentence). */
    public List<NameEntry> findSignificant(List<String> surface) {
        if (surface.isEmpty()) {
            return List.of();
        }
        return findKey(NameKey.key(surface), surface);
    }

    /**
     * Like {@link #findSignificant} when the caller already holds {@code key = NameKey.key(surface)}
     * (finders build it word by word instead of normalizing every span again).
     */
    public List<NameEntry> findKey(String key, List<String> surface) {
        List<NameEntry> candidates = byKey.get(key);
        if (candidates == null) {
            return List.of();
        }
        List<NameEntry> out = new ArrayList<>();
        for (NameEntry n : candidates) {
            if (NameKey.caseCompatible(n.words(), surface)
                    && out.stream().noneMatch(o -> o.entry().qid().equals(n.entry().qid()))) {
                out.add(n);
            }
        }
        return out;
    }
}
