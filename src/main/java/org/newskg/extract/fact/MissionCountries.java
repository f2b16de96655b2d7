package org.newskg.extract.fact;

import java.util.ArrayList;
import java.util.List;
import org.newskg.extract.EntityMention;
import org.newskg.extract.Extraction;
import org.newskg.kb.EntityType;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * "marched to the Ruritanian Embassy": the recognizer reads a mission named by a nationality word as one facility,
 * and the country it belongs to is lost, though a protest there is aimed at that country. A facility mention of two
 * words, a nationality word or a country's name the knowledge base knows and a mission's noun ({@code mission} cues), gets a country
 * mention of its own over the nationality word (rule {@code kb:demonym}, as the recognizer's demonyms); the facility
 * keeps its mention and stays the longer reading of those words. Immutable.
 *
 * <pre>{@code
 * Extraction withCountries = MissionCountries.added(mentions, places, cues);
 * }</pre>
 */
final class MissionCountries {

    private static final double CONFIDENCE = 0.9;

    private MissionCountries() {
    }

    /** The mentions with a country mention added inside each mission named by a nationality; the same extraction when none. */
    static Extraction added(Extraction mentions, PlaceCountries places, EventCues cues) {
        // only facilities are read, so no offset index of all mentions is built for it
        List<EntityMention> found = new ArrayList<>();
        for (EntityMention m : mentions.entities()) {
            if (m.type() != EntityType.FACILITY) {
                continue;
            }
            Sentence s = mentions.text().sentences().get(m.sentence());
            int last = ArticleView.tokenAt(s, m.end() - 1);
            if (last < 1 || !cues.isMission(s.tokens().get(last)) || ArticleView.tokenAt(s, m.begin()) != last - 1) {
                continue;
            }
            Token word = s.tokens().get(last - 1);
            // "the Myanmar Embassy": a country's own name used as the nationality word
            places.countryOfDemonym(word.text()).or(() -> places.countryNamed(word.text())).ifPresent(c -> found.add(new EntityMention(word.begin(), word.end(),
                    word.text(), s.index(), EntityType.COUNTRY, c.label(), c.qid(), "kb:demonym", CONFIDENCE)));
        }
        return mentions.withMentions(found);
    }
}
