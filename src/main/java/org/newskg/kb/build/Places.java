package org.newskg.kb.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newskg.kb.EntityType;
import org.newskg.kb.Subclass;

/**
 * Populated places (Natural Earth, dr5hn cities), first-level subdivisions and country demonyms (dr5hn).
 * A place's prior grows with the logarithm of its population: 0.05 up to ten thousand people, about 0.3 for
 * a town of 100,000, 0.57 for a city of a million, 1.0 from 30 million.
 * A city of at least {@link #RECOGNIZED_POPULATION} people is proposed for the recognition lexicon.
 */
final class Places {

    static final String NATURAL_EARTH = "natural-earth-places/populated_places.tsv";
    static final String COUNTRIES = "dr5hn-csc/countries.csv";
    static final String STATES = "dr5hn-csc/states.csv";
    static final String CITIES = "dr5hn-csc/cities.tsv";
    static final long RECOGNIZED_POPULATION = 1_000_000;

    private Places() {
    }

    static double populationPrior(long population) {
        if (population <= 0) {
            return 0.05;
        }
        return Math.max(0.05, Math.min(1, (Math.log10(population) - 4) / 3.5));
    }

    /** Natural Earth's places, each with its country (by ISO alpha-2 code) and population. */
    static Map<String, Draft> naturalEarth(Path sources, Territories t) {
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map<String, String> r : SourceTable.read(sources.resolve(NATURAL_EARTH), "qid", "name", "name_en", "namealt",
                "nameascii", "iso_a2", "pop_max")) {
            String qid = SourceTable.qid(r.get("qid"));
            String label = r.get("name_en").isBlank() ? r.get("name") : r.get("name_en");
            if (qid == null || label.isBlank()) {
                continue;
            }
            long pop = SourceTable.number(r.get("pop_max"));
            Draft d = new Draft(qid, label, EntityType.CITY, populationPrior(pop));
            d.countryQid = t.byAlpha2.get(r.get("iso_a2"));
            d.alias(r.get("name")).alias(r.get("nameascii"));
            for (String alt : r.get("namealt").split("\\|")) {
                d.alias(alt);
            }
            if (pop >= RECOGNIZED_POPULATION) {
                d.recognize(d.label);
            }
            out.putIfAbsent(qid, d);
        }
        return out;
    }

    /**
     * The capital of each country by Natural Earth's {@code featurecla} "Admin-0 capital" (country QID → city QID,
     * sorted by country). A country with two such places (La Paz and Sucre, Pretoria and Cape Town) has none here:
     * "the Bolivian capital" names neither for sure. Alternative seats ("Admin-0 capital alt") are not capitals.
     */
    static java.util.SortedMap<String, String> capitals(Path sources, Territories t) {
        Map<String, List<String>> seats = new HashMap<>();
        for (Map<String, String> r : SourceTable.read(sources.resolve(NATURAL_EARTH), "qid", "featurecla", "iso_a2")) {
            String qid = SourceTable.qid(r.get("qid"));
            String country = t.byAlpha2.get(r.get("iso_a2"));
            if (qid != null && country != null && r.get("featurecla").equals("Admin-0 capital")) {
                seats.computeIfAbsent(country, c -> new java.util.ArrayList<>()).add(qid);
            }
        }
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        seats.forEach((country, cities) -> {
            if (cities.size() == 1) {
                out.put(country, cities.get(0));
            }
        });
        return out;
    }

    /** dr5hn's countries: QID by ISO alpha-2 code, and unambiguous demonyms from the {@code nationality} column. */
    static Map<String, Draft> countries(Path sources, Map<String, String> qidByAlpha2) {
        List<Map<String, String>> rows = SourceTable.read(sources.resolve(COUNTRIES), "name", "iso2", "nationality",
                "wikiDataId");
        Map<String, Integer> uses = new HashMap<>();
        for (Map<String, String> r : rows) {
            // Counted before a country's own name is set aside: "Dominican" begins one country's name and is
            // the other's demonym, so it is shared.
            nationalityWords(r).forEach(w -> uses.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum));
        }
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String qid = SourceTable.qid(r.get("wikiDataId"));
            if (qid == null) {
                continue;
            }
            qidByAlpha2.put(r.get("iso2"), qid);
            Draft d = new Draft(qid, r.get("name"), EntityType.COUNTRY, 1.0);
            // A word two countries share ("Congolese", "Dominican") names neither.
            demonyms(r).stream().filter(w -> uses.get(w.toLowerCase(Locale.ROOT)) == 1).forEach(d.demonyms::add);
            out.put(qid, d);
        }
        return out;
    }

    /**
     * The demonyms of a row: its nationality words, leaving out those that merely begin the country's own name
     * ("Christmas Island" for Christmas Island: a place name, not a demonym).
     */
    private static List<String> demonyms(Map<String, String> r) {
        String name = r.get("name").toLowerCase(Locale.ROOT);
        return nationalityWords(r).stream().filter(w -> !name.startsWith(w.toLowerCase(Locale.ROOT))).toList();
    }

    /** The {@code nationality} column split on "," and " or ", acronyms left out. */
    private static List<String> nationalityWords(Map<String, String> r) {
        return java.util.Arrays.stream(r.get("nationality").split(",| or "))
                .map(String::strip)
                .filter(w -> w.length() > 2 && !w.equals(w.toUpperCase(Locale.ROOT)))
                .toList();
    }

    /** First-level subdivisions (typed Region), with their country. */
    static Map<String, Draft> states(Path sources, Map<String, String> qidByAlpha2) {
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map<String, String> r : SourceTable.read(sources.resolve(STATES), "name", "country_code", "wikiDataId",
                "population")) {
            String qid = SourceTable.qid(r.get("wikiDataId"));
            if (qid == null || r.get("name").isBlank()) {
                continue;
            }
            long pop = SourceTable.number(r.get("population"));
            Draft d = new Draft(qid, r.get("name"), EntityType.REGION, pop > 0 ? Math.max(0.3, populationPrior(pop)) : 0.3);
            d.subclass = Subclass.SUBDIVISION;
            d.countryQid = qidByAlpha2.get(r.get("country_code"));
            out.putIfAbsent(qid, d);
        }
        return out;
    }

    /** dr5hn's cities, with country and population. */
    static Map<String, Draft> cities(Path sources, Map<String, String> qidByAlpha2) {
        Map<String, Draft> out = new LinkedHashMap<>();
        for (Map<String, String> r : SourceTable.read(sources.resolve(CITIES), "name", "wikiDataId", "country_code",
                "population")) {
            String qid = SourceTable.qid(r.get("wikiDataId"));
            if (qid == null || r.get("name").isBlank()) {
                continue;
            }
            long pop = SourceTable.number(r.get("population"));
            Draft d = new Draft(qid, r.get("name"), EntityType.CITY, populationPrior(pop));
            d.countryQid = qidByAlpha2.get(r.get("country_code"));
            if (pop >= RECOGNIZED_POPULATION) {
                d.recognize(d.label);
            }
            out.putIfAbsent(qid, d);
        }
        return out;
    }
}
