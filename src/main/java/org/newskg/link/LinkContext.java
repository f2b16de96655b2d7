package org.newskg.link;

import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an article is about, as far as linking can tell before deciding ambiguous names: the countries
 * of its confidently linked entities (a country itself, a city's or person's country, a demonym's country),
 * those entities' QIDs, and the article's date (null when unknown), which decides who held an office.
 * Immutable.
 */
record LinkContext(Set<String> countries, Set<String> qids, LocalDate date) {

    static LinkContext empty(LocalDate date) {
        return new LinkContext(Set.of(), Set.of(), date);
    }

    LinkContext(Set<String> countries, Set<String> qids) {
        this(countries, qids, null);
    }

    LinkContext {
        countries = Set.copyOf(new TreeSet<>(countries));
        qids = Set.copyOf(new TreeSet<>(qids));
    }
}
