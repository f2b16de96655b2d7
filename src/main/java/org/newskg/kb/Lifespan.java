package org.newskg.kb;

import java.time.LocalDate;

/**
 * When an entity existed, as far as the knowledge base knows: a state from its founding to its dissolution
 * ("Ruritania" of 1961 is not the one of 1975). Either end may be null (not known, or still existing). Immutable.
 */
public record Lifespan(LocalDate from, LocalDate until) {

    public Lifespan {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("lifespan ends (" + until + ") before it starts (" + from + ")");
        }
    }

    /** Whether the entity existed on that day (an unknown end counts as existing). */
    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
    }
}
