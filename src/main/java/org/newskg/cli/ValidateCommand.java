package org.newskg.cli;

import java.io.PrintWriter;
import java.util.Locale;
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
                "Prints each violation with its article graph, focus node, property path and message, or the W3C "
                + "SHACL validation report graph with --format turtle. Exit code 1 when any graph violates a shape."})
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
        try (KgStore kg = KgStore.open(store.path())) {
            r = new StoreValidator(validator).validate(kg);
            graphs = r.graphs();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("turtle")) {
            r.report().getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
            java.io.StringWriter w = new java.io.StringWriter();
            RDFDataMgr.write(w, r.report(), Lang.TURTLE);
            out.print(w);
        } else {
            printText(out, r, graphs);
        }
        out.flush();
        return r.conforms() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    private static void printText(PrintWriter out, ValidationResult r, long graphs) {
        String current = null;
        for (Violation v : r.violations()) {
            if (!Objects.equals(current, v.graph())) {
                current = v.graph();
                out.println("Graph <" + current + ">:");
            }
            out.println("  " + v.describe());
        }
        if (r.conforms()) {
            out.printf(Locale.ROOT, "%d graph%s checked: all conform to the shapes.%n", graphs, graphs == 1 ? "" : "s");
        } else {
            long bad = r.violations().stream().map(Violation::graph).distinct().count();
            out.printf(Locale.ROOT, "%d graph%s checked: %d violation%s in %d graph%s.%n", graphs, graphs == 1 ? "" : "s",
                    r.violations().size(), r.violations().size() == 1 ? "" : "s", bad, bad == 1 ? "" : "s");
        }
    }
}
