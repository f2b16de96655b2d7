package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.NewsKgException;
import org.newskg.query.QueryRunner;
import org.newskg.query.ResultFormat;
import org.newskg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg query FILE.rq | -e SPARQL}: runs a SPARQL query over the union of all article graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query against the store. The default graph is the union of all article graphs; "
                + "GRAPH ?g { ... } reaches each article's own graph. The run log (ingest times) is outside it: "
                + "GRAPH <urn:x-arq:DefaultGraph> { ... }.",
                "Queries only (SELECT, ASK, CONSTRUCT, DESCRIBE): the store is never changed; kg serve --update takes updates.",
                "Ready queries are in queries/ (entities.rq, articles.rq, ...)."})
public final class QueryCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query (- for standard input).")
        Path file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text itself.")
        String expression;
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Result format for SELECT/ASK: table, csv, tsv or json (CSV and JSON are the W3C SPARQL "
                    + "results formats; default: ${DEFAULT-VALUE}). CONSTRUCT/DESCRIBE results are written as Turtle.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write results to FILE instead of standard output.")
    Path output;

    @Option(names = "--service-endpoint", paramLabel = "URL",
            description = "Send the query's SERVICE <https://query.wikidata.org/sparql> clauses to URL instead "
                    + "(a Wikidata mirror or test server); see queries/federated-wikidata.rq.")
    String serviceEndpoint;

    @Override
    public Integer call() throws IOException {
        ResultFormat fmt = parseFormat(format);
        String sparql = readQuery();
        if (serviceEndpoint != null) {
            sparql = org.newskg.query.ServiceEndpoints.rewrite(sparql, serviceEndpoint);
        }
        QueryRunner.parse(sparql);   // a syntax error or an update is reported even without a store
        StatsCommand.requireStore(store);
        try (KgStore kg = KgStore.open(store.path());
             Output out = Output.to(output)) {
            new QueryRunner(kg).run(sparql, fmt, out.stream());
            out.commit();
        }
        return ExitCodes.OK;
    }

    private String readQuery() {
        if (source.expression != null) {
            return source.expression;
        }
        try {
            if (source.file.toString().equals("-")) {
                return new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            return Files.readString(source.file);
        } catch (IOException e) {
            throw new NewsKgException("cannot read query file " + source.file + ": " + e.getMessage(), e);
        }
    }

    private ResultFormat parseFormat(String s) {
        try {
            return ResultFormat.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--format': '" + s + "' (expected table, csv, tsv or json)");
        }
    }
}
