package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
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
        Map<Integer, EntityMention> byEnd = new HashMap<>();
        mentions.forEach(m -> byEnd.putIfAbsent(m.end(), m));
        for (SentenceWords s : sentences) {
            String[] w = s.words();
            for (int i = 1; i < w.length; i++) {
                int close = closing(w, i);
                if (close < 0) {
                    continue;
                }
                // Read the acronym from the text: the tokenizer may cut it ("IEB", "C").
                String acronym = text.substring(s.ends()[i], s.begins()[close]).strip();
                int before = s.ends()[i - 1];
                EntityMention full = byEnd.get(before);
                if (!isAcronym(acronym) || full == null || full.length() <= acronym.length()
                        || !initialsFit(full.name(), acronym)) {
                    continue;
                }
                EntityMention old = defined.putIfAbsent(acronym, full);
                if (old != null && !old.name().equals(full.name())) {
                    conflicting.add(acronym);
                }
            }
        }
        conflicting.forEach(defined::remove);
        implicit(text, mentions, defined);
        if (defined.isEmpty()) {
            return mentions;
        }
        // The article's own definition beats a KB alias of another entity ("Election Commission (EC)" is not the European Commission).
        List<EntityMention> out = new ArrayList<>();
        MentionIndex taken = new MentionIndex();   // the same mentions, for overlap look-ups in a long article
        for (EntityMention m : mentions) {
            EntityMention full = defined.get(m.text());
            // So does it over a bare guess that an acronym, after "the" or alone, is some organization ("the CBK").
            boolean overridden = full != null && (m.rule().equals("kb:alias") || m.rule().equals("pattern:the-acronym")
                    || m.rule().equals(CuedNames.ACRONYM_RULE) || m.type() == EntityType.ORGANIZATION && m.kbQid() == null)
                    && !m.name().equals(full.name());
            if (!overridden) {
                out.add(m);
                taken.add(m);
            }
        }
        for (Map.Entry<String, EntityMention> d : new TreeMap<>(defined).entrySet()) {
            Matcher m = asWord(d.getKey()).matcher(text);
            while (m.find()) {
                int b = m.start();
                int e = m.end();
                SentenceWords s = sentenceAt(sentences, b);
                EntityMention full = d.getValue();
                if (s != null && taken.isFree(b, e)) {
                    EntityMention acronym = new EntityMention(b, e, text.substring(b, e), s.sentence().index(), full.type(), full.name(),
                            full.kbQid(), "coref:acronym", Math.min(0.85, full.confidence()));
                    out.add(acronym);
                    taken.add(acronym);
                }
            }
        }
        return out;
    }

    /**
     * Acronyms a story uses without defining them: "the African National Congress" first, "the ANC" later. The
     * capitalised words' initials must spell the acronym exactly, in three letters or more, and no other
     * organization of the story may spell it too; an acronym the story defines in parentheses wins.
     */
    private static void implicit(String text, List<EntityMention> mentions, Map<String, EntityMention> defined) {
        Map<String, EntityMention> found = new HashMap<>();
        Set<String> conflicting = new TreeSet<>();
        for (EntityMention m : mentions) {
            if (!m.type().isA(EntityType.ORGANIZATION)) {
                continue;
            }
            String initials = capitalInitials(m.name());
            if (initials.length() < 3 || defined.containsKey(initials) || !asWord(initials).matcher(text).find()) {
                continue;
            }
            EntityMention old = found.putIfAbsent(initials, m);
            if (old != null && !old.name().equals(m.name())) {
                conflicting.add(initials);
            }
        }
        conflicting.forEach(found::remove);
        defined.putAll(found);
    }

    /** "African National Congress" gives "ANC"; "Organization of Petroleum Exporting Countries" "OPEC"; "" when a word is all caps. */
    private static String capitalInitials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : NameKey.split(name)) {
            char c = word.charAt(0);
            if (Character.isUpperCase(c)) {
                if (word.length() > 1 && NameKey.isAllCaps(word)) {
                    return "";
                }
                initials.append(c);
            } else if (Character.isLetterOrDigit(c) && !Character.isLowerCase(c)) {
                return "";
            }
        }
        return initials.toString();
    }

    /** The word standing alone, not inside a longer word or number. */
    private static Pattern asWord(String word) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
    }

    /** The sentence holding an offset (sentences come in text order), or null: a binary search. */
    private static SentenceWords sentenceAt(List<SentenceWords> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SentenceWords s = sentences.get(mid);
            if (s.sentence().contains(offset)) {
                return s;
            }
            if (offset < s.sentence().begin()) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return null;
    }

    /** Index of the ")" closing a "(" at {@code open} within a few words, or -1. */
    private static int closing(String[] w, int open) {
        if (!w[open].equals("(")) {
            return -1;
        }
        for (int k = open + 2; k < Math.min(w.length, open + 5); k++) {
            if (w[k].equals(")")) {
                return k;
            }
        }
        return -1;
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
