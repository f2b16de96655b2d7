package org.newskg.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.update.UpdateFactory;
import org.newskg.NewsKgException;
import org.newskg.store.KgStore;

/**
 * Runs SPARQL queries against a {@link KgStore}, whose default graph is the union of all article graphs.
 *
 * <pre>{@code
 * new QueryRunner(store).run(Files.readString(Path.of("queries/entities.rq")), ResultFormat.CSV, System.out);
 * List<Map<String, String>> rows = new QueryRunner(store).select("SELECT ?s { ?s a nkg:Person }");
 * }</pre>
 * Each query runs in its own read transaction. Thread-safe as far as the store is.
 */
public final class QueryRunner {

    private final KgStore store;

    public QueryRunner(KgStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query and writes its result to {@code out} (not closed):
     * SELECT and ASK in {@code format}, CONSTRUCT and DESCRIBE as Turtle.
     */
    public void run(String sparql, ResultFormat format, OutputStream out) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Query query = parse(sparql);
        store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                if (query.isSelectType()) {
                    writeSelect(qe.execSelect(), query, format, out);
                } else if (query.isAskType()) {
                    writeAsk(qe.execAsk(), format, out);
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                } else {
                    throw new NewsKgException("unsupported query type " + query.queryType());
                }
            }
            return null;
        });
    }

    /**
     * Runs a SELECT query and returns its rows: variable name to the lexical form of its value
     * (IRI string, literal lexical form, blank node label); unbound variables are absent.
     */
    public List<Map<String, String>> select(String sparql) {
        Query query = parse(sparql);
        if (!query.isSelectType()) {
            throw new NewsKgException("select() needs a SELECT query, got " + query.queryType());
        }
        return store.read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<Var> vars = query.getProjectVars();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding b = rs.nextBinding();
                    Map<String, String> row = new LinkedHashMap<>();
                    for (Var v : vars) {
                        Node n = b.get(v);
                        if (n != null) {
                            row.put(v.getVarName(), lexical(n));
                        }
                    }
                    rows.add(row);
                }
                return List.copyOf(rows);
            }
        });
    }

    /** Parses a query, turning a syntax error into a message with its line and column. */
    public static Query parse(String sparql) {
        Objects.requireNonNull(sparql, "sparql");
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            if (isUpdate(sparql)) {
                throw new NewsKgException("this is a SPARQL update, and kg query runs queries only (SELECT, ASK, CONSTRUCT, "
                        + "DESCRIBE); it never changes the store. Articles change through kg ingest; to send an update, run "
                        + "kg serve --update and POST it to http://127.0.0.1:3030/kg/update", e);
            }
            throw new NewsKgException("SPARQL syntax error at line " + e.getLine() + ", column " + e.getColumn()
                    + ": " + e.getMessage(), e);
        }
    }

    private static boolean isUpdate(String sparql) {
        try {
            UpdateFactory.create(sparql);
            return true;
        } catch (QueryParseException e) {
            return false;
        }
    }

    private static String lexical(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (n.isBlank()) {
            return n.getBlankNodeLabel();
        }
        return n.toString();
    }

    private static void writeSelect(ResultSet rs, Query query, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
        }
    }
}
