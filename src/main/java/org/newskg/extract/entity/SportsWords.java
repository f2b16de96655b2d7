package org.newskg.extract.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;

/**
 * What the sports rules ask of a sentence's words and of the mentions found so far, and how they put a team or a
 * player in place of what was found: the shared vocabulary of {@link SportsPages} and {@link ScoreLines}.
 *
 * <pre>{@code
 * if (SportsWords.free(out, words, s, e)) SportsWords.team(article, words, s, e, out);
 * }</pre>
 * Stateless; the mention lists passed in are changed in place.
 */
final class SportsWords {

    /** Words before a place, not a team: "in Cleveland", "from Leeds". */
    static final Set<String> PLACE_WORDS = Set.of("in", "from", "near", "of", "to", "outside");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?:-|$)");

    private SportsWords() {
    }

    /** Words no mention covers, or covered by one person's mention exactly. */
    static boolean isFreeOrPerson(List<EntityMention> out, SentenceWords w, int s, int e) {
        EntityMention same = exactly(out, w.begins()[s], w.ends()[e - 1]);
        return free(out, w, s, e) || same != null && same.type() == EntityType.PERSON;
    }

    static EntityMention mentionStartingAt(List<EntityMention> out, int begin) {
        return out.stream().filter(m -> m.begin() == begin).findFirst().orElse(null);
    }

    static EntityMention mentionEndingAt(List<EntityMention> out, int end) {
        return out.stream().filter(m -> m.end() == end).findFirst().orElse(null);
    }

    static void team(String article, SentenceWords w, int s, int e, List<EntityMention> out) {
        put(article, w, s, e, EntityType.ORGANIZATION, SportsPages.TEAM_RULE, out);
    }

    /** Puts a mention over words [s, e), in place of every mention it overlaps. */
    static void put(String article, SentenceWords w, int s, int e, EntityType type, String rule, List<EntityMention> out) {
        int b = w.begins()[s];
        int end = w.ends()[e - 1];
        out.removeIf(m -> m.overlaps(b, end));
        String text = article.substring(b, end);
        out.add(new EntityMention(b, end, text, w.sentence().index(), type, text, null, rule, 0.7));
    }

    /**
     * "BONN 1996-08-22", "MONZA , Italy 1996-09-07", "MOSCOW , Aug 23 ( Reuter ) -", and a line that is nothing but
     * all-caps place words, a comma, a capitalized word and a day ("BUENOS AIRES , June 27").
     */
    static boolean isDateline(String[] words) {
        // "3. Michael Schumacher ( Germany )": a result line's place number is no dateline's city
        if (words.length == 0 || !words[0].equals(words[0].toUpperCase(Locale.ROOT)) || words[0].chars().noneMatch(Character::isLetter)) {
            return false;
        }
        for (int i = 1; i < Math.min(words.length, 6); i++) {
            if (YEAR.matcher(words[i]).lookingAt() || words[i].equals("(") && i > 2) {
                return true;
            }
            if (words[i].equals(",") && i + 3 == words.length && isCapitalized(words[i + 1]) && isDay(words[i + 2])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDay(String word) {
        return !word.isEmpty() && word.length() <= 2 && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The end of the capitalized words from {@code from} (no further than {@code limit}); {@code from} if none. */
    static int nameEnd(String[] words, int from, int limit) {
        int k = from;
        while (k < limit && (isCapitalized(words[k]) || k > from && (words[k].equals("&") || words[k].equals("de")))) {
            k++;
        }
        return k;
    }

    /** "Leeds United", not "LEEDS BEAT": a headline's capitals continue no name. */
    static boolean isTitleCase(String word) {
        return isCapitalized(word) && !word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** A headline in capitals, where every word looks like a name. */
    static boolean isShouted(String[] words, int i) {
        return i < words.length && words[i].length() > 1 && words[i].equals(words[i].toUpperCase(Locale.ROOT))
                && words[i].chars().anyMatch(Character::isLetter);
    }

    static boolean isCapitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    static int wordAt(SentenceWords w, int offset) {
        for (int i = 0; i < w.size(); i++) {
            if (w.begins()[i] <= offset && offset < w.ends()[i]) {
                return i;
            }
        }
        return -1;
    }

    static boolean free(List<EntityMention> out, SentenceWords w, int s, int e) {
        int b = w.begins()[s];
        int end = w.ends()[e - 1];
        return out.stream().noneMatch(m -> m.overlaps(b, end));
    }

    static boolean isInPersonOrPlace(List<EntityMention> out, SentenceWords w, int i, EntityMention self) {
        int b = w.begins()[i];
        int e = w.ends()[i];
        return out.stream().anyMatch(m -> m != self && m.overlaps(b, e)
                && (m.type() == EntityType.PERSON || m.type().root() == EntityType.PLACE));
    }

    /** A town or a place of no finer type, not a country or a building: "Sunderland" may be a team, "Pakistan" not. */
    static boolean isPlaceNotCountry(EntityMention m) {
        return m != null && m.type().root() == EntityType.PLACE && m.type() != EntityType.COUNTRY && m.type() != EntityType.FACILITY;
    }

    /** "the Indians beat Chicago": a nationality word or a town beside a result cue may be a team; a person or a country not. */
    static boolean isRetypable(EntityMention m) {
        return isPlaceNotCountry(m) || m != null && (m.type() == EntityType.NATIONALITY || m.rule().equals("kb:demonym"))
                && m.text().endsWith("s");
    }

    static EntityMention exactly(List<EntityMention> out, int b, int e) {
        return out.stream().filter(m -> m.begin() == b && m.end() == e).findFirst().orElse(null);
    }
}
