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
 *
 * <pre>{@code
 * List<EntityMention> typed = new PlacesNotPeople(notablePlace, cues.givenNames()::contains).apply(mentions);
 * }</pre>
 * Immutable and thread-safe.
 */
final class PlacesNotPeople {

    private final Function<String, EntityType> notablePlace;
    private final Predicate<String> givenName;

    /**
     * @param notablePlace the place type of a name the knowledge base gives only to a notable place (and to no
     *                     person), or null
     * @param givenName    whether a word is a known given name
     */
    PlacesNotPeople(Function<String, EntityType> notablePlace, Predicate<String> givenName) {
        this.notablePlace = notablePlace;
        this.givenName = givenName;
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
        for (EntityMention m : mentions) {
            EntityType place = isLoneModelPerson(m) && !personWords.contains(m.text()) && !givenName.test(m.text())
                    ? notablePlace.apply(m.text()) : null;
            out.add(place == null ? m
                    : new EntityMention(m.begin(), m.end(), m.text(), m.sentence(), place, m.name(), null, m.rule(), m.confidence()));
        }
        return out;
    }

    private static boolean isLoneModelPerson(EntityMention m) {
        return m.type() == EntityType.PERSON && m.kbQid() == null && StatisticalLayer.RULE.equals(m.rule())
                && NameKey.split(m.text()).size() == 1 && m.text().chars().allMatch(Character::isLetter);
    }
}
