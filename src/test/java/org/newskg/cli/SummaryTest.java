package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * The store summary counts each entity once under its most specific class and each entity's mentions across all
 * article graphs, however often the entity recurs (its description is repeated in every graph naming it).
 */
class SummaryTest {

    private static final Node COUNTRY = NodeFactory.createURI("https://w3id.org/newskg/id/entity/Q1");
    private static final Node PERSON = NodeFactory.createURI("https://w3id.org/newskg/id/entity/Q2");
    private static final Node LOCAL = NodeFactory.createURI("https://w3id.org/newskg/id/entity/local-city");

    @TempDir
    Path tmp;

    @Test
    void countsEntitiesByMostSpecificClassAndMentionsAcrossGraphs() {
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            // Ruritania is mentioned once in the first article and three times in each of the next two: 7 mentions.
            article(kg, 1, 1, 1, 0);
            article(kg, 2, 3, 0, 2);
            article(kg, 3, 3, 0, 0);
            StringWriter out = new StringWriter();
            Summary.of(kg).print(new PrintWriter(out, true));
            assertEquals(String.join("\n",
                    String.format(Locale.ROOT, "Store: 3 article graphs, %,d triples", kg.tripleCount()),
                    "Entities: 1 City, 1 Country, 1 Person",
                    "Most mentioned:",
                    "     7  Ruritania (Q1)",
                    "     2  Port Doe",
                    "     1  Jane Doe (Q2)",
                    ""), out.toString().replace(System.lineSeparator(), "\n"));
        }
    }

    private static void article(KgStore kg, int n, int countryMentions, int personMentions, int cityMentions) {
        Node graph = NodeFactory.createURI("https://w3id.org/newskg/id/article/a" + n);
        kg.replaceArticle(graph, sink -> {
            sink.triple(Triple.create(graph, RDF.type.asNode(), NKG.Article));
            // the ontology's axiom, as a graph may carry it: a Country is not counted again as a Place
            sink.triple(Triple.create(NKG.Country, RDFS.subClassOf.asNode(), NKG.Place));
            describe(sink, COUNTRY, "Ruritania", "Q1", NKG.Country, NKG.Place);
            describe(sink, PERSON, "Jane Doe", "Q2", NKG.Person);
            describe(sink, LOCAL, "Port Doe", null, NKG.City);
            mentions(sink, graph, "c", COUNTRY, countryMentions);
            mentions(sink, graph, "p", PERSON, personMentions);
            mentions(sink, graph, "l", LOCAL, cityMentions);
        });
    }

    private static void describe(StreamRDF sink, Node e, String label, String qid, Node... classes) {
        for (Node c : classes) {
            sink.triple(Triple.create(e, RDF.type.asNode(), c));
        }
        sink.triple(Triple.create(e, RDFS.label.asNode(), NodeFactory.createLiteralString(label)));
        if (qid != null) {
            sink.triple(Triple.create(e, NKG.wikidataId, NodeFactory.createLiteralString(qid)));
        }
    }

    private static void mentions(StreamRDF sink, Node graph, String prefix, Node e, int count) {
        for (int i = 0; i < count; i++) {
            Node m = NodeFactory.createURI(graph.getURI() + "#" + prefix + i);
            sink.triple(Triple.create(m, NKG.refersTo, e));
        }
    }
}
