package org.newskg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.store.KgStore;

/**
 * Validates every named graph of a store, one graph at a time (each article graph must conform on its
 * own, since it is replaced on its own).
 *
 * <pre>{@code
 * ValidationResult r = new StoreValidator(ArticleValidator.load()).validate(store);
 * }</pre>
 * The run-log graph (ingest times) is not an article graph and is skipped. Thread-safe.
 */
public final class StoreValidator {

    private final ArticleValidator validator;

    public StoreValidator(ArticleValidator validator) {
        this.validator = validator;
    }

    /** All violations, sorted by graph, focus node and path; the report graph merges the per-graph reports. */
    public ValidationResult validate(KgStore store) {
        List<Node> graphs = store.articleGraphs();
        List<Violation> all = new ArrayList<>();
        Graph report = GraphFactory.createDefaultGraph();
        Node root = NodeFactory.createBlankNode();
        for (Node name : graphs) {
            Graph g = store.read(() -> copy(store.dataset().asDatasetGraph(), name));
            ValidationResult r = validator.validate(g, name.getURI());
            all.addAll(r.violations());
            merge(r.report(), report, root);
        }
        report.add(root, RDF.type.asNode(), SHACL.ValidationReport);
        report.add(root, SHACL.conforms, NodeFactory.createLiteralDT(Boolean.toString(all.isEmpty()), XSDDatatype.XSDboolean));
        return new ValidationResult(all, report, graphs.size());
    }

    /** Copies one report's results into {@code into}, hung from the single report node {@code root}. */
    private static void merge(Graph from, Graph into, Node root) {
        Set<Node> reports = new HashSet<>();
        from.find(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport).forEachRemaining(t -> reports.add(t.getSubject()));
        from.find().forEachRemaining(t -> {
            if (!reports.contains(t.getSubject())) {
                into.add(t);
            } else if (t.getPredicate().equals(SHACL.result)) {
                into.add(root, SHACL.result, t.getObject());
            }
        });
    }

    private static Graph copy(DatasetGraph dsg, Node name) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(g::add);
        return g;
    }
}
