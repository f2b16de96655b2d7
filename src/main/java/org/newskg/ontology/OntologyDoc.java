package org.newskg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;

/**
 * Renders the ontology as a Markdown page: its classes and properties with label, comment, domain, range
 * and alignments to other vocabularies.
 *
 * <pre>{@code
 * String md = new OntologyDoc(RDFDataMgr.loadGraph("ontology/newskg.ttl")).markdown();
 * }</pre>
 * The output depends on the ontology only (terms sorted by name), so the checked-in page can be compared
 * with a fresh one. Immutable and thread-safe.
 */
public final class OntologyDoc {

    /** The command that regenerates the checked-in page. */
    public static final String REGENERATE = "./kg ontology-doc -o docs/ontology.md";

    private static final Node ONTOLOGY = NodeFactory.createURI(NKG.ONTOLOGY);
    private static final Node RESERVED = NodeFactory.createURI(NKG.NS + "reserved");
    private static final Node CLOSE_MATCH = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#closeMatch");

    private final Graph ontology;
    private final PrefixMapping prefixes;

    public OntologyDoc(Graph ontology) {
        this.ontology = ontology;
        this.prefixes = ontology.getPrefixMapping();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(literal(ONTOLOGY, RDFS.label.asNode(), "newskg ontology")).append("\n\n");
        b.append("<!-- Generated from ontology/newskg.ttl by `").append(REGENERATE).append("`; do not edit by hand. -->\n\n");
        b.append(literal(ONTOLOGY, RDFS.comment.asNode(), "")).append("\n\n");
        b.append("- Namespace: `").append(NKG.NS).append("` (prefix `nkg:`)\n");
        b.append("- Version: ").append(literal(ONTOLOGY, OWL.versionInfo.asNode(), "?"))
                .append(" (`").append(objects(ONTOLOGY, OWL.versionIRI.asNode()).stream().map(Node::getURI).findFirst().orElse("?"))
                .append("`)\n\n");
        b.append("## Prefixes\n\n| prefix | namespace |\n|---|---|\n");
        new TreeMap<>(prefixes.getNsPrefixMap()).forEach((p, ns) -> b.append("| `").append(p).append(":` | `").append(ns).append("` |\n"));
        section(b, "Classes", OWL.Class.asNode());
        section(b, "Object properties", OWL.ObjectProperty.asNode());
        section(b, "Datatype properties", OWL.DatatypeProperty.asNode());
        section(b, "Annotation properties", OWL.AnnotationProperty.asNode());
        return b.toString();
    }

    private void section(StringBuilder b, String title, Node kind) {
        List<Node> terms = new ArrayList<>();
        ontology.find(Node.ANY, RDF.type.asNode(), kind).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(NKG.NS)) {
                terms.add(t.getSubject());
            }
        });
        if (terms.isEmpty()) {
            return;
        }
        terms.sort(Comparator.comparing(Node::getURI));
        b.append("\n## ").append(title).append("\n\n");
        b.append(String.join(" · ", terms.stream().map(t -> "[" + name(t) + "](#" + anchor(t) + ")").toList())).append("\n");
        for (Node t : terms) {
            b.append("\n### ").append(name(t)).append("\n\n");
            String label = literal(t, RDFS.label.asNode(), null);
            if (label != null) {
                b.append("**").append(label).append("**")
                        .append(ontology.contains(t, RESERVED, Node.ANY) ? " (reserved: not emitted yet)" : "").append(". ");
            }
            b.append(literal(t, RDFS.comment.asNode(), "")).append("\n\n");
            Map<String, Node> rows = new java.util.LinkedHashMap<>();
            rows.put("Subclass of", RDFS.subClassOf.asNode());
            rows.put("Domain", RDFS.domain.asNode());
            rows.put("Range", RDFS.range.asNode());
            rows.put("Subproperty of", RDFS.subPropertyOf.asNode());
            rows.put("Inverse of", OWL.inverseOf.asNode());
            rows.put("Equivalent to", OWL.equivalentClass.asNode());
            rows.put("Close match", CLOSE_MATCH);
            rows.forEach((what, p) -> {
                List<String> values = objects(t, p).stream().map(this::describe).sorted().toList();
                if (!values.isEmpty()) {
                    b.append("- ").append(what).append(": ").append(String.join(", ", values)).append('\n');
                }
            });
            if (kind.equals(OWL.Class.asNode())) {
                List<String> sub = ontology.find(Node.ANY, RDFS.subClassOf.asNode(), t).toList().stream()
                        .map(Triple::getSubject).filter(Node::isURI).map(this::describe).sorted().toList();
                if (!sub.isEmpty()) {
                    b.append("- Subclasses: ").append(String.join(", ", sub)).append('\n');
                }
            }
        }
    }

    /** A term as a short link-like name; a datatype union as "a or b". */
    private String describe(Node n) {
        if (n.isBlank()) {
            List<Node> members = listMembers(objects(n, OWL.unionOf.asNode()).stream().findFirst().orElse(null));
            if (!members.isEmpty()) {
                return String.join(" or ", members.stream().map(this::describe).toList());
            }
            return "(anonymous)";
        }
        if (n.isURI() && n.getURI().startsWith(NKG.NS)) {
            return "[" + name(n) + "](#" + anchor(n) + ")";
        }
        return "`" + name(n) + "`";
    }

    private List<Node> listMembers(Node list) {
        List<Node> out = new ArrayList<>();
        Node cur = list;
        while (cur != null && !cur.equals(RDF.nil.asNode())) {
            objects(cur, RDF.first.asNode()).stream().findFirst().ifPresent(out::add);
            cur = objects(cur, RDF.rest.asNode()).stream().findFirst().orElse(null);
        }
        return out;
    }

    private String name(Node n) {
        return n.isURI() ? prefixes.shortForm(n.getURI()) : n.toString();
    }

    private static String anchor(Node n) {
        return ("nkg" + n.getURI().substring(NKG.NS.length())).toLowerCase(java.util.Locale.ROOT);
    }

    private List<Node> objects(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).toList();
    }

    private String literal(Node s, Node p, String fallback) {
        return objects(s, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(fallback);
    }
}
