package org.newskg.extract;

import java.util.Objects;

/**
 * A person holding a position, as the text says it: "Kenyan President Jane Doe" → (Jane Doe, "President",
 * Kenya); "John Roe, Chile's foreign minister" → (John Roe, "Foreign Minister", Chile).
 * Immutable.
 *
 * @param person   the person mention (or its antecedent)
 * @param title    the normalized title, capitalized as a title ("President", "Foreign Minister")
 * @param of       the country or organization the position belongs to, or null when the text does not say
 * @param evidence where it was read (the title words)
 * @param rule     which pattern produced it
 * @param former   the text says the office is no longer held ("former President Doe", "ex-minister Roe")
 */
public record RoleMention(EntityMention person, String title, EntityMention of, Evidence evidence, String rule,
                          boolean former) {

    public RoleMention {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(rule, "rule");
        if (title.isBlank()) {
            throw new IllegalArgumentException("blank title for " + person.name());
        }
    }

    /** A role the text gives as held (not "former"). */
    public RoleMention(EntityMention person, String title, EntityMention of, Evidence evidence, String rule) {
        this(person, title, of, evidence, rule, false);
    }
}
