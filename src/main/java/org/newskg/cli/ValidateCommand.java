package org.newskg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newskg.rdf.NKG;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.NewsKgException;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;
import org.newskg.validate.StoreValidator;
import org.newskg.validate.ValidationResult;
import org.newskg.validate.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg validate}: checks every article graph of the store against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check every article graph of the store against the SHACL shapes in ontology/shapes.ttl "
                + "(each graph on its own, with the ontology's class tree).",
                "Prints each result (violations, and warnings marked 'warning:') with its article graph, focus node, "
                + "property path and message, or the W3C SHACL validation report graph with --format turtle.",
                "Exit code 1 when any graph has a result of severity Violation; warnings alone exit 0."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable report) or turtle (the W3C SHACL report graph) (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("text") && !fmt.equals("turtle")) {
            throw new NewsKgException("unknown report format '" + format + "' (expected text or turtle)");
        }
        StatsCommand.requireStore(store);
        ArticleValidator validator = ArticleValidator.load();
        ValidationResult r;
        long graphs;
        Map<String, String> articles = new TreeMap<>();
        try (KgStore kg = KgStore.open(store.path())) {
            r = new StoreValidator(validator).validate(kg);
            graphs = r.graphs();
            r.violations().stream().map(Violation::graph).distinct().forEach(g -> articles.put(g, article(kg, g)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("turtle")) {
            r.report().getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
            java.io.StringWriter w = new java.io.StringWriter();
            RDFDataMgr.write(w, r.report(), Lang.TURTLE);
            out.print(w);
        } else {
            printText(out, r, graphs, articles);
        }
        out.flush();
        return r.conforms() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** "article <IRI> \"headline\"" for people, or "" when the graph holds no article. */
    private static String article(KgStore kg, String graph) {
        return kg.read(() -> {
            Graph g = kg.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(graph));
            var it = g.find(Node.ANY, RDF.type.asNode(), NKG.Article);
            if (!it.hasNext()) {
                return "";
            }
            Node a = it.next().getSubject();
            var h = g.find(a, NKG.headline, Node.ANY);
            return " (article <" + a.getURI() + ">" + (h.hasNext() ? " \"" + h.next().getObject().getLiteralLexicalForm() + "\"" : "") + ")";
        });
    }

    private static void printText(PrintWriter out, ValidationResult r, long graphs, Map<String, String> articles) {
        String current = null;
        for (Violation v : r.violations()) {
            if (!Objects.equals(current, v.graph())) {
                current = v.graph();
                out.println("Graph <" + current + ">" + articles.getOrDefault(current, "") + ":");
            }
            out.println("  " + v.describe());
        }
        int warnings = r.violations().size() - r.errors().size();
        String warned = warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")";
        if (r.conforms()) {
            out.printf(Locale.ROOT, "%d graph%s checked: all conform to the shapes%s.%n", graphs, graphs == 1 ? "" : "s", warned);
        } else {
            long bad = r.errors().stream().map(Violation::graph).distinct().count();
            out.printf(Locale.ROOT, "%d graph%s checked: %d violation%s in %d graph%s%s.%n", graphs, graphs == 1 ? "" : "s",
                    r.errors().size(), r.errors().size() == 1 ? "" : "s", bad, bad == 1 ? "" : "s", warned);
        }
    }
}
