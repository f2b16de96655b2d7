package org.newskg.extract.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * The names of an all-caps headline read from the story below it: "DOE SWORN IN" after "John Doe was sworn in"
 * holds the person the story names in full, and "RURITANIA REBELS TAKE OSTROV" the places it names, where the model,
 * with no case to go by, found a body ("DOE SWORN"), a place ("DOE", also a town) or nothing. A headline word or
 * phrase that equals a name of the running text (any type), a word of a person's full name, a company's name without
 * its legal suffix, or an acronym the running text writes in capitals ("ZRLF" of a rebel front) takes that reading
 * (rule {@code coref:headline}); the model's guesses over it give way.
 * Datelines ("OSTROV 1996-04-17") are left alone. A common English word the knowledge base alone took for a person
 * the story never names ("REBELS BEGIN TALKS") is dropped.
 *
 * <pre>{@code
 * List<EntityMention> all = HeadlineNames.apply(article, sentences, mentions, recognizer::isLegalSuffix, vocabulary::isCommon);
 * }</pre>
 * Stateless and thread-safe; the result is sorted by offset and has no overlaps.
 */
final class HeadlineNames {

    static final String RULE = "coref:headline";
    private static final int LONGEST = 5;
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");

    private HeadlineNames() {
    }

    static List<EntityMention> apply(String article, List<SentenceWords> sentences, List<EntityMention> mentions,
                                     Predicate<String> legalSuffix, Predicate<String> commonWord) {
        Set<Integer> headlines = new HashSet<>();
        for (SentenceWords s : sentences) {
            if (isHeadline(s)) {
                headlines.add(s.sentence().index());
            }
        }
        if (headlines.isEmpty()) {
            return mentions;
        }
        Map<String, EntityMention> running = runningNames(mentions, headlines, legalSuffix);
        MentionIndex out = new MentionIndex();
        mentions.stream().filter(m -> !isWordReadAsPerson(m, headlines, running, commonWord)).forEach(out::add);
        for (SentenceWords s : sentences) {
            if (!headlines.contains(s.sentence().index())) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                for (int j = Math.min(s.size(), i + LONGEST); j > i; j--) {
                    int b = s.begins()[i];
                    int e = s.ends()[j - 1];
                    EntityMention full = running.get(key(article.substring(b, e)));
                    if (full != null && giveWay(out, running, article, b, e, full)) {
                        out.add(new EntityMention(b, e, article.substring(b, e), s.sentence().index(), full.type(), full.name(),
                                full.kbQid(), rule(full), Math.min(0.8, full.confidence())));
                        i = j - 1;
                        break;
                    }
                }
            }
        }
        return out.inOrder();
    }

    /**
     * "REBELS BEGIN PEACE TALKS": a headline word in capitals that is common English ("BEGIN") and that the knowledge
     * base alone reads as a person's name, a person the story never names, is the word, not the name.
     */
    private static boolean isWordReadAsPerson(EntityMention m, Set<Integer> headlines, Map<String, EntityMention> running,
                                              Predicate<String> commonWord) {
        return headlines.contains(m.sentence()) && m.type().root() == EntityType.PERSON && m.kbQid() != null
                && m.rule().startsWith("kb:") && !m.text().contains(" ") && commonWord.test(m.text())
                && !running.containsKey(key(m.text()));
    }

    /**
     * A headline: at least two words of letters, no small letter, and no dateline ("LIMA 1998-02-26" has a place only).
     */
    private static boolean isHeadline(SentenceWords s) {
        int words = 0;
        for (String w : s.words()) {
            if (w.chars().anyMatch(Character::isLowerCase) || ISO_DATE.matcher(w).matches()) {
                return false;
            }
            if (w.chars().anyMatch(Character::isLetter)) {
                words++;
            }
        }
        return words >= 2;
    }

    /**
     * The running text's names by their capitals: each name as written, a company's without its legal suffix, and each
     * word of three letters or more of a person's name of two words or more. A key two different names give is dropped.
     */
    private static Map<String, EntityMention> runningNames(List<EntityMention> mentions, Set<Integer> headlines,
                                                           Predicate<String> legalSuffix) {
        Map<String, EntityMention> names = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        Map<String, EntityMention> words = new HashMap<>();
        for (EntityMention m : mentions) {
            boolean capitals = m.text().chars().noneMatch(Character::isLowerCase);
            if (headlines.contains(m.sentence()) || capitals && !isAcronym(m.text())) {
                continue; // a name in capitals says nothing about its case-less reading, unless capitals are its form
            }
            put(names, ambiguous, key(m.text()), m);
            List<String> parts = NameKey.split(m.text());
            if (m.type() == EntityType.ORGANIZATION && parts.size() >= 2 && legalSuffix.test(parts.get(parts.size() - 1))) {
                put(names, ambiguous, key(String.join(" ", parts.subList(0, parts.size() - 1))), m);
            }
            if (m.type() == EntityType.PERSON && parts.size() >= 2) {
                for (String p : parts) {
                    if (p.length() >= 3 && Character.isUpperCase(p.codePointAt(0))) {
                        put(words, ambiguous, key(p), m);
                    }
                }
                // "Juan de la Vega" -> "DE LA VEGA": the family name with its particles, as a headline writes it.
                for (int k = 1; k < parts.size() - 1; k++) {
                    if (Character.isLowerCase(parts.get(k).codePointAt(0))) {
                        put(words, ambiguous, key(String.join(" ", parts.subList(k, parts.size()))), m);
                        break;
                    }
                }
            }
        }
        words.forEach(names::putIfAbsent);
        ambiguous.forEach(names::remove);
        return names;
    }

    /** One word of two to six capitals ("ZRLF"): written so in any text, it keeps its reading in a headline. */
    private static boolean isAcronym(String text) {
        return ACRONYM.matcher(text).matches();
    }

    private static void put(Map<String, EntityMention> names, Set<String> ambiguous, String key, EntityMention m) {
        EntityMention old = names.putIfAbsent(key, m);
        if (old != null && (old.type() != m.type() || !old.name().equals(m.name()) && old.type() == EntityType.PERSON)) {
            ambiguous.add(key);
        }
    }

    /** A country's demonym ("ARGENTINE" after "Argentine") stays one: a people's word, not the country's name. */
    private static String rule(EntityMention full) {
        return full.rule().equals("kb:demonym") ? full.rule() : RULE;
    }

    private static String key(String text) {
        return String.join(" ", NameKey.split(text)).toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the span from {@code b} to {@code e} can take the running text's name: it is free, or the mentions over it
     * are guesses in capitals (unlinked, or a linked name of exactly this span) that are no running name themselves,
     * or short forms of this very name; those are removed. A headline word already read as the running text reads it is left as it is.
     */
    private static boolean giveWay(MentionIndex out, Map<String, EntityMention> running, String article, int b, int e,
                                   EntityMention full) {
        List<EntityMention> over = out.overlapping(b, e);
        for (EntityMention o : over) {
            boolean same = o.begin() == b && o.end() == e;
            if (same && o.type() == full.type() || o.rule().equals("pattern:dateline-place")) {
                return false;
            }
            // "HARLOW AND PIKE": a short form of the same name inside the span gives way to the whole.
            EntityMention shortForm = running.get(key(o.text()));
            boolean part = !same && o.begin() >= b && o.end() <= e && (o.type() == full.type() && o.name().equals(full.name())
                    || o.kbQid() == null && shortForm != null && shortForm.name().equals(full.name()));
            // "DE LA VEGA": a word the knowledge base alone read inside the running text's longer name ("LA") gives way.
            boolean inside = !same && o.begin() >= b && o.end() <= e && o.rule().startsWith("kb:") && full.text().contains(" ");
            if (!same && !part && (o.kbQid() != null && !inside || running.containsKey(key(o.text())))) {
                return false;
            }
        }
        over.forEach(out::remove);
        return true;
    }
}
