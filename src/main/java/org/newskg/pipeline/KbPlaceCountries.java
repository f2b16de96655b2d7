package org.newskg.pipeline;

import java.util.Optional;
import org.newskg.extract.fact.PlaceCountries;
import org.newskg.kb.Capitals;
import org.newskg.kb.EntityType;
import org.newskg.kb.KnowledgeBase;

/** The knowledge base's view of places that fact extraction reads: each place's country, each country's capital, the country
 * of a nationality word. Immutable. */
final class KbPlaceCountries implements PlaceCountries {

    private final KnowledgeBase kb;
    private final Capitals capitals;

    KbPlaceCountries(KnowledgeBase kb, Capitals capitals) {
        this.kb = kb;
        this.capitals = capitals;
    }

    @Override
    public Optional<String> countryOf(String placeQid) {
        return kb.byQid(placeQid).map(e -> e.type() == EntityType.COUNTRY ? e.qid() : e.countryQid());
    }

    @Override
    public Optional<Place> countryOfDemonym(String word) {
        return kb.demonym(word).filter(e -> e.type() == EntityType.COUNTRY).map(e -> new Place(e.qid(), e.label()));
    }

    @Override
    public Optional<Place> countryNamed(String word) {
        java.util.List<Place> countries = kb.lookup(word).stream().filter(e -> e.type() == EntityType.COUNTRY)
                .map(e -> new Place(e.qid(), e.label())).distinct().toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }

    @Override
    public java.util.List<String> holders(org.newskg.kb.PositionKind kind, String ofQid, java.time.LocalDate day) {
        return ofQid == null || day == null ? java.util.List.of()
                : kb.holders(kind, ofQid, day).stream().map(org.newskg.kb.KbEntry::qid).distinct().toList();
    }

    @Override
    public Optional<Place> capitalOf(String countryQid) {
        return capitals.of(countryQid).flatMap(kb::byQid).map(e -> new Place(e.qid(), e.label()));
    }
}
