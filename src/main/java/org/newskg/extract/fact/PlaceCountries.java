package org.newskg.extract.fact;

import java.util.Optional;

/**
 * The country a place of the knowledge base lies in ("Q3630" Jakarta → "Q252" Indonesia): what tells a visitor from
 * a host when a story is datelined in a city, and the capital of a country (and who held a country's top offices on a
 * day). Fact extraction reads no knowledge base itself; the pipeline gives it
 * this view of one.
 */
@FunctionalInterface
public interface PlaceCountries {

    /** Knows no place: no reading that needs one is made. */
    PlaceCountries NONE = qid -> Optional.empty();

    /** The QID of the country the place with this QID lies in (a country: itself), or empty when unknown. */
    Optional<String> countryOf(String placeQid);

    /**
     * The capital of the country with this QID ("the Kenyan capital"), or empty when unknown: what a view without
     * capitals answers.
     */
    default Optional<Place> capitalOf(String countryQid) {
        return Optional.empty();
    }

    /**
     * The country a word of nationality names ("Ruritanian" → Ruritania), or empty when unknown or ambiguous: what a
     * view without demonyms answers.
     */
    default Optional<Place> countryOfDemonym(String word) {
        return Optional.empty();
    }

    /**
     * The one country a single word names ("Myanmar" → Myanmar, as in "the Myanmar Embassy"), or empty when unknown or
     * ambiguous: what a view without country names answers.
     */
    default Optional<Place> countryNamed(String word) {
        return Optional.empty();
    }

    /**
     * The QIDs of the people the knowledge base records holding an office of this kind for the country or body with
     * this QID on that day ("the presidents of Ruritania and Borduria": who they were), or none when unknown: what a
     * view without offices answers.
     */
    default java.util.List<String> holders(org.newskg.kb.PositionKind kind, String ofQid, java.time.LocalDate day) {
        return java.util.List.of();
    }

    /** A place of the knowledge base: its QID and English label. */
    record Place(String qid, String label) {
    }
}
