package org.newskg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * Gives the people of one article one entity per person: a short person mention ("Doe", "Roe-Smith") takes the
 * entity of the longer person mentions ending in its words ("Jane Doe", "President Jane Doe", "Jane Roe-Smith")
 * when they all name the same entity; when they disagree (two Does in one story) the short mention keeps its own. Linked or local
 * alike, so "Roe" and "John Roe" are one local node too. Stateless.
 */
final class PersonMerger {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]$");

    private PersonMerger() {
    }

    static List<Link> merge(List<Link> links) {
        Map<String, Entity> byEnding = new HashMap<>();
        Map<String, Double> confidence = new HashMap<>();
        for (Link l : links) {
            List<String> words = words(l);
            // every proper ending of the name: "Doe" of "Jane Doe", and "Roe-Smith" of "Jane Roe-Smith" too (the
            // recognizer splits a hyphenated family name in two words)
            for (int from = 1; from < words.size(); from++) {
                String ending = String.join(" ", words.subList(from, words.size()));
                Entity before = byEnding.putIfAbsent(ending, l.entity());
                if (before != null && !before.key().equals(l.entity().key())) {
                    byEnding.put(ending, null);
                }
                confidence.merge(ending, l.confidence(), Math::min);
            }
        }
        List<Link> out = new ArrayList<>(links.size());
        for (Link l : links) {
            String name = String.join(" ", words(l));
            Entity full = name.isEmpty() ? null : byEnding.get(name);
            if (full != null && !full.key().equals(l.entity().key())
                    && (!l.entity().isLinked() || l.entity().qid().equals(full.qid()))) {
                out.add(new Link(l.mention(), full, Math.min(l.mention().confidence(), confidence.get(name))));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** The normalized words of a person mention's text; empty for other mentions. */
    private static List<String> words(Link l) {
        return l.entity().type() != EntityType.PERSON ? List.of() : nameWords(l.mention());
    }

    /** The normalized words of a person mention's text, without a possessive; empty for other mentions. */
    static List<String> nameWords(EntityMention m) {
        if (m.type() != EntityType.PERSON) {
            return List.of();
        }
        return NameKey.words(POSSESSIVE.matcher(m.text()).replaceAll("")).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
