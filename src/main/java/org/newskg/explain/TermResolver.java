package org.newskg.explain;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.NewsKgException;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * Turns what a user types into the node it names: an IRI ({@code <...>} or with {@code ://}), a prefixed
 * name ({@code entity:Q15031}, {@code nkg:talkedWith}, {@code wd:Q7747}), a Wikidata id ({@code Q7747}), or
 * a label (an entity's full name, case-insensitive, or the text of a mention such as a surname).
 *
 * <pre>{@code
 * TermResolver r = new TermResolver(store);
 * Node e = r.resource("Doe");                 // the entity a mention "Doe" refers to
 * Node p = r.predicate("talkedWith");         // nkg:talkedWith
 * }</pre>
 * Thread-safe as the store is.
 */
public final class TermResolver {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*):([^/\\s]*)");
    private static final Pattern LITERAL_LIKE = Pattern.compile("[0-9\"'].*");
    private static final int SHOWN = 8;

    private final KgStore store;
    private final Map<String, String> prefixes = NKG.prefixes();

    public TermResolver(KgStore store) {
        this.store = store;
    }

    /** The predicate: an IRI or prefixed name, else a local name of the newskg ontology ("talkedWith"). */
    public Node predicate(String term) {
        Node iri = iriOrNull(term);
        if (iri != null) {
            return iri;
        }
        if (!term.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new NewsKgException("'" + term + "' is neither an IRI, a prefixed name nor an ontology local name");
        }
        return NodeFactory.createURI(NKG.NS + term);
    }

    /** An object: a literal when quoted or starting with a digit ("2024-02-08"), else as {@link #resource}. */
    public Node object(String term) {
        if (LITERAL_LIKE.matcher(term).matches()) {
            String s = term.length() >= 2 && (term.startsWith("\"") && term.endsWith("\"")
                    || term.startsWith("'") && term.endsWith("'")) ? term.substring(1, term.length() - 1) : term;
            return NodeFactory.createLiteralString(s);
        }
        return resource(term);
    }

    /** A node of the graph: IRI, prefixed name, Wikidata id, label or mention text. */
    public Node resource(String term) {
        String t = term.strip();
        if (t.isEmpty()) {
            throw new NewsKgException("empty term");
        }
        Node iri = iriOrNull(t);
        if (iri != null) {
            return iri.getURI().startsWith(NKG.WD) ? sameAs(iri) : iri;
        }
        if (QID.matcher(t).matches()) {
            return sameAs(NodeFactory.createURI(NKG.WD + t));
        }
        return byLabel(t);
    }

    private Node iriOrNull(String t) {
        if (t.startsWith("<") && t.endsWith(">")) {
            return NodeFactory.createURI(t.substring(1, t.length() - 1));
        }
        if (t.contains("://")) {
            return NodeFactory.createURI(t);
        }
        var m = PREFIXED.matcher(t);
        if (m.matches() && prefixes.containsKey(m.group(1))) {
            return NodeFactory.createURI(prefixes.get(m.group(1)) + m.group(2));
        }
        return null;
    }

    /** Our entity that is owl:sameAs a Wikidata IRI, or the Wikidata IRI when none is. */
    private Node sameAs(Node wd) {
        return store.read(() -> {
            var it = store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, OWL.sameAs.asNode(), wd);
            return it.hasNext() ? it.next().getSubject() : wd;
        });
    }

    private Node byLabel(String label) {
        String wanted = label.toLowerCase(Locale.ROOT);
        TreeSet<String> found = store.read(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            TreeSet<String> byLabel = matches(dsg, RDFS.label.asNode(), wanted, false);
            return byLabel.isEmpty() ? matches(dsg, NKG.anchorOf, wanted, true) : byLabel;
        });
        if (found.isEmpty()) {
            throw new NothingFoundException("nothing in the store is labelled or mentioned as '" + label
                    + "' (give an IRI, a prefixed name such as entity:Q15031, or a Wikidata id)");
        }
        if (found.size() > 1) {
            throw new NewsKgException("'" + label + "' names " + found.size() + " nodes; give one of them as an IRI: "
                    + String.join(", ", found.stream().limit(SHOWN).map(s -> "<" + s + ">").toList())
                    + (found.size() > SHOWN ? ", ..." : ""));
        }
        return NodeFactory.createURI(found.first());
    }

    /** Subjects whose {@code p} equals {@code wanted} (ignoring case); for mentions, the entities they refer to. */
    private static TreeSet<String> matches(DatasetGraph dsg, Node p, String wanted, boolean followMention) {
        TreeSet<String> out = new TreeSet<>();
        var it = dsg.find(Node.ANY, Node.ANY, p, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getObject().isLiteral() || !q.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).equals(wanted)) {
                continue;
            }
            if (!followMention) {
                if (q.getSubject().isURI()) {
                    out.add(q.getSubject().getURI());
                }
                continue;
            }
            dsg.find(q.getGraph(), q.getSubject(), NKG.refersTo, Node.ANY)
                    .forEachRemaining(r -> out.add(r.getObject().getURI()));
        }
        return out;
    }
}
