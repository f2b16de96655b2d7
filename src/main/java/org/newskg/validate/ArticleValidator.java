package org.newskg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.NewsKgException;
import org.newskg.rdf.NKG;

/**
 * Validates one article graph in memory against {@code ontology/shapes.ttl} with Jena SHACL.
 *
 * <pre>{@code
 * ArticleValidator v = ArticleValidator.load();
 * ValidationResult r = v.validate(articleGraph, Iris.graph(id).getURI());
 * }</pre>
 * The data graph is checked together with the ontology's rdfs:subClassOf axioms between newskg classes, so
 * {@code sh:class nkg:Entity} accepts an {@code nkg:Country}. The spans' offsets and anchors are
 * checked against the article text by {@link TextSpanCheck}, once per article, and reported with the SHACL
 * results. The shapes are parsed once, their {@code sh:or}s of bare datatypes compiled to a direct test
 * ({@link DatatypeChoice}: same verdicts and entries); Jena's validator
 * keeps no state between calls, so one instance may be shared between threads.
 */
public final class ArticleValidator {

    private static final Comparator<Violation> ORDER = Comparator
            .comparing((Violation v) -> v.graph() == null ? "" : v.graph())
            .thenComparing(Violation::focus)
            .thenComparing(v -> v.path() == null ? "" : v.path())
            .thenComparing(Violation::message)
            .thenComparing(v -> v.value() == null ? "" : v.value());

    private final Shapes shapes;
    private final List<Triple> classTree;
    /** The class tree as a graph, built once and only read afterwards (so shared between threads). */
    private final Graph classTreeGraph;

    ArticleValidator(Shapes shapes, List<Triple> classTree) {
        this.shapes = shapes;
        this.classTree = List.copyOf(classTree);
        this.classTreeGraph = GraphMemFactory.createDefaultGraph();
        this.classTree.forEach(classTreeGraph::add);
    }

    /** A validator with the shapes and ontology of the newskg folder (see {@link OntologyFiles}). */
    public static ArticleValidator load() {
        return load(OntologyFiles.shapes(), OntologyFiles.ontology());
    }

    public static ArticleValidator load(Path shapesFile, Path ontologyFile) {
        try {
            return load(RDFDataMgr.loadGraph(shapesFile.toString()), RDFDataMgr.loadGraph(ontologyFile.toString()));
        } catch (RiotException | org.apache.jena.shacl.parser.ShaclParseException e) {
            throw new NewsKgException("cannot read " + shapesFile + " or " + ontologyFile + ": " + e.getMessage(), e);
        }
    }

    /** A validator of the shapes graph's shapes, their {@code sh:or}s of bare datatypes compiled ({@link DatatypeChoice}). */
    static ArticleValidator load(Graph shapesGraph, Graph ontology) {
        Shapes shapes = Shapes.parse(shapesGraph);
        DatatypeChoice.compile(shapes);
        List<Triple> tree = new ArrayList<>();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI() && t.getObject().getURI().startsWith(NKG.NS)) {
                tree.add(t);
            }
        });
        return new ArticleValidator(shapes, tree);
    }

    /** The parsed shapes as this validator runs them (its {@code sh:or}s of bare datatypes compiled). */
    Shapes shapes() {
        return shapes;
    }

    /** Validates {@code data} (left unchanged); {@code graphIri} names it in the violations and may be null. */
    public ValidationResult validate(Graph data, String graphIri) {
        return result(ShaclValidator.get().validate(shapes, withClassTree(data)), data, graphIri);
    }

    /** Jena's report on {@code data} with the text span checks, as violations and one report graph. */
    static ValidationResult result(ValidationReport report, Graph data, String graphIri) {
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(graphIri, text(e.focusNode()), e.resultPath() == null ? null : compact(e.resultPath().toString()),
                    e.message() == null ? "constraint " + e.sourceConstraintComponent() + " failed" : e.message(),
                    e.severity().level().getLocalName(), e.value() == null ? null : text(e.value())));
        }
        List<Violation> spans = TextSpanCheck.check(data, graphIri);
        out.addAll(spans);
        out.sort(ORDER);
        return new ValidationResult(out, spans.isEmpty() ? report.getGraph() : TextSpanCheck.withResults(report.getGraph(), spans), 1);
    }

    /**
     * The data and the class tree as one graph. An article graph holds no rdfs:subClassOf triple, so the two are
     * disjoint and a view over both (no copy: copying each article's triples was ~15% of validation) sees each triple
     * once; a graph that does hold one is copied with the tree, so that a triple in both is still seen once.
     */
    Graph withClassTree(Graph data) {
        if (!data.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)) {
            return new DisjointUnion(data, classTreeGraph);
        }
        Graph g = GraphMemFactory.createGraphMem2Roaring();
        data.find().forEachRemaining(g::add);
        classTree.forEach(g::add);
        return g;
    }

    /** {@code <https://w3id.org/newskg/ontology#inArticle>} as {@code nkg:inArticle}, for people. */
    static String compact(String path) {
        String out = path;
        for (var p : NKG.prefixes().entrySet()) {
            out = out.replaceAll("<" + java.util.regex.Pattern.quote(p.getValue()) + "([A-Za-z][A-Za-z0-9_-]*)>", p.getKey() + ":$1");
        }
        return out;
    }

    private static String text(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
