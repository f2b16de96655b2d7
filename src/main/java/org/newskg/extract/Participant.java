package org.newskg.extract;

import java.util.Objects;

/**
 * An entity taking part in an event, as the mention that names it. When the event sentence refers to it
 * indirectly ("his Russian counterpart", "the two leaders", "he"), {@code mention} is the antecedent
 * mention and {@code via} says which coreference rule resolved it. Immutable.
 *
 * @param mention the entity mention (possibly in another sentence)
 * @param role    "agent", "patient", "participant", "holder" ... (free text from the extraction rule)
 * @param via     how it was found: "subject", "with-object", "coref:counterpart", "coref:pronoun", ...
 */
public record Participant(EntityMention mention, String role, String via) {

    public Participant {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(via, "via");
    }
}
