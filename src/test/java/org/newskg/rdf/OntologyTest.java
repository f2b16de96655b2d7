package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.link.LinkedExtraction;

class OntologyTest {

    private static Graph ontology;

    @BeforeAll
    static void load() {
        Path ttl = Path.of(System.getProperty("newskg.home", ".")).resolve("ontology/newskg.ttl");
        ontology = RDFDataMgr.loadGraph(ttl.toString());
    }

    private static boolean declared(Node term) {
        return ontology.contains(term, RDF.type.asNode(), OWL.Class.asNode())
                || ontology.contains(term, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                || ontology.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode());
    }

    @Test
    void ontologyHasItsVersionIri() {
        Node o = NodeFactory.createURI(NKG.ONTOLOGY);
        assertTrue(ontology.contains(o, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(ontology.contains(o, OWL.versionIRI.asNode(),
                NodeFactory.createURI("https://w3id.org/newskg/ontology/0.2.0")));
    }

    @Test
    void everyVocabularyConstantIsDeclaredWithLabelAndComment() throws IllegalAccessException {
        int checked = 0;
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                if (!term.getURI().startsWith(NKG.NS)) {
                    continue;
                }
                checked++;
                assertTrue(declared(term), term + " is not declared in the ontology");
                assertTrue(ontology.contains(term, RDFS.label.asNode(), Node.ANY), term + " has no label");
                assertTrue(ontology.contains(term, RDFS.comment.asNode(), Node.ANY), term + " has no comment");
            }
        }
        assertTrue(checked > 30, "only " + checked + " terms checked");
    }

