package org.newskg.kb;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of named entity newskg recognizes. Places form a small tree: a Country, City, Region or
 * Facility is also a Place. NATIONALITY, LAW and WORK are the "miscellaneous" names of CoNLL-style corpora. Each constant's {@link #localName()} is the ontology class it maps to.
 */
public enum EntityType {
    PERSON(null),
    ORGANIZATION(null),
    PLACE(null),
    COUNTRY(PLACE),
    CITY(PLACE),
    REGION(PLACE),
    FACILITY(PLACE),
    EVENT(null),
    /** A nationality, ethnic, religious or political group word used as a name ("Kenyan", "Buddhist"). */
    NATIONALITY(null),
    /** A law, treaty, convention or charter known by its name. */
    LAW(null),
    /** A work or product known by its name: a book, film, newspaper, ship, vehicle, software. */
    WORK(null);

    private final EntityType parent;

    EntityType(EntityType parent) {
        this.parent = parent;
    }

    /** The broader type, if any (COUNTRY → PLACE). */
    public Optional<EntityType> parent() {
        return Optional.ofNullable(parent);
    }

    /** The top of this type's tree: PERSON, ORGANIZATION, PLACE, EVENT, NATIONALITY, LAW or WORK. */
    public EntityType root() {
        return parent == null ? this : parent;
    }

    public boolean isA(EntityType other) {
        return this == other || parent == other;
    }

    /** The ontology class local name: {@code Person}, {@code Country}, ... */
    public String localName() {
        String n = name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** Parses a type as written in the knowledge base files ("Country", "organization"). */
    public static EntityType parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown entity type '" + s + "' (expected one of Person, "
                    + "Organization, Place, Country, City, Region, Facility, Event, Nationality, Law, Work)", e);
        }
    }
}
