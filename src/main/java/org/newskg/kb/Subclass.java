package org.newskg.kb;

import java.util.Optional;

/**
 * A narrower class of a knowledge base entity than its {@link EntityType}, when its source says so: a first-level
 * subdivision (a Region), a political party, news agency or company (Organizations). Each maps to the ontology
 * class of the same {@link #localName()}; {@link #token()} is how the {@code flags} column of the KB's entity files
 * writes it.
 */
public enum Subclass {
    SUBDIVISION("subdivision", "Subdivision"),
    POLITICAL_PARTY("political-party", "PoliticalParty"),
    NEWS_AGENCY("news-agency", "NewsAgency"),
    COMPANY("company", "Company");

    private final String token;
    private final String localName;

    Subclass(String token, String localName) {
        this.token = token;
        this.localName = localName;
    }

    public String token() {
        return token;
    }

    /** The ontology class local name ({@code nkg:NewsAgency}). */
    public String localName() {
        return localName;
    }

    /** The subclass a flag token or an ontology local name stands for ("news-agency", "NewsAgency"). */
    public static Optional<Subclass> parse(String s) {
        for (Subclass c : values()) {
            if (c.token.equals(s) || c.localName.equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
