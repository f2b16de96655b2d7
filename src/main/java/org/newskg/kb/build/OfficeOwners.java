package org.newskg.kb.build;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newskg.kb.NameKey;

/**
 * The international organization an office belongs to, read from the office's name: "Director-General of the
 * Ruritanian Trade Organization" belongs to the organization named (or abbreviated) after its first "of" that
 * names one. The longest such name wins, so "Deputy Secretary-General of the United Nations" is the United
 * Nations' and not some "Nations". Names are compared by {@link NameKey} after a leading "the". Immutable once built.
 */
final class OfficeOwners {

    private final Map<String, String> byName = new TreeMap<>();

    /** Owners from the organizations' names and aliases; a name two organizations share names neither. */
    OfficeOwners(Collection<Draft> organizations) {
        Map<String, String> seen = new TreeMap<>();
        for (Draft d : organizations) {
            for (String n : d.names()) {
                String key = key(n);
                String before = seen.putIfAbsent(key, d.qid);
                if (before == null) {
                    byName.put(key, d.qid);
                } else if (!before.equals(d.qid)) {
                    byName.remove(key);
                }
            }
        }
    }

    Optional<String> owner(String office) {
        for (int at = office.indexOf(' '); at >= 0; at = office.indexOf(' ', at + 1)) {
            String qid = office.regionMatches(true, at, " of ", 0, 4) ? byName.get(key(office.substring(at + 4))) : null;
            if (qid != null) {
                return Optional.of(qid);
            }
        }
        return Optional.empty();
    }

    /** The key {@link org.newskg.kb.KnowledgeBase} matches an office's owner by at load: the same here. */
    private static String key(String name) {
        return NameKey.keyOf(name.strip().replaceFirst("^(?i)the ", ""));
    }
}
