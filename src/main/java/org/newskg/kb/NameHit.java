package org.newskg.kb;

/**
 * A knowledge base entry found under a name key by candidate lookup, with how the name fits it: its
 * label, an alias, a short form of a person's name ("Doe" for Jane Doe) or a loose spelling variant
 * ("Seniora" for Siniora). Immutable.
 */
public record NameHit(KbEntry entry, Fit fit) {

    /** How a looked-up name fits the entry, best first. */
    public enum Fit {
        LABEL, ALIAS, SHORT, LOOSE
    }
}
