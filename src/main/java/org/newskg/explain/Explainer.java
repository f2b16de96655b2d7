package org.newskg.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * Answers "why is this in the graph?": the sentences, offsets and rules behind an entity, a fact node or a
 * triple, read from the article graphs.
 *
 * <pre>{@code
 * Node talkedWith = NodeFactory.createURI(NKG.NS + "talkedWith");
 * List<Fact> why = new Explainer(store).explainTriple(personA, talkedWith, personB);
 * }</pre>
 * Generic over the graph: a fact node (event, role, statement) is explained by its nkg:evidence; a
 * shortcut triple {@code s p o} by the fact nodes X of the same graph that point to both s and o (X
 * nkg:participant s and o, X nkg:holder s and nkg:position o, ...); a date by its nkg:dateExpression; an
 * entity by its mentions and the facts it takes part in. Reads in one transaction per call; thread-safe
 * as the store is.
 */
public final class Explainer {

    private static final Node EVIDENCE = nkg("evidence");
    private static final Node EXTRACTION_RULE = nkg("extractionRule");
    private static final Node DATE_EXPRESSION = nkg("dateExpression");
    private static final Node PARTICIPANT = nkg("participant");
    private static final Node HOLDER = nkg("holder");
    private static final Node POSITION = nkg("position");
    private static final List<Node> DATES = List.of(nkg("eventDate"), nkg("statementDate"), nkg("roleDate"));

