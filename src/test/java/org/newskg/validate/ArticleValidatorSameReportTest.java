package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import org.newskg.rdf.NKG;
import org.newskg.rdf.TestArticles;

/**
 * The validator checks a view of the article graph and the class tree instead of a copy of both: the same reports,
 * entry for entry, as Jena over the copy (the way it validated before), on conforming graphs and on broken graphs
 * that between them violate every node shape of shapes.ttl. Reports are compared as sorted lists, not by graph
 * isomorphism: Jena's isomorphism test backtracks over the report's blank nodes and took minutes (and gigabytes) on
 * the graph with every break at once.
 */
class ArticleValidatorSameReportTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    /** Two shapes no case of ArticleValidatorTest breaks: a historical country with no Wikidata id and two founding dates. */
    private static final String HISTORICAL = "INSERT DATA { <urn:x:realm> a nkg:HistoricalCountry ; rdfs:label \"Old Realm\" ; "
            + "nkg:foundingDate \"1801-01-01\"^^xsd:date , \"1802-01-01\"^^xsd:date }";

    private static ArticleValidator validator;
    private static Shapes shapes;
    private static List<Triple> classTree;

    @BeforeAll
    static void load() {
        validator = ArticleValidator.load();
        shapes = Shapes.parse(RDFDataMgr.loadGraph(OntologyFiles.shapes().toString()));
        classTree = new ArrayList<>();
        RDFDataMgr.loadGraph(OntologyFiles.ontology().toString()).find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && t.getObject().getURI().startsWith(NKG.NS)) {
                classTree.add(t);
            }
        });
    }

    /** How it validated before: the article's triples and the class tree copied into one indexed graph. */
    private static ValidationReport reference(Graph data) {
        Graph g = GraphMemFactory.createGraphMem2Roaring();
        data.find().forEachRemaining(g::add);
        classTree.forEach(g::add);
        return ShaclValidator.get().validate(shapes, g);
    }

    private static void assertSameReport(String name, Graph data) {
        ValidationReport jenaBefore = reference(data);
        ValidationResult before = ArticleValidator.result(jenaBefore, data, ContractGraph.GRAPH.getURI());
        ValidationResult after = validator.validate(data, ContractGraph.GRAPH.getURI());
        assertEquals(before.conforms(), after.conforms(), name);
        assertEquals(before.violations(), after.violations(), name);
        assertEquals(blankFree(before.report()), blankFree(after.report()), name + ": report graphs differ");
        assertEquals(before.report().getPrefixMapping().getNsPrefixMap(), after.report().getPrefixMapping().getNsPrefixMap(), name);
        ValidationReport jenaAfter = ShaclValidator.get().validate(shapes, validator.withClassTree(data));
        assertEquals(jenaBefore.conforms(), jenaAfter.conforms(), name);
        assertEquals(entries(jenaBefore), entries(jenaAfter), name);
    }

    /**
     * A report graph without its blank-node labels, in a stable order: each blank node as the sorted list of its
     * outgoing triples (a blank object written as the sorted list of that node's own triples, one level down, which
     * reaches a result's fields from the report), then the triples of named subjects. Equal for isomorphic report
     * graphs; linear in the graph, unlike an isomorphism test.
     */
    private static List<String> blankFree(Graph report) {
        Map<Node, List<String>> shallow = new HashMap<>();
        report.find().forEachRemaining(t -> shallow.computeIfAbsent(t.getSubject(), s -> new ArrayList<>())
                .add(t.getPredicate() + " " + (t.getObject().isBlank() ? "[]" : t.getObject().toString())));
        shallow.values().forEach(l -> l.sort(null));
        List<String> out = new ArrayList<>();
        report.find().forEachRemaining(t -> {
            String subject = t.getSubject().isBlank() ? "[]" : t.getSubject().toString();
            Node o = t.getObject();
            String object = o.isBlank() ? String.valueOf(shallow.getOrDefault(o, List.of())) : o.toString();
            out.add(subject + " " + t.getPredicate() + " " + object);
        });
        out.sort(null);
        return out;
    }

    /** Every field of Jena's entries, in a stable order. */
    private static List<String> entries(ValidationReport r) {
        return r.getEntries().stream().map(e -> e.focusNode() + " | " + e.resultPath() + " | " + e.value() + " | "
                + e.source() + " | " + e.sourceConstraintComponent() + " | " + e.severity().level() + " | " + e.message())
                .sorted().toList();
    }

    private static Map<String, Graph> brokenGraphs() {
        Map<String, Graph> out = new LinkedHashMap<>();
        Graph all = ContractGraph.graph();
        for (Arguments a : ArticleValidatorTest.brokenGraphs().toList()) {
            String update = PREFIXES + a.get()[1];
            Graph g = ContractGraph.graph();
            UpdateAction.parseExecute(update, g);
            out.put((String) a.get()[0], g);
            UpdateAction.parseExecute(update, all);
        }
        Graph historical = ContractGraph.graph();
        UpdateAction.parseExecute(PREFIXES + HISTORICAL, historical);
        out.put("historical country", historical);
        UpdateAction.parseExecute(PREFIXES + HISTORICAL, all);
        out.put("every break at once", all);
        return out;
    }

    @Test
    void conformingGraphsGetTheSameReport() {
        assertSameReport("contract graph", ContractGraph.graph());
        for (var le : TestArticles.all()) {
            Graph g = GraphFactory.createDefaultGraph();
            new org.newskg.rdf.ArticleGraphWriter("t").write(le, new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    g.add(q.asTriple());
                }
            });
            assertTrue(validator.validate(g, null).conforms(), le.extraction().text().article().id());
            assertSameReport(le.extraction().text().article().id(), g);
        }
    }

    @Test
    void brokenGraphsGetTheSameReportAndBreakEveryShape() {
        Set<String> violated = new TreeSet<>();
        for (var e : brokenGraphs().entrySet()) {
            assertSameReport(e.getKey(), e.getValue());
            ValidationReport r = reference(e.getValue());
            assertFalse(ArticleValidator.result(r, e.getValue(), null).conforms(), e.getKey());
            r.getEntries().forEach(en -> violated.add(nodeShape(en.source()).getURI()));
        }
        Set<String> all = new TreeSet<>();
        shapes.getGraph().find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SH + "NodeShape"))
                .forEachRemaining(t -> all.add(t.getSubject().getURI()));
        assertEquals(17, all.size(), all.toString());
        assertEquals(all, violated);
    }

    /** A property shape's node shape (the subject of its sh:property); a node shape itself. */
    private static Node nodeShape(Node shape) {
        List<Triple> parents = shapes.getGraph().find(Node.ANY, NodeFactory.createURI(SH + "property"), shape).toList();
        return parents.isEmpty() ? shape : parents.get(0).getSubject();
    }

    @Test
    void aGraphWithItsOwnSubclassAxiomIsCopiedNotViewed() {
        Graph g = ContractGraph.graph();
        g.add(classTree.get(0));
        assertFalse(validator.withClassTree(g) instanceof DisjointUnion);
        assertSameReport("with a class axiom", g);
        assertTrue(validator.withClassTree(ContractGraph.graph()) instanceof DisjointUnion);
    }
}
