package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.newskg.NewsKgException;
import org.newskg.serve.ArticleIntake;
import org.newskg.serve.Credentials;
import org.newskg.serve.ServeOptions;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kg serve}: a SPARQL endpoint (embedded Fuseki) over the store, until Ctrl-C or SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store as a SPARQL endpoint (Apache Jena Fuseki) at http://HOST:PORT/kg/sparql, "
                + "until interrupted (Ctrl-C or SIGTERM stop the server, close the store and exit 0). "
                + "The default graph is the union of all article graphs. A page to explore the graph (search, "
                + "entities, events, articles, the ready queries, upload) is served at http://HOST:PORT/.",
                "Read-only by default; reads need no credentials. Writes need HTTP basic authentication against "
                + "--password-file or --password-env (there is no default password): SPARQL Update and graph store "
                + "writes with --update, POST /kg/ingest?name=FILE (the article as the body) with --ingest. A write "
                + "without valid credentials gets 401, one to an operation not enabled 403.",
                "Every query and update is stopped after --timeout; a SELECT answers at most --max-rows rows; a request "
                + "body over --max-body gets 413; SERVICE and LOAD are refused unless --allow-service.",
                "The server owns the store: other kg commands on it are refused (store in use) until it stops; "
                + "send articles with 'kg ingest --server URL' instead."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    DataOption data;

    @Mixin
    NerModelOption nerModels;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default) serves this machine only; 0.0.0.0 serves the network.")
    String host;

    @Option(names = "--update", description = "Also accept SPARQL Update and graph store writes, from users of "
            + "--password-file or --password-env.")
    boolean update;

    @Option(names = "--ingest", description = "Accept articles at POST /kg/ingest?name=FILE (and from 'kg ingest --server'), "
            + "from users of --password-file or --password-env; they are extracted and stored by this process, one "
            + "transaction per article, while queries go on; an article taking longer than kg ingest's default "
            + "--article-timeout is refused. Loads the NLP models at start.")
    boolean ingest;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "The users who may write: one user:password a line (# comments and blank lines skipped).")
    Path passwordFile;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "An environment variable holding user:password, the one user who may write.")
    String passwordEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop any query or update running longer than this (default: ${DEFAULT-VALUE} s); the client gets an error (503).")
    double timeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "" + ServeOptions.DEFAULT_MAX_ROWS,
            description = "A SELECT query answers at most N rows: a missing or larger LIMIT is lowered to N (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServeOptions.DEFAULT_MAX_BODY,
            description = "Refuse request bodies (queries, updates, uploaded articles) larger than this with 413 (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--allow-service", description = "Let queries use SERVICE (other SPARQL endpoints) and updates use LOAD "
            + "(files and URLs the server can read); refused by default.")
    boolean allowService;

    @Override
    public Integer call() {
        ServeOptions options = options();
        StatsCommand.requireStore(store);
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = KgStore.open(store.path())) {
            ArticleIntake intake = ingest ? ArticleIntake.load(kg, data.path(), nerModels.paths(), maxBody,
                    Duration.ofSeconds(IngestCommand.DEFAULT_ARTICLE_TIMEOUT)) : null;
            try (SparqlServer server = SparqlServer.start(kg, options, intake);
                 StopSignals signals = StopSignals.install(server::close)) {
                out.println("Explore the graph: " + server.base());
                out.println("SPARQL endpoint: " + server.endpoint() + (update ? " (read-write)" : " (read-only)"));
                if (intake != null) {
                    out.println("Ingest endpoint: " + server.base().resolve(SparqlServer.INGEST.substring(1)));
                }
                out.println("Press Ctrl-C to stop.");
                out.flush();
                server.join();
            }
        }
        out.println("Stopped; the store is closed.");
        out.flush();
        return ExitCodes.OK;
    }

    private ServeOptions options() {
        if (port < 0 || port > 65535) {
            throw usage("Invalid value for option '--port': " + port + " is not a TCP port (0 to 65535; 0 picks a free one)");
        }
        if (!(timeout > 0) || timeout > Duration.ofDays(1).toSeconds()) {
            throw usage("Invalid value for option '--timeout': " + timeout + " (seconds, more than 0 and at most one day)");
        }
        if (maxRows < 1 || maxBody < 1) {
            throw usage("--max-rows and --max-body must be at least 1, got " + maxRows + " and " + maxBody);
        }
        Credentials users = credentials();
        if ((update || ingest) && users == null) {
            throw usage((update ? "--update" : "--ingest") + " needs credentials: give --password-file FILE (lines user:password) "
                    + "or --password-env VAR (a variable holding user:password); there is no default password");
        }
        ServeOptions o = ServeOptions.readOnly(host, port).withCredentials(users)
                .withTimeout(Duration.ofMillis(Math.max(1, Math.round(timeout * 1000))))
                .withMaxRows(maxRows).withMaxBody(maxBody).withAllowService(allowService);
        return update ? o.withUpdate(users) : o;
    }

    /** The users of --password-file or --password-env, or null when neither is given; a bad source is a usage error. */
    private Credentials credentials() {
        if (passwordFile != null && passwordEnv != null) {
            throw usage("give --password-file or --password-env, not both");
        }
        try {
            if (passwordFile != null) {
                return Credentials.fromFile(passwordFile);
            }
            return passwordEnv == null ? null : Credentials.fromVariable(passwordEnv, System.getenv(passwordEnv));
        } catch (NewsKgException e) {
            throw usage(e.getMessage());
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