    private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::graph)
            .thenComparingInt(f -> f.evidence().isEmpty() ? -1 : f.evidence().get(0).begin())
            .thenComparing(Fact::node);

    private final KgStore store;

    public Explainer(KgStore store) {
        this.store = store;
    }

    private static Node nkg(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }

    /** The evidence of a fact or mention node, in every graph that holds it; empty when none does. */
    public List<Fact> explainNode(Node x) {
        return eachGraph((g, name) -> isFact(g, x) || isSpan(g, x) ? List.of(fact(g, name, x)) : List.of());
    }

    /** The mentions of an entity and the facts it takes part in, article by article. */
    public List<Fact> explainEntity(Node entity) {
        return eachGraph((g, name) -> {
            Set<Node> nodes = new LinkedHashSet<>();
            g.find(Node.ANY, NKG.refersTo, entity).forEachRemaining(t -> nodes.add(t.getSubject()));
            g.find(Node.ANY, Node.ANY, entity).forEachRemaining(t -> {
                if (isNkg(t.getPredicate()) && isFact(g, t.getSubject())) {
                    nodes.add(t.getSubject());
                }
            });
            return nodes.stream().map(n -> fact(g, name, n)).toList();
        });
    }

    /**
     * The facts supporting {@code s p o} in each graph that holds the triple. A literal {@code o} matches
     * by lexical form whatever its datatype ("2024-02-08" matches an xsd:date).
     */
    public List<Fact> explainTriple(Node s, Node p, Node o) {
        return eachGraph((g, name) -> {
            if (!holds(g, s, p, o)) {
                return List.of();
            }
            if (isFact(g, s) || isSpan(g, s)) {
                return List.of(fact(g, name, s));
            }
            Set<Node> xs = new LinkedHashSet<>();
            // Events that both took part in, or the role that links holder and position, come first; any fact
            // pointing to both (a statement by s about o) only when there is none.
            for (Triple t : g.find(Node.ANY, Node.ANY, s).toList()) {
                Node x = t.getSubject();
                boolean direct = t.getPredicate().equals(PARTICIPANT) && g.contains(x, PARTICIPANT, o)
                        || t.getPredicate().equals(HOLDER) && g.contains(x, POSITION, o);
                if (direct && isFact(g, x)) {
                    xs.add(x);
                }
            }
            if (xs.isEmpty()) {
                for (Triple t : g.find(Node.ANY, Node.ANY, s).toList()) {
                    Node x = t.getSubject();
                    if (isNkg(t.getPredicate()) && isFact(g, x) && pointsTo(g, x, o)) {
                        xs.add(x);
                    }
                }
            }
            if (xs.isEmpty() && g.contains(s, RDF.type.asNode(), NKG.Article)) {
                // "article mentionsEntity e": the mentions of e are the support.
                g.find(Node.ANY, NKG.refersTo, o).forEachRemaining(t -> xs.add(t.getSubject()));
            }
            return xs.stream().map(x -> fact(g, name, x)).toList();
        });
    }

    /** Whether any article graph holds {@code s p o} (literal objects compared by lexical form). */
    public boolean holds(Node s, Node p, Node o) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            for (Node name : store.articleGraphs()) {
                if (holds(dsg.getGraph(name), s, p, o)) {
                    return true;
                }
            }
            return false;
        });
    }

    private interface PerGraph {
        List<Fact> apply(Graph g, Node name);
    }

    private List<Fact> eachGraph(PerGraph f) {
        return store.read(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<Fact> out = new ArrayList<>();
            for (Node name : store.articleGraphs()) {
                out.addAll(f.apply(dsg.getGraph(name), name));
            }
            out.sort(ORDER);
            return out;
        });
    }

    private static boolean holds(Graph g, Node s, Node p, Node o) {
        if (!o.isLiteral()) {
            return g.contains(s, p, o);
        }
        return g.find(s, p, Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(o.getLiteralLexicalForm()));
    }

    private static boolean pointsTo(Graph g, Node x, Node o) {
        for (Triple t : g.find(x, Node.ANY, Node.ANY).toList()) {
            if (!isNkg(t.getPredicate())) {
                continue;
            }
            Node v = t.getObject();
            if (v.equals(o) || (o.isLiteral() && v.isLiteral() && v.getLiteralLexicalForm().equals(o.getLiteralLexicalForm()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNkg(Node p) {
        return p.isURI() && p.getURI().startsWith(NKG.NS);
    }

    private static boolean isFact(Graph g, Node x) {
        return g.contains(x, EVIDENCE, Node.ANY);
    }

    private static boolean isSpan(Graph g, Node x) {
        return g.contains(x, NKG.beginIndex, Node.ANY) && g.contains(x, NKG.endIndex, Node.ANY);
    }

    private static Fact fact(Graph g, Node name, Node x) {
        Node article = subjectOfType(g, NKG.Article);
        List<Span> evidence = new ArrayList<>();
        if (isFact(g, x)) {
            g.find(x, EVIDENCE, Node.ANY).forEachRemaining(t -> evidence.add(span(g, t.getObject())));
        } else {
            evidence.add(span(g, x));
        }
        evidence.sort(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end));
        String rule = text(g, x, EXTRACTION_RULE);
        if (rule == null) {
            rule = text(g, x, NKG.mentionRule);
        }
        String date = null;
        for (Node d : DATES) {
            date = date == null ? text(g, x, d) : date;
        }
        Node t = object(g, x, DATE_EXPRESSION);
        return new Fact(name.getURI(), article == null ? null : article.getURI(),
                article == null ? null : text(g, article, NKG.headline), x.getURI(), type(g, x), rule,
                text(g, x, NKG.confidence), evidence, date, t == null ? null : span(g, t), kbSays(g, x));
    }

    /** The office check of a position holding, and its owner when the knowledge base gave it; null for other facts. */
    private static String kbSays(Graph g, Node x) {
        String check = text(g, x, NKG.officeCheck);
        String owner = null;
        if (g.contains(x, NKG.ownerFromKnowledgeBase, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean))) {
            Node position = object(g, x, NKG.position);
            Node of = position == null ? null : object(g, position, NKG.positionOf);
            owner = of == null ? null : "owner " + Objects.requireNonNullElse(text(g, of, RDFS.label.asNode()), of.getURI())
                    + " from the knowledge base";
        }
        if (check == null && owner == null) {
            return null;
        }
        return check == null ? owner : owner == null ? "office check " + check : "office check " + check + "; " + owner;
    }

    private static Span span(Graph g, Node n) {
        Node sentence = object(g, n, NKG.inSentence);
        return new Span(n.isURI() ? n.getURI() : n.toString(), integer(g, n, NKG.beginIndex), integer(g, n, NKG.endIndex),
                text(g, n, NKG.anchorOf), sentence == null ? -1 : integer(g, sentence, NKG.sentenceIndex),
                sentence == null ? null : text(g, sentence, NKG.anchorOf),
                sentence == null ? -1 : integer(g, sentence, NKG.beginIndex), text(g, n, NKG.mentionRule));
    }

    private static String type(Graph g, Node x) {
        return g.find(x, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Explainer::isNkg).map(c -> c.getURI().substring(NKG.NS.length())).sorted().findFirst().orElse("");
    }

    private static Node subjectOfType(Graph g, Node type) {
        var it = g.find(Node.ANY, RDF.type.asNode(), type);
        return it.hasNext() ? it.next().getSubject() : null;
    }

    private static Node object(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = object(g, s, p);
        if (o == null) {
            return null;
        }
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }

    private static int integer(Graph g, Node s, Node p) {
        String v = text(g, s, p);
        try {
            return v == null ? -1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
