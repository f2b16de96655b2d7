package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.extract.EntityMention;
import org.newskg.kb.NameKey;

/**
 * Acronyms defined in the text: "Kenya Revenue Authority (KRA)" makes the "KRA" in parentheses and
 * every later bare "KRA" mentions of the same entity (rule {@code coref:acronym}).
 *
 * <pre>{@code
 * List<EntityMention> all = AcronymResolver.resolve(text, sentences, mentions);
 * }</pre>
 * Stateless and thread-safe. An acronym defined for two different names is left alone.
 */
final class AcronymResolver {

    private AcronymResolver() {
    }

    static List<EntityMention> resolve(String text, List<SentenceWords> sentences, List<EntityMention> mentions) {
        Map<String, EntityMention> defined = new HashMap<>();
        Set<String> conflicting = new TreeSet<>();
        for (SentenceWords s : sentences) {
            String[] w = s.words();
            for (int i = 1; i + 2 < w.length; i++) {
                if (!w[i].equals("(") || !w[i + 2].equals(")") || !isAcronym(w[i + 1])) {
                    continue;
                }
                int before = s.ends()[i - 1];
                EntityMention full = mentions.stream().filter(m -> m.end() == before).findFirst().orElse(null);
                if (full == null || full.length() <= w[i + 1].length() || !initialsFit(full.name(), w[i + 1])) {
                    continue;
                }
                EntityMention old = defined.putIfAbsent(w[i + 1], full);
                if (old != null && !old.name().equals(full.name())) {
                    conflicting.add(w[i + 1]);
                }
            }
        }
        conflicting.forEach(defined::remove);
        if (defined.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions);
        for (SentenceWords s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                EntityMention full = defined.get(s.words()[i]);
                int b = s.begins()[i];
                int e = s.ends()[i];
                if (full != null && out.stream().noneMatch(m -> m.overlaps(b, e))) {
                    out.add(new EntityMention(b, e, text.substring(b, e), s.sentence().index(), full.type(), full.name(),
                            full.kbQid(), "coref:acronym", Math.min(0.85, full.confidence())));
                }
            }
        }
        return out;
    }

    private static boolean isAcronym(String w) {
        return w.length() >= 2 && NameKey.isAllCaps(w) && w.chars().allMatch(Character::isLetterOrDigit);
    }

    /** The acronym's letters appear, in order, among the initials of the name's words. */
    private static boolean initialsFit(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String word : NameKey.significant(NameKey.split(name))) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        int k = 0;
        for (int i = 0; i < initials.length() && k < acronym.length(); i++) {
            if (initials.charAt(i) == acronym.charAt(k)) {
                k++;
            }
        }
        return k == acronym.length() && acronym.charAt(0) == initials.charAt(0);
    }
}