    @Test
    void everyNewskgTermTheWriterEmitsIsInTheOntology() {
        Set<Node> used = new HashSet<>();
        for (LinkedExtraction le : TestArticles.all()) {
            new ArticleGraphWriter("x").write(le, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    used.add(q.getPredicate());
                    if (q.getPredicate().equals(RDF.type.asNode())) {
                        used.add(q.getObject());
                    }
                }
            });
        }
        used.removeIf(n -> !n.getURI().startsWith(NKG.NS));
        for (Node n : used) {
            assertTrue(declared(n), n + " is emitted but not declared");
        }
        assertEquals(true, used.contains(NKG.refersTo));
    }

    @Test
    void rdf4jReadsTheOntologyToo() throws java.io.IOException {
        Path ttl = Path.of(System.getProperty("newskg.home", ".")).resolve("ontology/newskg.ttl");
        try (var in = java.nio.file.Files.newInputStream(ttl)) {
            var model = org.eclipse.rdf4j.rio.Rio.parse(in, "", org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
            assertEquals(ontology.size(), model.size());
        }
    }

    @Test
    void entityClassesAreAlignedToSchemaOrg() {
        Node schemaPerson = NodeFactory.createURI(NKG.SCHEMA + "Person");
        assertTrue(ontology.contains(NKG.Person, RDFS.subClassOf.asNode(), schemaPerson));
        assertTrue(ontology.contains(NKG.Country, RDFS.subClassOf.asNode(), NKG.Place));
        assertTrue(ontology.contains(NKG.Article, RDFS.subClassOf.asNode(), NodeFactory.createURI(NKG.NIF + "Context")));
    }

    private static Node nkg(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }

    private static final List<String> EVENT_TYPES = List.of("PhoneCall", "Meeting", "Visit", "Summit", "Anniversary",
            "Agreement", "Presidency", "Exchange", "Holiday");

    @Test
    void theEventTypeTreeHangsUnderEventWhichIsAlignedToSemAndSchemaOrg() {
        assertTrue(ontology.contains(NKG.Event, RDFS.subClassOf.asNode(), NodeFactory.createURI(NKG.SEM + "Event")));
        assertTrue(ontology.contains(NKG.Event, RDFS.subClassOf.asNode(), NodeFactory.createURI(NKG.SCHEMA + "Event")));
        for (String type : EVENT_TYPES) {
            assertTrue(ontology.contains(nkg(type), RDFS.subClassOf.asNode(), NKG.Event), type);
            assertEquals(nkg(type), NKG.eventClass(type), "the writer knows " + type);
        }
        // Every subclass of nkg:Event in the ontology is one the writer accepts.
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), NKG.Event)
                .forEachRemaining(t -> assertEquals(t.getSubject(), NKG.eventClass(t.getSubject().getLocalName())));
        assertEquals(NKG.Event, NKG.eventClass("Event"));
    }

    @Test
    void factTermsAreAlignedToSemSchemaOrgOrgAndProv() {
        Node subProperty = RDFS.subPropertyOf.asNode();
        assertTrue(ontology.contains(NKG.participant, subProperty, NodeFactory.createURI(NKG.SEM + "hasActor")));
        assertTrue(ontology.contains(NKG.place, subProperty, NodeFactory.createURI(NKG.SEM + "hasPlace")));
        assertTrue(ontology.contains(NKG.place, subProperty, NodeFactory.createURI(NKG.SCHEMA + "location")));
        assertTrue(ontology.contains(NKG.eventDate, subProperty, NodeFactory.createURI(NKG.SEM + "hasTimeStamp")));
        assertTrue(ontology.contains(NKG.Statement, RDFS.subClassOf.asNode(), NodeFactory.createURI(NKG.SCHEMA + "Quotation")));
        assertTrue(ontology.contains(NKG.Position, RDFS.subClassOf.asNode(), NodeFactory.createURI(NKG.ORG + "Post")));
        assertTrue(ontology.contains(NKG.heldPosition, subProperty, NodeFactory.createURI(NKG.ORG + "holds")));
        assertTrue(ontology.contains(NKG.evidence, subProperty, NodeFactory.createURI(NKG.PROV + "wasDerivedFrom")));
        assertTrue(ontology.contains(NKG.Evidence, RDFS.subClassOf.asNode(), NodeFactory.createURI(NKG.NIF + "Phrase")),
                "evidence is a span of text like a mention");
        assertFalse(ontology.contains(NKG.Evidence, RDFS.subClassOf.asNode(), NKG.Mention), "but no finder's mention");
    }

    @Test
    void shortcutsAreSymmetricWhereTheyShouldBeAndDocumentedAsDerived() {
        for (Node p : List.of(NKG.talkedWith, NKG.met)) {
            assertTrue(ontology.contains(p, RDF.type.asNode(), OWL.SymmetricProperty.asNode()), p.toString());
        }
        assertFalse(ontology.contains(NKG.heldPosition, RDF.type.asNode(), OWL.SymmetricProperty.asNode()));
        for (Node p : List.of(NKG.talkedWith, NKG.met, NKG.hostedBy, NKG.heldPosition)) {
            String comment = ontology.find(p, RDFS.comment.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
            assertTrue(comment.startsWith("Derived"), p + ": " + comment);
        }
    }

    @Test
    void everyNewPropertyHasADomainAndARange() throws IllegalAccessException {
        int checked = 0;
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                boolean property = ontology.contains(term, RDF.type.asNode(), OWL.ObjectProperty.asNode())
                        || ontology.contains(term, RDF.type.asNode(), OWL.DatatypeProperty.asNode());
                if (property && FACT_PROPERTIES.contains(term.getLocalName())) {
                    checked++;
                    assertTrue(ontology.contains(term, RDFS.domain.asNode(), Node.ANY), term + " has no domain");
                    assertTrue(ontology.contains(term, RDFS.range.asNode(), Node.ANY), term + " has no range");
                }
            }
        }
        assertEquals(FACT_PROPERTIES.size(), checked);
    }

    private static final Set<String> FACT_PROPERTIES = Set.of("participant", "eventDate", "dateExpression", "place",
            "hostedBy", "cameoCode", "cameoLabel", "eventStatus", "extractionRule", "evidence", "talkedWith", "met",
            "heldPosition", "holder", "position", "roleDate", "title", "positionOf", "speaker", "statementText",
            "statementDate", "reportingVerb", "statementKind");

    @Test
    void confidenceAndMentionsEntityAdmitTheFactsThatUseThem() {
        // A plain nkg:Mention domain would make every event a mention, an nkg:Article one every statement an article.
        assertFalse(ontology.contains(NKG.confidence, RDFS.domain.asNode(), NKG.Mention));
        assertFalse(ontology.contains(NKG.mentionsEntity, RDFS.domain.asNode(), NKG.Article));
        assertFalse(ontology.contains(NKG.inSentence, RDFS.domain.asNode(), NKG.Evidence));
    }
}
