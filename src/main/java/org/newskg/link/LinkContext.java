package org.newskg.link;

import java.util.Set;
import java.util.TreeSet;

/**
 * What an article is about, as far as linking can tell before deciding ambiguous names: the countries
 * of its unambiguous entities (a country itself, a city's or person's country, a demonym's country)
 * and those entities' QIDs. Immutable.
 */
record LinkContext(Set<String> countries, Set<String> qids) {

    LinkContext {
        countries = Set.copyOf(new TreeSet<>(countries));
        qids = Set.copyOf(new TreeSet<>(qids));
    }
}
