package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newskg.extract.EntityMention;

/**
 * Resolves overlapping candidate mentions: the one covering more words wins ("Chinese New Year" over
 * "Chinese"), then the more confident one (a KB label over an alias over a pattern), then the earlier.
 *
 * <pre>{@code
 * List<EntityMention> kept = MentionMerger.merge(candidates);
 * }</pre>
 * Stateless and thread-safe; the result is sorted by offset and has no overlaps. n log n in the candidates.
 */
final class MentionMerger {

    /** A candidate with the number of words it covers (word counts, not characters, rank candidates). */
    record Candidate(EntityMention mention, int words) {
    }

    private static final Comparator<Candidate> PRIORITY = Comparator.comparingInt(Candidate::words).reversed()
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.mention().confidence()).reversed())
            .thenComparingInt(c -> c.mention().begin())
            .thenComparing(c -> c.mention().rule())
            .thenComparing(c -> c.mention().kbQid() == null ? "" : c.mention().kbQid());

    private MentionMerger() {
    }

    static List<EntityMention> merge(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(PRIORITY);
        MentionIndex kept = new MentionIndex();
        for (Candidate c : sorted) {
            EntityMention m = c.mention();
            if (kept.isFree(m.begin(), m.end())) {
                kept.add(m);
            }
        }
        return kept.inOrder();
    }
}
