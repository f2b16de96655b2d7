package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * Short forms of people's names: after "Olaf Scholz" (or "Ngozi Okonjo-Iweala"), a bare "Scholz" or
 * "Mr. Scholz" (or "Xi") refers to the same person; the mention gets the full name and QID
 * (rule {@code coref:short-form}). Likewise a company's first word: "Toyota" after "Toyota Motor Corp.".
 *
 * <pre>{@code
 * List<EntityMention> all = ShortFormResolver.resolve(text, sentences, mentions);
 * }</pre>
 * Stateless and thread-safe. A word shared by two full names in the article is left alone.
 */
final class ShortFormResolver {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to", "from", "near", "into", "outside",
            "around", "across", "toward", "towards", "via", "of", "inside", "through");

    private ShortFormResolver() {
    }

    static List<EntityMention> resolve(String text, List<SentenceWords> sentences, List<EntityMention> mentions) {
        return resolve(text, sentences, mentions, w -> false);
    }

    /**
     * @param companySuffix whether a word closes a company name ("Corp.", "Ltd"): such a company's first
     *                      word is its short form ("Toyota" after "Toyota Motor Corp.")
     */
    static List<EntityMention> resolve(String text, List<SentenceWords> sentences, List<EntityMention> mentions,
                                       Predicate<String> companySuffix) {
        // Names recur in an article: each distinct one is split once (the lists are only read).
        Map<String, List<String>> splits = new HashMap<>();
        Function<String, List<String>> split = name -> splits.computeIfAbsent(name, NameKey::split);
        Map<String, EntityMention> byWord = new HashMap<>();
        Map<List<String>, EntityMention> companyBases = new HashMap<>();
        Set<String> ambiguous = new TreeSet<>();
        List<List<String>> personNames = mentions.stream().filter(m -> m.type() == EntityType.PERSON)
                .map(m -> split.apply(m.name())).filter(w -> w.size() >= 2).distinct().toList();
        for (EntityMention m : mentions) {
            List<String> words = split.apply(m.name());
            if (m.type() == EntityType.PERSON && isPartOfLonger(words, personNames)) {
                continue; // "Syed Hamid" after "Syed Hamid Albar" is a short form, not a second full name
            }
            if (m.type() == EntityType.ORGANIZATION && words.size() >= 2 && companySuffix.test(words.get(words.size() - 1))) {
                if (words.size() >= 3) {
                    companyBases.putIfAbsent(List.copyOf(words.subList(0, words.size() - 1)), m);
                }
                words = words.subList(0, 1);
            } else if (m.type() != EntityType.PERSON || words.size() < 2) {
                continue;
            }
            List<String> all = new ArrayList<>(words);
            if (m.type() == EntityType.PERSON) {
                all.addAll(split.apply(m.text())); // "Rene Preval" in the text for the knowledge base's "René Préval"
            }
            for (String w : all) {
                if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) {
                    continue;
                }
                EntityMention old = byWord.putIfAbsent(w, m);
                if (old != null && !old.name().equals(m.name())) {
                    ambiguous.add(w);
                }
            }
        }
        ambiguous.forEach(byWord::remove);
        MentionIndex out = new MentionIndex();
        // Person mentions made of words of one full name take the full name: found by a title ("Mr. Scholz"),
        // by the model ("Syed Hamid" after "Syed Hamid Albar"), or typed otherwise by the model ("Kessler" as a
        // place after "Anna Kessler").
        for (EntityMention m : mentions) {
            boolean personOrGuess = m.type() == EntityType.PERSON || m.rule().equals(StatisticalLayer.RULE);
            EntityMention full = personOrGuess && m.kbQid() == null || townWordOutsidePlacePhrase(text, m, split)
                    || companyAliasWord(m, split) ? fullNameOf(m, byWord, split) : null;
            if (full == null && companyShortForm(m, split)) {
                // "Chrysler chairman Robert Eaton" after "Chrysler Corp": the company, not a second one
                full = fullNameOf(m, byWord, split);
                full = full != null && full.type() == EntityType.ORGANIZATION ? full : null;
            }
            out.add(full == null || full == m ? m : shortForm(m.begin(), m.end(), m.text(), m.sentence(), full));
        }
        for (SentenceWords s : sentences) {
            companyBases(text, s, companyBases, out);
            EntityMention previous = null;
            for (int i = 0; i < s.size(); i++) {
                EntityMention full = byWord.get(s.words()[i]);
                if (full == null && isShouted(s.words()[i])) {
                    full = byWord.get(titleCase(s.words()[i]));  // "HILL ON POLE" after "Damon Hill" in the story
                }
                int b = s.begins()[i];
                int e = s.ends()[i];
                // Sentence-initial words are capitalized anyway: there, want a name tag, a following verb ("Wang
                // said") or the next word of the same name ("Syed Hamid said").
                boolean name = i > 0 || "PROPN".equals(s.tags()[i])
                        || i + 1 < s.size() && (Set.of("VERB", "AUX", "PART").contains(s.tags()[i + 1])
                                || full != null && byWord.get(s.words()[i + 1]) == full);
                if (full != null && previous != null && i > 0 && previous.end() == s.ends()[i - 1]
                        && previous.name().equals(full.name())) {
                    // "Gohar Ayub Khan" written in full where the recognizer missed it: one mention, not three
                    out.remove(previous);
                    previous = shortForm(previous.begin(), e, text.substring(previous.begin(), e), s.sentence().index(), full);
                    out.add(previous);
                } else if (full != null && name && out.isFree(b, e)) {
                    previous = shortForm(b, e, text.substring(b, e), s.sentence().index(), full);
                    out.add(previous);
                } else {
                    previous = null;
                }
            }
        }
        return out.inOrder();
    }

    /** A word of a headline in capitals ("LEHMAN", not "NATO"'s like: acronyms are no one's family name in the story). */
    private static boolean isShouted(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {   // a loop, not a stream: called for every word
            char c = word.charAt(i);
            if (!(Character.isUpperCase(c) || c == '-' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    private static String titleCase(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A one-word town or place the knowledge base knows, not after a preposition of place: "Santos" after "Juan
     * Manuel Santos" ("blamed Santos", "spoke with Santos") is the person, "in Santos" stays the Brazilian port.
     */
    private static boolean townWordOutsidePlacePhrase(String text, EntityMention m, Function<String, List<String>> split) {
        if (m.type() != EntityType.CITY && m.type() != EntityType.PLACE || split.apply(m.text()).size() != 1) {
            return false;
        }
        int end = m.begin();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return !PLACE_PREPOSITIONS.contains(text.substring(begin, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isPartOfLonger(List<String> words, List<List<String>> names) {
        return names.stream().anyMatch(n -> n.size() > words.size() && Collections.indexOfSubList(n, words) >= 0);
    }

    /**
     * A one-word alias of a company the knowledge base knows: "Ford and Brezhnev discussed" after "President Gerald
     * Ford" is the person the article named, not the carmaker its alias names.
     */
    private static boolean companyAliasWord(EntityMention m, Function<String, List<String>> split) {
        return m.type() == EntityType.ORGANIZATION && m.rule().equals("kb:alias") && split.apply(m.text()).size() == 1;
    }

    /** A one-word organization the knowledge base does not know, found by a pattern ("Chrysler chairman"). */
    private static boolean companyShortForm(EntityMention m, Function<String, List<String>> split) {
        return m.type() == EntityType.ORGANIZATION && m.kbQid() == null && split.apply(m.text()).size() == 1;
    }

    /** The one full name every word of {@code m} belongs to, or null. */
    private static EntityMention fullNameOf(EntityMention m, Map<String, EntityMention> byWord, Function<String, List<String>> split) {
        EntityMention full = null;
        List<String> particles = new ArrayList<>(1);
        for (String w : split.apply(m.text())) {
            EntityMention f = byWord.get(w);
            // "WASMOSY NAMES CABINET", the model's body, after "Juan Carlos Wasmosy"; not a place in capitals ("MADRID"
            // in a dateline, whatever the model made of "Real Madrid" before the sports passes)
            if (f == null && isShouted(w) && m.type().root() != EntityType.PLACE) {
                f = byWord.get(titleCase(w));
            }
            if (f == null && full != null && particles.isEmpty() || full != null && f != null && f != full) {
                return null;
            }
            if (f == null) {
                particles.add(w);  // "De Silva" (or "DE SILVA") after "Aravinda de Silva": the particle capitalized
            } else {
                full = f;
            }
        }
        if (full == null || !particles.isEmpty() && !lowerCaseWordsOf(split.apply(full.text())).containsAll(lowerCased(particles))) {
            return null;
        }
        return split.apply(full.name()).size() > split.apply(m.text()).size() ? full : null;
    }

    /** The words of a name written in lower case ("de" of "Aravinda de Silva"): its particles. */
    private static Set<String> lowerCaseWordsOf(List<String> words) {
        Set<String> lower = new HashSet<>();
        words.stream().filter(w -> Character.isLowerCase(w.codePointAt(0))).forEach(lower::add);
        return lower;
    }

    private static List<String> lowerCased(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** "Kessel Motor" (a headline) after or before "Kessel Motor AG": the name without its suffix. */
    private static void companyBases(String text, SentenceWords s, Map<List<String>, EntityMention> bases, MentionIndex out) {
        for (Map.Entry<List<String>, EntityMention> base : bases.entrySet()) {
            int n = base.getKey().size();
            for (int i = 0; i + n <= s.size(); i++) {
                if (!List.of(s.words()).subList(i, i + n).equals(base.getKey())) {
                    continue;
                }
                int b = s.begins()[i];
                int e = s.ends()[i + n - 1];
                // The company's name says more than the model's guess of a type for the same words.
                out.removeWithin(b, e, m -> m.rule().equals("coref:short-form")
                        || m.rule().equals(StatisticalLayer.RULE) && m.kbQid() == null);
                if (out.isFree(b, e)) {
                    out.add(shortForm(b, e, text.substring(b, e), s.sentence().index(), base.getValue()));
                }
            }
        }
    }

    private static EntityMention shortForm(int b, int e, String surface, int sentence, EntityMention full) {
        return new EntityMention(b, e, surface, sentence, full.type(), full.name(), full.kbQid(),
                "coref:short-form", Math.min(0.8, full.confidence()));
    }
}
