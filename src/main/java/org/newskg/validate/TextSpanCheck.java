package org.newskg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;

/**
 * Checks every span of an article graph: it begins before it ends, and against its article's text, its end lies
 * within the text, its {@code nkg:anchorOf} and a statement's {@code nkg:statementText} equal the text at its offsets.
 *
 * <pre>{@code
 * List<Violation> wrong = TextSpanCheck.check(articleGraph, graphIri);
 * }</pre>
 * SHACL-SPARQL would rescan the whole text for every span (STRLEN and SUBSTR walk code points), so its cost
 * grew with spans × length, and even the begin-before-end query cost more than the rest of the shapes together;
 * here the text is indexed once per article and each span costs its own length.
 * Offsets are UTF-16 units, as Java's, so texts with characters beyond the BMP are checked too. A span
 * belongs to the article it names with {@code nkg:inArticle}, or to its sentence's article. The datatypes and
 * counts of the offsets stay SHACL shapes. Stateless and thread-safe.
 */
final class TextSpanCheck {

    private static final String SHAPES = "https://w3id.org/newskg/shapes#";

    private TextSpanCheck() {
    }

    /** The spans that do not match their article's text, in the order found; {@code graphIri} may be null. */
    static List<Violation> check(Graph g, String graphIri) {
        Map<Node, String> texts = new HashMap<>();
        g.find(Node.ANY, NKG.articleText, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                texts.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
            }
        });
        List<Violation> out = new ArrayList<>();
        g.find(Node.ANY, NKG.beginIndex, Node.ANY).forEachRemaining(t -> {
            Node span = t.getSubject();
            Long begin = integer(t.getObject());
            for (Node endNode : objects(g, span, NKG.endIndex)) {
                Long end = integer(endNode);
                if (begin == null || end == null) {
                    continue;   // the shapes report a missing or non-integer offset
                }
                if (begin >= end) {
                    out.add(violation(graphIri, span, "span does not begin before it ends: [" + begin + ", " + end + ")"));
                }
                for (String text : textsOf(g, span, texts)) {
                    check(g, span, begin, end, text, graphIri, out);
                }
            }
        });
        return out;
    }

    /**
     * A copy of a SHACL report graph with these violations added as results of {@code nkgsh:SpanShape} (source
     * constraint component {@code nkgsh:TextSpanCheck}, described in shapes.ttl), and {@code sh:conforms false}.
     */
    static Graph withResults(Graph report, List<Violation> violations) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(report.getPrefixMapping());
        report.find().forEachRemaining(out::add);
        List<Node> roots = out.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).mapWith(Triple::getSubject).toList();
        for (Node root : roots) {
            out.remove(root, SHACL.conforms, Node.ANY);
            out.add(root, SHACL.conforms, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean));
            for (Violation v : violations) {
                Node result = NodeFactory.createBlankNode();
                out.add(root, SHACL.result, result);
                out.add(result, RDF.type.asNode(), SHACL.ValidationResult);
                out.add(result, SHACL.focusNode, v.focus().startsWith("_:")
                        ? NodeFactory.createBlankNode(v.focus().substring(2)) : NodeFactory.createURI(v.focus()));
                out.add(result, SHACL.resultMessage, NodeFactory.createLiteralString(v.message()));
                out.add(result, SHACL.resultSeverity, SHACL.Violation);
                out.add(result, SHACL.sourceShape, NodeFactory.createURI(SHAPES + "SpanShape"));
                out.add(result, SHACL.sourceConstraintComponent, NodeFactory.createURI(SHAPES + "TextSpanCheck"));
            }
        }
        return out;
    }

    private static void check(Graph g, Node span, long begin, long end, String text, String graphIri, List<Violation> out) {
        if (end > text.length()) {
            out.add(violation(graphIri, span, "span [" + begin + ", " + end + ") ends after the article text (length "
                    + text.length() + ")"));
            return;
        }
        if (begin < 0 || begin >= end) {
            return;   // the shapes report these
        }
        String actual = text.substring((int) begin, (int) end);
        for (Node anchor : objects(g, span, NKG.anchorOf)) {
            if (anchor.isLiteral() && !anchor.getLiteralLexicalForm().equals(actual)) {
                out.add(violation(graphIri, span, "anchor \"" + anchor.getLiteralLexicalForm() + "\" is not the article text at ["
                        + begin + ", " + end + ") (which reads \"" + actual + "\")"));
            }
        }
        // A statement's content is read from its own article only (nkg:inArticle), as the ontology defines it.
        if (g.contains(span, NKG.inArticle, Node.ANY)) {
            for (Node said : objects(g, span, NKG.statementText)) {
                if (said.isLiteral() && !said.getLiteralLexicalForm().equals(actual)) {
                    out.add(violation(graphIri, span, "statement text \"" + said.getLiteralLexicalForm()
                            + "\" is not the article text at [" + begin + ", " + end + ")"));
                }
            }
        }
    }

    /** The texts of the articles the span belongs to: {@code nkg:inArticle}, or {@code nkg:inSentence/nkg:inArticle}. */
    private static Set<String> textsOf(Graph g, Node span, Map<Node, String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (Node article : objects(g, span, NKG.inArticle)) {
            addText(texts, article, out);
        }
        for (Node sentence : objects(g, span, NKG.inSentence)) {
            for (Node article : objects(g, sentence, NKG.inArticle)) {
                addText(texts, article, out);
            }
        }
        return out;
    }

    private static void addText(Map<Node, String> texts, Node article, Set<String> out) {
        String text = texts.get(article);
        if (text != null) {
            out.add(text);
        }
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** An integer offset, or null for a value the shapes refuse anyway (not a number, out of range). */
    private static Long integer(Node n) {
        if (!n.isLiteral() || !n.getLiteral().isWellFormed() || !(n.getLiteralValue() instanceof Number v)) {
            return null;
        }
        long value = v.longValue();
        return value == v.doubleValue() && Math.abs(value) < Integer.MAX_VALUE ? value : null;
    }

    private static Violation violation(String graphIri, Node span, String message) {
        return new Violation(graphIri, span.isURI() ? span.getURI() : "_:" + span.getBlankNodeLabel(), null, message,
                "Violation", null);
    }
}
