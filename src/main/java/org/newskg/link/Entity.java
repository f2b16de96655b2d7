package org.newskg.link;

import java.util.Objects;
import java.util.regex.Pattern;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbEntry;
import org.newskg.kb.Lifespan;
import org.newskg.kb.Subclass;

/**
 * An entity of the graph: linked to Wikidata (a {@code qid}) or local to newskg. Its {@code key} is
 * what its IRI is minted from, so the same entity gets the same IRI in every article: the QID when
 * linked, else the type and normalized name ({@code person/jane-doe}). A linked entity also carries what the
 * knowledge base says beyond its type: a state that no longer exists ({@code historical}), a narrower class
 * ({@code subclass}, or null), when it existed ({@code existed}, or null). Immutable.
 */
public record Entity(String key, String label, EntityType type, String qid, boolean historical, Subclass subclass,
                     Lifespan existed) {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern KEY = Pattern.compile("[a-z0-9/_-]+|Q[1-9][0-9]*");

    /** An entity with no more than a type (every local entity). */
    public Entity(String key, String label, EntityType type, String qid) {
        this(key, label, type, qid, false, null, null);
    }

    /** The linked entity of a knowledge base entry. */
    public static Entity of(KbEntry e) {
        return new Entity(e.qid(), e.label(), e.type(), e.qid(), e.historical(), e.subclass(), e.existed());
    }

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("entity key must be IRI-safe, got '" + key + "'");
        }
    }

    public boolean isLinked() {
        return qid != null;
    }
}
