package org.newskg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;

/**
 * Offsets and anchors are checked against the article text once per article, in UTF-16 units, so a text with
 * an emoji before a span is checked too (the SPARQL constraints it replaces skipped such texts).
 */
class TextSpanCheckTest {

    /** "🌊" is two UTF-16 units: "Wellington" begins at 10, the sentence ends at 66. */
    private static final String TEXT = "Flood 🌊: Wellington hosted Fijian Prime Minister Sitiveni Rabuka.\n"
            + "Rabuka said the seawall would be finished by March.";

    private static final String GRAPH = """
            @prefix nkg: <https://w3id.org/newskg/ontology#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix : <http://example.org/x/> .
            :a a nkg:Article ; nkg:articleText "%s" .
            :s0 a nkg:Sentence ; nkg:inArticle :a ; nkg:beginIndex 0 ; nkg:endIndex 66 ;
                nkg:anchorOf "Flood 🌊: Wellington hosted Fijian Prime Minister Sitiveni Rabuka." .
            :m a nkg:EntityMention ; nkg:inArticle :a ; nkg:inSentence :s0 ; nkg:beginIndex 10 ; nkg:endIndex 20 ;
                nkg:anchorOf "Wellington" .
            :ev a nkg:Evidence ; nkg:inSentence :s0 ; nkg:beginIndex 21 ; nkg:endIndex 27 ; nkg:anchorOf "hosted" .
            :st a nkg:Statement ; nkg:inArticle :a ; nkg:beginIndex 79 ; nkg:endIndex 117 ;
                nkg:statementText "the seawall would be finished by March" .
            """.formatted(TEXT.replace("\n", "\\n"));

    private static final String PREFIXES = "PREFIX nkg: <https://w3id.org/newskg/ontology#> PREFIX : <http://example.org/x/> ";

    private static Graph graph(String update) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(GRAPH)).lang(Lang.TURTLE).parse(g);
        if (update != null) {
            UpdateAction.parseExecute(PREFIXES + update, g);
        }
        return g;
    }

    @Test
    void spansThatReadTheirTextPassEvenAfterACharacterBeyondTheBmp() {
        assertEquals("Wellington", TEXT.substring(10, 20));
        assertEquals("the seawall would be finished by March", TEXT.substring(79, 117));
        assertEquals(List.of(), TextSpanCheck.check(graph(null), "urn:g"));
    }

    @Test
    void anAnchorOneUnitOffIsRefusedWithTheTextItReads() {
        List<Violation> v = TextSpanCheck.check(graph("DELETE WHERE { :m nkg:beginIndex ?b ; nkg:endIndex ?e } ; "
                + "INSERT DATA { :m nkg:beginIndex 9 ; nkg:endIndex 19 }"), "urn:g");
        assertEquals(1, v.size(), v.toString());
        assertEquals("http://example.org/x/m", v.get(0).focus());
        assertEquals("urn:g", v.get(0).graph());
        assertEquals("anchor \"Wellington\" is not the article text at [9, 19) (which reads \" Wellingto\")", v.get(0).message());
        assertTrue(v.get(0).isViolation());
    }

    @Test
    void anEndBeyondTheTextIsRefusedWithTheTextLength() {
        Violation v = onlyViolation("DELETE WHERE { :s0 nkg:endIndex ?e } ; INSERT DATA { :s0 nkg:endIndex 500 }");
        assertEquals("http://example.org/x/s0", v.focus());
        assertEquals("span [0, 500) ends after the article text (length " + TEXT.length() + ")", v.message());
    }

    @Test
    void evidenceIsCheckedThroughItsSentence() {
        Violation v = onlyViolation("DELETE WHERE { :ev nkg:anchorOf ?x } ; INSERT DATA { :ev nkg:anchorOf \"welcomed\" }");
        assertEquals("http://example.org/x/ev", v.focus());
        assertTrue(v.message().contains("(which reads \"hosted\")"), v.message());
    }

    @Test
    void aStatementTextThatIsNotTheTextIsRefused() {
        Violation v = onlyViolation("DELETE WHERE { :st nkg:statementText ?x } ; "
                + "INSERT DATA { :st nkg:statementText \"the seawall is finished\" }");
        assertEquals("statement text \"the seawall is finished\" is not the article text at [79, 117)", v.message());
    }

    @Test
    void aSpanEndingWhereItBeginsIsRefused() {
        Violation v = onlyViolation("DELETE WHERE { :m nkg:endIndex ?e } ; INSERT DATA { :m nkg:endIndex 10 }");
        assertEquals("http://example.org/x/m", v.focus());
        assertEquals("span does not begin before it ends: [10, 10)", v.message());
    }

    /** The one violation the broken graph has. */
    private static Violation onlyViolation(String update) {
        List<Violation> v = TextSpanCheck.check(graph(update), null);
        assertEquals(1, v.size(), v.toString());
        return v.get(0);
    }

    @Test
    void theResultsJoinTheShaclReportGraph() {
        Graph g = graph("DELETE WHERE { :m nkg:anchorOf ?x } ; INSERT DATA { :m nkg:anchorOf \"Auckland\" }");
        List<Violation> v = TextSpanCheck.check(g, null);
        Graph report = GraphFactory.createDefaultGraph();
        Node root = NodeFactory.createBlankNode();
        report.add(root, org.apache.jena.vocabulary.RDF.type.asNode(), SHACL.ValidationReport);
        report.add(root, SHACL.conforms, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        Graph out = TextSpanCheck.withResults(report, v);
        assertTrue(out.contains(root, SHACL.conforms, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean)));
        assertFalse(out.contains(root, SHACL.conforms, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertTrue(out.contains(Node.ANY, SHACL.focusNode, NodeFactory.createURI("http://example.org/x/m")));
        assertEquals(2, report.size(), "the given report is left as it was");
    }
}
