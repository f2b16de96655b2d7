package org.newskg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.progress.MonitorOutput;
import org.newskg.NewsKgException;
import org.newskg.ingest.IngestProblem;
import org.newskg.rdf.NKG;
import org.newskg.store.BulkLoad;
import org.newskg.store.KgStore;
import picocli.CommandLine;

/**
 * {@code kg ingest --bulk}: builds the articles on the worker threads into one N-Quads file in a hidden folder beside
 * the store, then has the TDB2 bulk loader build the store from it (see {@link BulkLoad}, all or nothing); the folder
 * is removed afterwards.
 *
 * <pre>{@code
 * BulkIngest.requireEmpty(storeDir, commandLine);                      // before any work
 * BulkIngest.Result r = new BulkIngest(storeDir, BulkLoad.Plan.PHASED, null, 2).run(feed, builders, problems::add, progress);
 * }</pre>
 * The run log gets, per article loaded, when its processing began and, as its end, when the load finished (a normal
 * ingest gives the commit of its batch): it still says what was ingested. Not thread-safe: one run at a time.
 */
final class BulkIngest {

    /** What a run did: articles written, when extraction ended ({@link System#nanoTime}), and the load. */
    record Result(int written, long extractedAt, BulkLoad.Result loaded) {
    }

    private final Path target;
    private final BulkLoad.Plan plan;
    private final Path quarantine;
    private final int threads;

    /** {@code quarantine} may be null (refused graphs are not kept). */
    BulkIngest(Path store, BulkLoad.Plan plan, Path quarantine, int threads) {
        this.target = store.toAbsolutePath().normalize();
        this.plan = plan;
        this.quarantine = quarantine;
        this.threads = threads;
    }

    /** Refuses, as a bad command line (exit code 2), a store that holds any quad: {@code --bulk} builds a new store. */
    static void requireEmpty(Path store, CommandLine commandLine) {
        if (!Files.exists(store)) {
            return;
        }
        // Opening refuses a file and a folder of other files (exit code 3), so that the load never replaces either.
        try (KgStore kg = KgStore.open(store)) {
            long quads = kg.read(() -> Iter.count(kg.dataset().asDatasetGraph().find()));
            if (quads > 0) {
                throw new CommandLine.ParameterException(commandLine, "--bulk builds a new store, but " + kg.dir()
                        + " already holds " + quads + " quads; ingest into it without --bulk, or give a new or empty --store");
            }
        }
    }

    /** Extracts every article the feed reads into N-Quads, then builds the store from them. */
    Result run(ArticleFeed feed, BuilderThreads builders, Consumer<IngestProblem> problems, MonitorOutput progress) {
        Path work = workFolder();
        try {
            BulkWriter quads;
            try (OrderedExecutor executor = new OrderedExecutor(threads, threads * IngestCommand.WAITING_PER_THREAD);
                 BulkWriter w = new BulkWriter(work.resolve("articles.nq"), quarantine, problems)) {
                quads = w;
                feed.feed(executor, w::report, w::written,
                        article -> executor.submit(() -> BulkWriter.prepare(builders.get().build(article)), w::accept));
            }
            long extracted = System.nanoTime();
            BulkLoad.Result loaded = BulkLoad.build(target, work.resolve("store"), List.of(quads.file()), plan, progress, kg -> {
                kg.dataset().executeWrite(() -> NKG.prefixes().forEach(kg.dataset().asDatasetGraph().prefixes()::add));
                quads.recordRunLog(kg, Instant.now());
            });
            return new Result(quads.written(), extracted, loaded);
        } finally {
            BulkLoad.deleteTree(work);
        }
    }

    /** A new folder beside the store (so on its file system: the loaded store is moved, not copied, into place). */
    private Path workFolder() {
        try {
            Path parent = Files.createDirectories(target.getParent());
            return Files.createTempDirectory(parent, "." + target.getFileName() + ".bulk-");
        } catch (IOException e) {
            throw new NewsKgException("cannot create a working folder beside " + target + ": " + e.getMessage(), e);
        }
    }
}
