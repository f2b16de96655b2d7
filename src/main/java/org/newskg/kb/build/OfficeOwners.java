package org.newskg.kb.build;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The international organization an office belongs to, read from the office's name: "Director-General of the
 * Ruritanian Trade Organization" belongs to the organization named (or abbreviated) after its first "of" that
 * names one. The longest such name wins, so "Deputy Secretary-General of the United Nations" is the United
 * Nations' and not some "Nations". Case, hyphens and a leading "the" are ignored. Immutable once built.
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
        String o = key(office);
        for (int at = o.indexOf(" of "); at >= 0; at = o.indexOf(" of ", at + 1)) {
            String qid = byName.get(o.substring(at + 4).replaceFirst("^the ", ""));
            if (qid != null) {
                return Optional.of(qid);
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip()
                .replaceFirst("^the ", "");
    }
}
