package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.rdf.Iris;
import org.newskg.rdf.TestArticles;

/** Each shape catches its own kind of broken graph: one deliberately broken graph per shape. */
class ArticleValidatorTest {

    private static final String PREFIXES = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;

    private static ArticleValidator validator;

    @BeforeAll
    static void load() {
        validator = ArticleValidator.load();
    }

    @Test
    void theContractShapedGraphConforms() {
        ValidationResult r = validator.validate(ContractGraph.graph(), ContractGraph.GRAPH.getURI());
        assertTrue(r.conforms(), r.violations().toString());
    }

    @Test
    void writerOutputForSeveralHandBuiltArticlesConforms() {
        for (var le : TestArticles.all()) {
            Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            new org.newskg.rdf.ArticleGraphWriter("t").write(le, new org.apache.jena.riot.system.StreamRDFBase() {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    g.add(q.asTriple());
                }
            });
            ValidationResult r = validator.validate(g, null);
            assertTrue(r.conforms(), le.extraction().text().article().id() + ": " + r.violations());
        }
    }

    static Stream<Arguments> brokenGraphs() {
        String m = "<" + Iris.mention(ContractGraph.ID, ContractGraph.begin("Vladimir Putin"), ContractGraph.end("Vladimir Putin")) + ">";
        String t = "<" + ContractGraph.time() + ">";
        String s1 = "<" + Iris.sentence(ContractGraph.ID, 1) + ">";
        String a = "<" + ContractGraph.ARTICLE + ">";
        String ev = "<" + ContractGraph.event() + ">";
        String evid = "<" + ContractGraph.callEvidence() + ">";
        String st = "<" + ContractGraph.statement() + ">";
        String role = "<" + ContractGraph.role() + ">";
        String pos = "<" + ContractGraph.POSITION + ">";
        String xi = "<" + ContractGraph.XI_IRI + ">";
        String act = "<" + Iris.ingest(ContractGraph.ID) + ">";
        return Stream.of(
                // SpanShape
                Arguments.of("begin after end", "DELETE WHERE { " + m + " nkg:endIndex ?e } ; INSERT DATA { " + m
                        + " nkg:endIndex \"3\"^^xsd:nonNegativeInteger }", m, "does not begin before it ends"),
                Arguments.of("end beyond the text", "DELETE WHERE { " + m + " nkg:endIndex ?e } ; INSERT DATA { " + m
                        + " nkg:endIndex \"9999\"^^xsd:nonNegativeInteger }", m, "ends after the article text"),
                Arguments.of("anchor not the text", "DELETE WHERE { " + m + " nkg:anchorOf ?x } ; INSERT DATA { " + m
                        + " nkg:anchorOf \"Boris Yeltsin\" }", m, "is not the article text"),
                Arguments.of("no begin", "DELETE WHERE { " + s1 + " nkg:beginIndex ?x }", s1, "nkg:beginIndex"),
                // ArticleShape
                Arguments.of("no article text", "DELETE WHERE { " + a + " nkg:articleText ?x }", a, "nkg:articleText"),
                Arguments.of("no activity", "DELETE WHERE { " + a + " prov:wasGeneratedBy ?x }", a, "IngestActivity"),
                // SentenceShape
                Arguments.of("sentence without article", "DELETE WHERE { " + s1 + " nkg:inArticle ?x }", s1, "min 1"),
                // MentionShape / EntityMentionShape
                Arguments.of("mention without rule", "DELETE WHERE { " + m + " nkg:mentionRule ?x }", m, "nkg:mentionRule"),
                Arguments.of("confidence above one", "DELETE WHERE { " + m + " nkg:confidence ?x } ; INSERT DATA { " + m
                        + " nkg:confidence \"1.5\"^^xsd:double }", m, "not less than or equal to 1"),
                Arguments.of("mention of an untyped entity", "INSERT DATA { " + m + " nkg:refersTo <urn:x:nothing> }", m,
                        "typed nkg:Entity"),
                // TemporalExpressionShape
                Arguments.of("bad timex type", "DELETE WHERE { " + t + " nkg:timexType ?x } ; INSERT DATA { " + t
                        + " nkg:timexType \"WHENEVER\" }", t, "nkg:timexType"),
                // IngestActivityShape
                Arguments.of("activity without version", "DELETE WHERE { " + act + " nkg:softwareVersion ?x }", act,
                        "nkg:softwareVersion"),
                // EntityShape
                Arguments.of("entity with two labels", "INSERT DATA { " + xi + " rdfs:label \"Xi\" }", xi, "rdfs:label"),
                // EventShape
                Arguments.of("event without participant or date", "DELETE WHERE { " + ev + " nkg:participant ?p } ; "
                        + "DELETE WHERE { " + ev + " nkg:eventDate ?d }", ev, "participant or an nkg:eventDate"),
                Arguments.of("event without evidence", "DELETE WHERE { " + ev + " nkg:evidence ?x }", ev, "nkg:evidence"),
                // TypedEventShape
                Arguments.of("participants without an event type", "DELETE WHERE { " + ev + " a ?c }", ev, "event type"),
                // EvidenceShape
                Arguments.of("evidence without sentence", "DELETE WHERE { " + evid + " nkg:inSentence ?x }", evid,
                        "nkg:inSentence"),
                // StatementShape
                Arguments.of("statement with two speakers", "INSERT DATA { " + st + " nkg:speaker <"
                        + ContractGraph.PUTIN_IRI + "> }", st, "nkg:speaker"),
                Arguments.of("statement without text", "DELETE WHERE { " + st + " nkg:statementText ?x }", st,
                        "nkg:statementText"),
                // PositionHoldingShape
                Arguments.of("role without holder", "DELETE WHERE { " + role + " nkg:holder ?x }", role, "nkg:holder"),
                Arguments.of("role whose position is no Position", "DELETE WHERE { " + pos + " a ?c }", role, "nkg:position"),
                // PositionShape
                Arguments.of("position without label", "DELETE WHERE { " + pos + " rdfs:label ?x }", pos, "rdfs:label"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenGraphs")
    void eachBrokenGraphIsReportedOnItsFocusNode(String name, String update, String focus, String expected) {
        Graph g = ContractGraph.graph();
        UpdateAction.parseExecute(PREFIXES + update, g);
        ValidationResult r = validator.validate(g, ContractGraph.GRAPH.getURI());
        assertFalse(r.conforms(), name + " was not caught");
        String iri = focus.substring(1, focus.length() - 1);
        List<Violation> onFocus = r.violations().stream().filter(v -> v.focus().equals(iri)).toList();
        assertFalse(onFocus.isEmpty(), name + ": nothing on " + iri + " in " + r.violations());
        assertTrue(onFocus.stream().anyMatch(v -> (v.message() + " " + v.path()).contains(expected)),
                name + ": expected '" + expected + "' in " + onFocus);
        assertEquals(ContractGraph.GRAPH.getURI(), onFocus.get(0).graph());
    }

    @Test
    void theReportGraphIsAW3cShaclReport() {
        Graph g = ContractGraph.graph();
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { <" + ContractGraph.ARTICLE + "> nkg:articleText ?x }", g);
        ValidationResult r = validator.validate(g, null);
        Graph report = r.report();
        var sh = "http://www.w3.org/ns/shacl#";
        assertTrue(report.contains(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.NodeFactory.createURI(sh + "conforms"),
                org.apache.jena.graph.NodeFactory.createLiteralDT("false", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean)));
        assertTrue(report.contains(org.apache.jena.graph.Node.ANY, org.apache.jena.graph.NodeFactory.createURI(sh + "focusNode"),
                ContractGraph.ARTICLE));
    }
}
