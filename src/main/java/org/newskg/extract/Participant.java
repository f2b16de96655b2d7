package org.newskg.extract;

import java.util.Objects;

/**
 * An entity taking part in an event, as the mention that names it. When the event sentence refers to it
 * indirectly ("his Russian counterpart", "the two leaders", "he"), {@code mention} is the antecedent
 * mention and {@code via} says which coreference rule resolved it. Immutable.
 *
 * @param mention       the entity mention (possibly in another sentence)
 * @param role          "source" (who acts: the subject of "A condemned B"), "target" (who is acted on or with),
 *                      "participant" (no direction: "A and B met"), "host", "holder"
 * @param via           how it was found: "subject", "with-object", "coref:counterpart", "coref:pronoun", ...
 * @param counterpartOf the person the text calls this one the counterpart of ("his Syrian counterpart Y": the
 *                      one "his" refers to), or null
 */
public record Participant(EntityMention mention, String role, String via, EntityMention counterpartOf) {

    /** The role of who acts in a directed interaction (GDELT's source actor). */
    public static final String SOURCE = "source";
    /** The role of who is acted on or with (GDELT's target actor). */
    public static final String TARGET = "target";

    public Participant {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(via, "via");
    }

    /** A participant that is nobody's counterpart. */
    public Participant(EntityMention mention, String role, String via) {
        this(mention, role, via, null);
    }

    /** The same participant in another role. */
    public Participant as(String otherRole) {
        return new Participant(mention, otherRole, via, counterpartOf);
    }
}
