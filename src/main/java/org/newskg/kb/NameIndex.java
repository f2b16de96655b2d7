package org.newskg.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        List<NameEntry> candidates = byKey.get(NameKey.key(surface));
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
