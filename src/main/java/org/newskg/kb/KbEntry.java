package org.newskg.kb;

import java.util.List;
import java.util.Objects;

/**
 * One entity of the knowledge base: a Wikidata item with its English label, aliases, type, country
 * and, for countries, demonyms ("Chinese" for China). Immutable.
 *
 * @param qid        Wikidata id such as {@code Q148}
 * @param label      English label
 * @param type       entity type
 * @param aliases    other names (never the label itself)
 * @param countryQid the country it belongs to, or null
 * @param demonyms   adjectives and nouns of nationality that refer to it, empty for non-countries
 */
public record KbEntry(String qid, String label, EntityType type, List<String> aliases, String countryQid,
                      List<String> demonyms) {

    public KbEntry {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("not a Wikidata item id: '" + qid + "' (entity " + label + ")");
        }
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        if (countryQid != null && countryQid.isBlank()) {
            countryQid = null;
        }
    }
}
