package org.newskg.link;

import java.util.Objects;
import org.newskg.kb.EntityType;

/**
 * An entity of the graph: linked to Wikidata (a {@code qid}) or local to newskg. Its {@code key} is
 * what its IRI is minted from, so the same entity gets the same IRI in every article: the QID when
 * linked, else the type and normalized name ({@code person/jane-doe}). Immutable.
 */
public record Entity(String key, String label, EntityType type, String qid) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!key.matches("[a-z0-9/_-]+|Q[1-9][0-9]*")) {
            throw new IllegalArgumentException("entity key must be IRI-safe, got '" + key + "'");
        }
    }

    public boolean isLinked() {
        return qid != null;
    }
}
