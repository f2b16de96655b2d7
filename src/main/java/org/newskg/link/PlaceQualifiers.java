package org.newskg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.KnowledgeBase;

/**
 * Narrows the readings of a place qualified by the place written right after it: "HALIFAX, Nova Scotia" (a dateline),
 * "Paris, Texas", "London, Ontario". Writers add the state, province or country exactly when the town's name alone is
 * ambiguous, so the qualifier decides: only the candidates in the qualifier's country (or the qualifier itself, a
 * country) stay. The article's other mentions of the same name ("HALIFAX, Nova Scotia -- ... the summit in Halifax")
 * mean the same town and are narrowed alike. When no candidate would stay, or the qualifier is unknown, the
 * candidates are left as they were.
 *
 * <pre>{@code
 * Map<EntityMention, List<Candidate>> narrowed = new PlaceQualifiers(kb).narrow(text, candidates);
 * }</pre>
 * Immutable and thread-safe.
 */
final class PlaceQualifiers {

    private final KnowledgeBase kb;

    PlaceQualifiers(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The candidates of every mention, those of a qualified place narrowed to its qualifier's country. */
    Map<EntityMention, List<Candidate>> narrow(String text, Map<EntityMention, List<Candidate>> candidates) {
        Map<Integer, EntityMention> byBegin = new HashMap<>();
        candidates.keySet().forEach(m -> byBegin.putIfAbsent(m.begin(), m));
        Map<String, Set<String>> byName = new HashMap<>();
        candidates.forEach((m, c) -> {
            EntityMention q = qualifier(text, m, byBegin);
            if (q != null) {
                byName.computeIfAbsent(key(m), k -> new HashSet<>()).addAll(countries(candidates.getOrDefault(q, List.of())));
            }
        });
        Map<EntityMention, List<Candidate>> out = new HashMap<>(candidates);
        candidates.forEach((m, c) -> {
            Set<String> countries = byName.get(key(m));
            if (c.size() > 1 && countries != null) {
                List<Candidate> kept = c.stream()
                        .filter(x -> kb.countriesOf(x.entry()).stream().anyMatch(countries::contains)).toList();
                if (!kept.isEmpty()) {
                    out.put(m, kept);
                }
            }
        });
        return out;
    }

    private static String key(EntityMention m) {
        return m.type().root() + "\t" + m.text().toLowerCase(Locale.ROOT);
    }

    /** The place mention after ", " right behind a place mention, when it is a region, state or country. */
    private static EntityMention qualifier(String text, EntityMention m, Map<Integer, EntityMention> byBegin) {
        if (m.type().root() != EntityType.PLACE || !text.startsWith(", ", m.end())) {
            return null;
        }
        EntityMention q = byBegin.get(m.end() + 2);
        return q != null && q.type().root() == EntityType.PLACE && q.type() != EntityType.CITY ? q : null;
    }

    /** Every country a reading of the qualifier is or lies in. */
    private Set<String> countries(List<Candidate> qualifier) {
        Set<String> out = new HashSet<>();
        qualifier.forEach(c -> out.addAll(kb.countriesOf(c.entry())));
        return out;
    }
}
