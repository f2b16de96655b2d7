package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.validate.OntologyFiles;
import org.newskg.validate.SampleStores;

/** The Java vocabulary, the ontology and the data agree: no term is emitted that the ontology does not define. */
class VocabularyTest {

    private static final List<Node> KINDS = List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode());
    private static final Node RESERVED = NodeFactory.createURI(NKG.NS + "reserved");

    private static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadGraph(OntologyFiles.ontology().toString());
    }

    private static boolean defined(Node term) {
        return KINDS.stream().anyMatch(k -> ontology.contains(term, RDF.type.asNode(), k));
    }

    static Set<Node> vocabularyConstants() throws IllegalAccessException {
        Set<Node> terms = new java.util.HashSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node n = (Node) f.get(null);
                if (n.isURI() && n.getURI().startsWith(NKG.NS)) {
                    terms.add(n);
                }
            }
        }
        return terms;
    }

    @Test
    void everyNkgConstantOfTheJavaVocabularyIsDefinedInTheOntology() throws IllegalAccessException {
        Set<Node> constants = vocabularyConstants();
        assertTrue(constants.size() > 30, "only " + constants.size() + " constants");
        List<String> missing = constants.stream().filter(n -> !defined(n)).map(Node::getURI).sorted().toList();
        assertTrue(missing.isEmpty(), "NKG.java emits terms ontology/newskg.ttl does not define: " + missing);
    }

    @Test
    void everyTermTheOntologyDefinesIsInTheJavaVocabularyOrMarkedReserved() throws IllegalAccessException {
        Set<Node> constants = vocabularyConstants();
        List<String> orphans = new ArrayList<>();
        for (Node kind : KINDS) {
            ontology.find(Node.ANY, RDF.type.asNode(), kind).forEachRemaining(t -> {
                Node term = t.getSubject();
                boolean ours = term.isURI() && term.getURI().startsWith(NKG.NS);
                boolean reserved = ontology.contains(term, RESERVED, NodeFactory.createLiteralDT("true",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean));
                if (ours && !constants.contains(term) && !reserved) {
                    orphans.add(term.getURI());
                }
            });
        }
        assertTrue(orphans.isEmpty(), "defined in the ontology but neither in NKG.java nor nkg:reserved true: " + orphans);
    }

    @Test
    void everyNkgPredicateAndClassInRealIngestedArticlesIsDefined(@TempDir Path tmp) {
        Path store = SampleStores.ingest(tmp.resolve("store"), SampleStores.ARTICLES, SampleStores.OWN);
        Set<String> used = new TreeSet<>();
        try (KgStore kg = KgStore.open(store)) {
            kg.read(() -> {
                String q = "SELECT DISTINCT ?t WHERE { GRAPH ?g { { ?s ?t ?o } UNION { ?s a ?t } } "
                        + "FILTER(STRSTARTS(STR(?t), \"" + NKG.NS + "\")) }";
                try (var qe = QueryExecutionFactory.create(q, kg.dataset())) {
                    qe.execSelect().forEachRemaining(r -> used.add(r.getResource("t").getURI()));
                }
                return null;
            });
        }
        assertTrue(used.size() > 25, "the real data uses many terms: " + used);
        assertTrue(used.contains(NKG.NS + "dataDigest"), "provenance of the configuration is written: " + used);
        List<String> undefined = used.stream().filter(u -> !defined(NodeFactory.createURI(u))).toList();
        assertTrue(undefined.isEmpty(), "the store holds nkg terms the ontology does not define: " + undefined);
    }
}
