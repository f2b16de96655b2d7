package org.newskg.kb.build;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.Lifespan;
import org.newskg.kb.NameKey;

/**
 * Decides which proposed names enter the recognition lexicon ({@code KnowledgeBase.names()}): a name
 * is recognized by itself in text only when no other entity of comparable prior has a name with the same
 * key ("Victoria" the state and the city block each other; a hamlet does not block a capital), and it has a
 * capital letter; two states that existed one after the other ("Ruritania" before and after 1970) do not block
 * each other, since the article's date tells them apart (see the linker's lifespan factor). A row of a later source
 * does not block an earlier source's row of the same type: the later sources repeat places the earlier ones have under
 * another QID (a city and its municipality, or a wrong QID), and such a twin would otherwise silence a city both know.
 * Everything else stays available to candidate lookup at link time.
 */
final class Lexicon {

    /** Another entity blocks a name when its prior is at least this share of the name owner's prior. */
    static final double BLOCKING_SHARE = 0.7;

    /** {@code rank}: the owner's earliest source in precedence order (0 for the curated file). */
    private record Owner(String qid, double prior, Lifespan existed, EntityType type, int rank) {

        /** A same-type row from a later source is a twin of this one, not a rival. */
        boolean outranks(Owner o) {
            return type == o.type && rank < o.rank;
        }

        /** Two dated states that never existed on the same day apart from a handover day: the date tells them apart. */
        boolean successive(Owner o) {
            return existed != null && o.existed != null && existed.from() != null && existed.until() != null
                    && o.existed.from() != null && o.existed.until() != null
                    && (!existed.until().isAfter(o.existed.from()) || !o.existed.until().isAfter(existed.from()));
        }
    }

    private final Map<String, List<Owner>> owners = new HashMap<>();

    Lexicon(Collection<KbEntry> curated, Collection<Draft> drafts) {
        this(curated, List.of(drafts));
    }

    /** {@code sources}: each source's drafts, in precedence order. */
    Lexicon(Collection<KbEntry> curated, List<? extends Collection<Draft>> sources) {
        // A lifespan belongs to the entity, whichever source gives it.
        Map<String, Lifespan> lifespans = new HashMap<>();
        curated.stream().filter(e -> e.existed() != null).forEach(e -> lifespans.putIfAbsent(e.qid(), e.existed()));
        sources.forEach(drafts -> drafts.stream().filter(d -> d.existed != null)
                .forEach(d -> lifespans.putIfAbsent(d.qid, d.existed)));
        for (KbEntry e : curated) {
            add(e.label(), e.qid(), 1.0, lifespans.get(e.qid()), e.type(), 0);
            e.aliases().forEach(a -> add(a, e.qid(), 1.0, lifespans.get(e.qid()), e.type(), 0));
        }
        for (int rank = 0; rank < sources.size(); rank++) {
            for (Draft d : sources.get(rank)) {
                int r = rank + 1;
                d.names().forEach(n -> add(n, d.qid, d.prior, lifespans.get(d.qid), d.type, r));
            }
        }
    }

    private void add(String name, String qid, double prior, Lifespan existed, EntityType type, int rank) {
        String key = NameKey.key(NameKey.split(name));
        if (key.isEmpty()) {
            return;
        }
        List<Owner> list = owners.computeIfAbsent(key, k -> new java.util.ArrayList<>(1));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).qid().equals(qid)) {
                Owner o = list.get(i);
                list.set(i, new Owner(qid, Math.max(prior, o.prior()), o.existed() != null ? o.existed() : existed,
                        o.type(), Math.min(rank, o.rank())));
                return;
            }
        }
        list.add(new Owner(qid, prior, existed, type, rank));
    }

    /** The names of {@code d} proposed for recognition that no other entity blocks. */
    Set<String> recognized(Draft d) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : d.recognize) {
            if (n.codePoints().noneMatch(Character::isUpperCase)) {
                continue;
            }
            List<Owner> list = owners.getOrDefault(NameKey.key(NameKey.split(n)), List.of());
            Owner self = list.stream().filter(o -> o.qid().equals(d.qid)).findFirst().orElse(null);
            if (list.stream().noneMatch(o -> !o.qid().equals(d.qid) && o.prior() >= BLOCKING_SHARE * d.prior
                    && (self == null || !self.successive(o) && !self.outranks(o)))) {
                out.add(n);
            }
        }
        return out;
    }
}
