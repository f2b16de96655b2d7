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
        // One shapes graph for both, so that Jena's entries name the same blank-node shapes.
        Graph shapesGraph = RDFDataMgr.loadGraph(OntologyFiles.shapes().toString());
        Graph ontology = RDFDataMgr.loadGraph(OntologyFiles.ontology().toString());
        validator = ArticleValidator.load(shapesGraph, ontology);
        shapes = Shapes.parse(shapesGraph);
        classTree = new ArrayList<>();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && t.getObject().getURI().startsWith(NKG.NS)) {
                classTree.add(t);
            }
        });
    }

    /**
     * How it validated before: Jena's shapes as parsed (no {@code sh:or} compiled), over the article's triples and
     * the class tree copied into one indexed graph.
     */
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
        ValidationReport jenaAfter = ShaclValidator.get().validate(validator.shapes(), validator.withClassTree(data));
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
        for (var d : wrongDatatypes().entrySet()) {
            if (d.getKey().contains("alternative)")) {
                continue;
            }
            Graph g = ContractGraph.graph();
            UpdateAction.parseExecute(PREFIXES + d.getValue(), g);
            out.put(d.getKey(), g);
        }
        Graph historical = ContractGraph.graph();
        UpdateAction.parseExecute(PREFIXES + HISTORICAL, historical);
        out.put("historical country", historical);
        UpdateAction.parseExecute(PREFIXES + HISTORICAL, all);
        out.put("every break at once", all);
        return out;
    }

    /**
     * Values the compiled {@code sh:or}s of datatypes ({@link DatatypeChoice}) must refuse as Jena's do: the wrong
     * datatype on a span's offsets (a string, a derived integer type the shape does not list, an IRI, a lexical form
     * not valid for its datatype) and on the dates; and two values that pass only through the second or third
     * alternative. Not added to the graph with every break at once: each replaces a value the others rely on.
     */
    private static Map<String, String> wrongDatatypes() {
        String m = "<" + org.newskg.rdf.Iris.mention(ContractGraph.ID, ContractGraph.begin("Vladimir Putin"),
                ContractGraph.end("Vladimir Putin")) + ">";
        String st = "<" + ContractGraph.statement() + ">";
        String a = "<" + ContractGraph.ARTICLE + ">";
        String t = "<" + ContractGraph.time() + ">";
        String ev = "<" + ContractGraph.event() + ">";
        String role = "<" + ContractGraph.role() + ">";
        int begin = ContractGraph.begin("Vladimir Putin");
        int end = ContractGraph.end("Vladimir Putin");
        Map<String, String> out = new LinkedHashMap<>();
        out.put("begin as a string", replace(m, "beginIndex", "\"" + begin + "\""));
        out.put("end as xsd:long", replace(m, "endIndex", "\"" + end + "\"^^xsd:long"));
        out.put("begin as an IRI", replace(m, "beginIndex", "<urn:x:offset>"));
        out.put("end not a valid xsd:int", replace(m, "endIndex", "\"twenty\"^^xsd:int"));
        out.put("begin not a valid xsd:nonNegativeInteger", replace(st, "beginIndex", "\"-1\"^^xsd:nonNegativeInteger"));
        out.put("two begins, one a decimal", "INSERT DATA { " + m + " nkg:beginIndex \"" + begin + ".0\"^^xsd:decimal }");
        out.put("begin as xsd:integer (third alternative)", replace(m, "beginIndex", "\"" + begin + "\"^^xsd:integer"));
        out.put("end as xsd:int (second alternative)", replace(m, "endIndex", "\"" + end + "\"^^xsd:int"));
        out.put("publication date as a string", "INSERT DATA { " + a + " nkg:datePublished \"2024-02-08\" }");
        out.put("publication date not a valid date", "INSERT DATA { " + a + " nkg:datePublished \"2024-02-30\"^^xsd:date }");
        out.put("normalized date as a dateTime", "INSERT DATA { " + t + " nkg:normalizedDate \"2024-02-08T10:00:00\"^^xsd:dateTime }");
        out.put("event date as a gYear (third alternative)", replace(ev, "eventDate", "\"2024\"^^xsd:gYear"));
        out.put("event date as a number", replace(ev, "eventDate", "2024"));
        out.put("statement date as a plain date string", replace(st, "statementDate", "\"2024-02-08\"@en"));
        out.put("role date as a year number", "DELETE WHERE { " + role + " nkg:endedBy ?x } ; " + replace(role, "roleDate", "1999"));
        return out;
    }

    private static String replace(String subject, String property, String value) {
        return "DELETE WHERE { " + subject + " nkg:" + property + " ?x } ; INSERT DATA { " + subject + " nkg:" + property
                + " " + value + " }";
    }

    @Test
    void everyOrOfBareDatatypesIsCompiledAndNoOther() {
        List<String> compiled = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (var it = validator.shapes().iteratorAll(); it.hasNext(); ) {
            var shape = it.next();
            List<org.apache.jena.shacl.parser.Shape> all = new ArrayList<>(shape.getPropertyShapes());
            all.add(shape);
            for (var s : all) {
                for (var c : s.getConstraints()) {
                    if (c instanceof DatatypeChoice) {
                        compiled.add(s.getShapeNode().toString());
                    } else if (c instanceof org.apache.jena.shacl.engine.constraint.ShOr) {
                        left.add(s.getShapeNode().toString());
                    }
                }
            }
        }
        // span begin and end, datePublished, dateModified, normalizedDate, eventDate, statementDate, a role's dates
        // (a property shape may be reached twice); the sh:ors of property shapes (an event's participant or date, a
        // holding's start or end) stay Jena's
        assertEquals(8, new TreeSet<>(compiled).size(), compiled.toString());
        assertEquals(List.of("https://w3id.org/newskg/shapes#EventContentShape", "https://w3id.org/newskg/shapes#PositionHoldingShape"),
                new ArrayList<>(new TreeSet<>(left)));
    }

    @Test
    void wrongDatatypesAreRefusedAsJenaRefusesThem() {
        for (var e : wrongDatatypes().entrySet()) {
            Graph g = ContractGraph.graph();
            UpdateAction.parseExecute(PREFIXES + e.getValue(), g);
            boolean alternative = e.getKey().contains("alternative)");
            assertEquals(alternative, validator.validate(g, null).conforms(), e.getKey());
            if (!alternative) {
                assertTrue(entries(reference(g)).stream().anyMatch(x -> x.contains("OrConstraintComponent")), e.getKey());
            }
            assertSameReport(e.getKey(), g);
        }
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
