package org.newskg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that reads or writes the graph. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "${NEWSKG_STORE:-kg-store}",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}; env NEWSKG_STORE). kg ingest creates it when missing; query, stats, export, explain, validate and serve refuse a missing or empty one.")
    Path store;

    public Path path() {
        return store;
    }
}
