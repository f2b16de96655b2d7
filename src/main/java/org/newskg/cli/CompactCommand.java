package org.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newskg.store.Compaction;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg compact}: gives back the disk space that re-ingesting articles leaves behind in the store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: copy its live data into a new generation and delete the old one.",
                "Every ingest leaves the space of the graphs it replaced behind (TDB2 never reuses it), so a store "
                        + "whose articles are ingested again and again grows with each run; after compaction it is "
                        + "about the size of one ingest. The store must not be in use (stop 'kg serve' first).",
                "Prints the disk space used before and after (as du -sk counts it)."})
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StatsCommand.requireStore(store);   // compacting a mistyped path must not create a store there
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = KgStore.open(store.path())) {
            Compaction.Result r = Compaction.run(kg);
            out.println("Compacted " + kg.dir() + ": " + kg.graphCount() + " article graphs, "
                    + String.format(java.util.Locale.ROOT, "%,d", kg.tripleCount()) + " triples kept; disk use "
                    + size(r.kbBefore()) + " before, " + size(r.kbAfter()) + " after");
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String size(long kb) {
        return kb < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%.1f MB", kb / 1024.0);
    }
}
