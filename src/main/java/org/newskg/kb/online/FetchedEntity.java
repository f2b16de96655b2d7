package org.newskg.kb.online;

import java.util.List;
import java.util.Objects;
import org.newskg.kb.EntityType;

/**
 * What the endpoint says about one entity, before it is merged into the knowledge base: English label,
 * aliases, candidate countries and demonyms, plus the refresh class that found it. Immutable.
 */
public record FetchedEntity(String qid, String label, EntityType type, List<String> aliases, List<String> countries,
                            List<String> demonyms, String className) {

    public FetchedEntity {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        countries = List.copyOf(countries);
        demonyms = List.copyOf(demonyms);
    }
}
