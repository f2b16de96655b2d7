package org.newskg.link.online;

import java.util.List;
import java.util.stream.Collectors;

/** The CONSTRUCT query {@code kg link enrich} sends for one batch of entities. */
final class EnrichQuery {

    private EnrichQuery() {
    }

    /**
     * The listed properties of the given entities, literals in English or without language, plus the
     * English label of every item they point to (so "instance of Q5" reads as "human").
     */
    static String construct(List<String> qids, List<String> properties) {
        String items = qids.stream().map(q -> "<" + Enricher.ENTITY + q + ">").collect(Collectors.joining(" "));
        String props = properties.stream().map(p -> "<" + p + ">").collect(Collectors.joining(" "));
        return """
                CONSTRUCT { ?item ?p ?o . ?o <http://www.w3.org/2000/01/rdf-schema#label> ?ol . }
                WHERE {
                  VALUES ?item { %s }
                  VALUES ?p { %s }
                  ?item ?p ?o .
                  FILTER(!isLiteral(?o) || LANG(?o) = "" || LANGMATCHES(LANG(?o), "en"))
                  OPTIONAL { ?o <http://www.w3.org/2000/01/rdf-schema#label> ?ol . FILTER(isIRI(?o) && LANG(?ol) = "en") }
                }
                """.formatted(items, props);
    }
}
