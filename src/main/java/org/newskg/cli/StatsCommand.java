package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.newskg.NewsKgException;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg stats}: what the store holds, in the same words as the summary {@code kg ingest} prints. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Print what the store holds: article graphs, triples, entities by type, the most mentioned entities.")
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        requireStore(store);
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = KgStore.open(store.path())) {
            Summary.of(kg).print(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** Read-only commands must not create an empty store where the user mistyped a path. */
    static void requireStore(StoreOption store) {
        if (!KgStore.exists(store.path())) {
            String what = Files.isDirectory(store.path()) ? "no store in " : "no store at ";
            throw new NewsKgException(what + store.path() + " (run kg ingest first, or give --store DIR)");
        }
    }
}
