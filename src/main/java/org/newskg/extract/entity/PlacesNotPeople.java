package org.newskg.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.newskg.extract.EntityMention;
import org.newskg.kb.EntityType;
import org.newskg.kb.NameKey;

/**
 * "Bonn had promised", "urged Bonn to": a city standing for its government reads like a person to the model, and the
 * document then gives every "Bonn" that reading. A lone word the model took for a person, which the knowledge base knows
 * as a notable place and as nobody's name, is that place, unless the article says otherwise: the word is a given name,
 * a title stands before it, or it belongs to a person's longer name found in the article ("Lincoln" after "Abraham
 * Lincoln").
 * <p>
 * The other way round, "6. Jan Doe ( Ruritania )" and "Ruritanian Jan Doe broke the record": two words the model read
 * as a place, or as an organization right after a nationality word, are a person when the first is a known given name
 * that is no notable place, the pair is no notable place, and the second word is no head of an organization, a place or
 * a facility ("Jan Fields", "Maria Group" stay as they are).
 *
 * <pre>{@code
 * List<EntityMention> typed = new PlacesNotPeople(notablePlace, cues.givenNames()::contains).apply(mentions);
 * }</pre>
 * Immutable and thread-safe.
 */
final class PlacesNotPeople {

    private final Function<String, EntityType> notablePlace;
    private final Predicate<String> givenName;
    private final Predicate<String> head;
    /** The rule of a nationality word the knowledge base links to its country ("Ruritanian"). */
    private static final String DEMONYM_RULE = "kb:demonym";

    /**
     * @param notablePlace the place type of a name the knowledge base gives only to a notable place (and to no
     *                     person), or null
     * @param givenName    whether a word is a known given name
     */
    PlacesNotPeople(Function<String, EntityType> notablePlace, Predicate<String> givenName) {
        this(notablePlace, givenName, w -> false);
    }

    /** @param head whether a word closes the name of an organization, a place or a facility ("Group", "Fields") */
    PlacesNotPeople(Function<String, EntityType> notablePlace, Predicate<String> givenName, Predicate<String> head) {
        this.notablePlace = notablePlace;
        this.givenName = givenName;
        this.head = head;
    }

    List<EntityMention> apply(List<EntityMention> mentions) {
        Set<String> personWords = new HashSet<>();
        for (EntityMention m : mentions) {
            List<String> words = NameKey.split(m.name());
            if (m.type() == EntityType.PERSON && (words.size() >= 2 || !StatisticalLayer.RULE.equals(m.rule()))) {
                personWords.addAll(words);
            }
        }
        List<EntityMention> out = new ArrayList<>(mentions.size());
        EntityMention before = null;
        for (EntityMention m : mentions) {
            if (isGivenNamePair(m, before)) {
                out.add(new EntityMention(m.begin(), m.end(), m.text(), m.sentence(), EntityType.PERSON, m.name(), null, m.rule(),
                        m.confidence()));
                before = m;
                continue;
            }
            before = m;
            EntityType place = isLoneModelPerson(m) && !personWords.contains(m.text()) && !givenName.test(m.text())
                    ? notablePlace.apply(m.text()) : null;
            out.add(place == null ? m
                    : new EntityMention(m.begin(), m.end(), m.text(), m.sentence(), place, m.name(), null, m.rule(), m.confidence()));
        }
        return out;
    }

    /** A model place, or a model organization right after a nationality word, written as a given name and one more word. */
    private boolean isGivenNamePair(EntityMention m, EntityMention before) {
        if (m.kbQid() != null || !StatisticalLayer.RULE.equals(m.rule())) {
            return false;
        }
        boolean afterNationality = before != null && before.end() + 1 == m.begin()
                && (before.type().root() == EntityType.NATIONALITY || DEMONYM_RULE.equals(before.rule()));
        if (m.type().root() != EntityType.PLACE && !(m.type().root() == EntityType.ORGANIZATION && afterNationality)) {
            return false;
        }
        List<String> words = List.of(m.text().split(" "));
        return words.size() == 2 && words.stream().allMatch(w -> w.length() >= 2 && w.chars().allMatch(Character::isLetter)
                && Character.isUpperCase(w.charAt(0)) && !w.chars().allMatch(Character::isUpperCase))
                && givenName.test(words.get(0)) && !head.test(words.get(1))
                && notablePlace.apply(words.get(0)) == null && notablePlace.apply(m.text()) == null;
    }

    private static boolean isLoneModelPerson(EntityMention m) {
        return m.type() == EntityType.PERSON && m.kbQid() == null && StatisticalLayer.RULE.equals(m.rule())
                && NameKey.split(m.text()).size() == 1 && m.text().chars().allMatch(Character::isLetter);
    }
}
