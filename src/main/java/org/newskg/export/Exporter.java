package org.newskg.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterSettings;
import org.newskg.NewsKgException;
import org.newskg.prov.RunLog;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * Writes the store, or one article graph, in a standard RDF syntax through RDF4J Rio.
 *
 * <pre>{@code
 * new Exporter().export(store, ExportFormat.TRIG, null, out);                        // everything
 * new Exporter().export(store, ExportFormat.TURTLE, Iris.graph(id).getURI(), out);   // one article
 * }</pre>
 * Statements are sorted (graph, subject, predicate, object; IRIs before blank nodes before literals,
 * then by lexical form, datatype and language), so the same store always gives the same bytes.
 * Turtle, N-Triples and RDF/XML carry no graphs: they get the union of the graphs with duplicates removed.
 * Control characters in literals are escaped ({@link ControlEscapingWriter}); a term the format cannot carry
 * at all is refused before anything is written ({@link TermCheck}).
 * Stateless and thread-safe.
 */
public final class Exporter {

    private static final Comparator<Value> VALUE_ORDER = Comparator
            .comparingInt(Exporter::kindRank)
            .thenComparing(Value::stringValue)
            .thenComparing(v -> v instanceof Literal l ? l.getDatatype().stringValue() : "")
            .thenComparing(v -> v instanceof Literal l ? l.getLanguage().orElse("") : "");
    private static final Comparator<Statement> TRIPLE_ORDER = Comparator
            .comparing(Statement::getSubject, VALUE_ORDER)
            .thenComparing(Statement::getPredicate, VALUE_ORDER)
            .thenComparing(Statement::getObject, VALUE_ORDER);
    private static final Comparator<Statement> QUAD_ORDER = Comparator
            .comparing((Statement s) -> s.getContext(), Comparator.nullsFirst(VALUE_ORDER))
            .thenComparing(TRIPLE_ORDER);

    private final ValueFactory vf = SimpleValueFactory.getInstance();

    /**
     * Writes {@code format} to {@code out} (flushed, not closed): all graphs, or only {@code graphIriOrNull}.
     *
     * @throws NewsKgException when the graph is not in the store or writing fails
     */
    public void export(KgStore store, ExportFormat format, String graphIriOrNull, OutputStream out) {
        export(store, format, graphIriOrNull, out, false);
    }

    /**
     * As {@link #export(KgStore, ExportFormat, String, OutputStream)}; the run-log graph (ingest times, which
     * differ on every run) is left out of a whole-store export unless {@code includeRunlog}.
     */
    public void export(KgStore store, ExportFormat format, String graphIriOrNull, OutputStream out, boolean includeRunlog) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        List<Statement> statements = statements(store, graphIriOrNull, format.hasGraphs(), includeRunlog);
        // Checked before writing: a refused export leaves no half-written file, not even on standard output.
        TermCheck.requireWritable(statements, format);
        Writer text = new ControlEscapingWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                format == ExportFormat.RDFXML ? ControlEscapingWriter.Style.XML : ControlEscapingWriter.Style.UCHAR);
        RDFWriter writer = Rio.createWriter(format.rdfFormat(), text);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        // Rio would rewrite "0.9"^^xsd:double as 9.0E-1: equal value, different term; keep the terms exact.
        writer.getWriterConfig().set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false);
        // Compact JSON-LD uses the declared namespaces as its @context: far easier to read than expanded.
        writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        try {
            writer.startRDF();
            NKG.prefixes().forEach(writer::handleNamespace);
            for (Statement st : statements) {
                writer.handleStatement(st);
            }
            writer.endRDF();
            text.flush();
        } catch (RDFHandlerException | java.io.IOException e) {
            throw new NewsKgException("cannot write " + format + " export: " + e.getMessage(), e);
        }
    }

    /** The sorted statements to export: quads when {@code keepGraphs}, else the deduplicated union. */
    List<Statement> statements(KgStore store, String graphIriOrNull, boolean keepGraphs) {
        return statements(store, graphIriOrNull, keepGraphs, false);
    }

    List<Statement> statements(KgStore store, String graphIriOrNull, boolean keepGraphs, boolean includeRunlog) {
        Node graph = graphIriOrNull == null ? Node.ANY : NodeFactory.createURI(graphIriOrNull);
        boolean runLogOnly = graph.equals(RunLog.GRAPH);
        if (graphIriOrNull != null && !runLogOnly && !store.containsGraph(graph)) {
            throw new NewsKgException("no graph <" + graphIriOrNull + "> in the store");
        }
        TreeSet<Statement> sorted = new TreeSet<>(keepGraphs ? QUAD_ORDER : TRIPLE_ORDER);
        store.read(() -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            if (runLogOnly || includeRunlog && graph == Node.ANY) {
                RunLog.quads(store).forEach(q -> sorted.add(statement(q, keepGraphs)));
            }
            if (runLogOnly) {
                return null;
            }
            var it = graph == Node.ANY ? dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
            try {
                while (it.hasNext()) {
                    Quad q = it.next();
                    // An older store's run-log graph: RunLog.quads() gave it when asked.
                    if (!q.getGraph().equals(RunLog.GRAPH)) {
                        sorted.add(statement(q, keepGraphs));
                    }
                }
            } finally {
                Iter.close(it);
            }
            return null;
        });
        return new ArrayList<>(sorted);
    }

    private Statement statement(Quad q, boolean keepGraph) {
        Resource s = resource(q.getSubject());
        IRI p = vf.createIRI(q.getPredicate().getURI());
        Value o = value(q.getObject());
        return keepGraph ? vf.createStatement(s, p, o, resource(q.getGraph())) : vf.createStatement(s, p, o);
    }

    private Resource resource(Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return bnode(n);
        }
        throw new NewsKgException("cannot export " + n + " in subject or graph position");
    }

    private Value value(Node n) {
        if (n.isURI() || n.isBlank()) {
            return resource(n);
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return vf.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new NewsKgException("cannot export node " + n + " (triple terms are not exported)");
    }

    /** Blank node ids made safe for every syntax; equal Jena labels give equal ids. */
    private BNode bnode(Node n) {
        StringBuilder b = new StringBuilder("b");
        for (char c : n.getBlankNodeLabel().toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(c) : "_" + Integer.toHexString(c));
        }
        return vf.createBNode(b.toString());
    }

    private static int kindRank(Value v) {
        if (v.isIRI()) {
            return 0;
        }
        return v.isBNode() ? 1 : 2;
    }
}
