package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kg serve}: a SPARQL endpoint (embedded Fuseki) over the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store as a SPARQL endpoint (Apache Jena Fuseki) at http://HOST:PORT/kg/sparql, "
                + "until interrupted. The default graph is the union of all article graphs.",
                "Read-only unless --update is given. Stop other kg commands on the same store first: a TDB2 store "
                + "is used by one process at a time."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (default) serves this machine only; 0.0.0.0 serves the network.")
    String host;

    @Option(names = "--update", description = "Also accept SPARQL Update and graph store writes.")
    boolean update;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--port': " + port + " is not a TCP port (0 to 65535; 0 picks a free one)");
        }
        StatsCommand.requireStore(store);
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = KgStore.open(store.path());
             SparqlServer server = SparqlServer.start(kg, host, port, update)) {
            out.println("SPARQL endpoint: " + server.endpoint() + (update ? " (read-write)" : " (read-only)"));
            out.println("Press Ctrl-C to stop.");
            out.flush();
            server.join();
        }
        return ExitCodes.OK;
    }
}
