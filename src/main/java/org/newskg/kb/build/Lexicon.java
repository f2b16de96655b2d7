package org.newskg.kb.build;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.kb.KbEntry;
import org.newskg.kb.NameKey;

/**
 * Decides which proposed names enter the recognition lexicon ({@code KnowledgeBase.names()}): a name
 * is recognized by itself in text only when no other entity of comparable prior has a name with the same
 * key ("Victoria" the state and the city block each other; a hamlet does not block a capital), and it has a
 * capital letter. Everything else stays available to candidate lookup at link time.
 */
final class Lexicon {

    /** Another entity blocks a name when its prior is at least this share of the name owner's prior. */
    static final double BLOCKING_SHARE = 0.7;

    private record Owner(String qid, double prior) {
    }

    private final Map<String, List<Owner>> owners = new HashMap<>();

    Lexicon(Collection<KbEntry> curated, Collection<Draft> drafts) {
        for (KbEntry e : curated) {
            add(e.label(), e.qid(), 1.0);
            e.aliases().forEach(a -> add(a, e.qid(), 1.0));
        }
        for (Draft d : drafts) {
            d.names().forEach(n -> add(n, d.qid, d.prior));
        }
    }

    private void add(String name, String qid, double prior) {
        String key = NameKey.key(NameKey.split(name));
        if (key.isEmpty()) {
            return;
        }
        List<Owner> list = owners.computeIfAbsent(key, k -> new java.util.ArrayList<>(1));
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).qid().equals(qid)) {
                list.set(i, new Owner(qid, Math.max(prior, list.get(i).prior())));
                return;
            }
        }
        list.add(new Owner(qid, prior));
    }

    /** The names of {@code d} proposed for recognition that no other entity blocks. */
    Set<String> recognized(Draft d) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : d.recognize) {
            if (n.codePoints().noneMatch(Character::isUpperCase)) {
                continue;
            }
            List<Owner> list = owners.getOrDefault(NameKey.key(NameKey.split(n)), List.of());
            if (list.stream().noneMatch(o -> !o.qid().equals(d.qid) && o.prior() >= BLOCKING_SHARE * d.prior)) {
                out.add(n);
            }
        }
        return out;
    }
}
