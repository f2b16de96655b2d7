package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import me.tongfei.progressbar.ProgressBar;
import org.apache.jena.system.progress.MonitorOutput;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.Format;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.InputScanner;
import org.newskg.ingest.LoaderOptions;
import org.newskg.ingest.ScanResult;
import org.newskg.pipeline.Resources;
import org.newskg.prov.RunLog;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.store.BulkLoad;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kg ingest PATH... | -}: reads articles, extracts entities and dates, links them and stores
 * one named graph per article. A bad file is reported and skipped; the others go on.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news articles (plain text, HTML, JSON Lines; files, directories recursively, "
                + "or - for standard input), extract their knowledge and store one named graph per article.",
                "Re-ingesting an article replaces its graph, so ingesting twice changes nothing.",
                "Each article graph is validated against the SHACL shapes first; a violating one is refused (see --quarantine).",
                "Articles are processed by several threads (see --threads); the store is written in input order, "
                        + "so the result and everything printed are the same with any number of threads.",
                "Many articles are committed per write transaction (see --batch-articles); an article the store "
                        + "refuses is retried alone, so it never keeps another out. Stopped midway, ingest keeps every "
                        + "batch committed; running it again completes the rest. SIGTERM or Ctrl-C commits the articles already "
                        + "built, closes the store and exits with status 143.",
                "With --bulk, a new store is built in two steps instead: the articles are extracted in parallel into "
                        + "N-Quads, then Jena's TDB2 bulk loader builds the store from them.",
                "Prints a summary (articles, triples, entities by type, time taken) at the end."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    DataOption data;

    @Mixin
    NerModelOption nerModels;

    @Mixin
    ServerOption server;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Article files or directories (searched recursively; hidden files skipped), or - for standard input.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force the input format: txt, html or jsonl (default: from the file extension, else sniffed from the content).")
    String format;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "20000000",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE} bytes).")
    long maxBytes;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_ARTICLE_TIMEOUT,
            description = "Refuse an article whose extraction and validation take longer than this, naming its file; "
                    + "the other articles go in, and the store is not changed by it (default: ${DEFAULT-VALUE} s; "
                    + "0: no limit).")
    double articleTimeout;

    @Option(names = "--compact-over", paramLabel = "RATIO", defaultValue = "4",
            description = "Compact the store (as 'kg compact' does) whenever its disk use exceeds RATIO times what its "
                    + "triples need (about 4 MB plus 400 bytes per triple), checked after each committed batch: every commit "
                    + "copies the index blocks it touches, so a long ingest, a first load above all, grows the store to ten "
                    + "times what its articles need, and re-ingesting articles leaves the replaced graphs' space behind "
                    + "(default: ${DEFAULT-VALUE}; 0: never). The compacted copy replaces the store only once complete: "
                    + "a crash during it loses no committed article.")
    double compactOver;

    /**
     * Seconds. A news article takes well under a second, a 1 MB one-line transcript about two minutes of CPU on a
     * busy 2-core machine (docs/reliability.md): ten minutes lets any real article through and bounds what a stuck
     * one costs.
     */
    static final int DEFAULT_ARTICLE_TIMEOUT = 600;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show progress on standard error: a progress bar on a terminal, else a line every 10 seconds on long runs (default: on).")
    boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not the summary.")
    boolean quiet;

    @Option(names = "--validate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Check each article graph against ontology/shapes.ttl before storing it; a violating article "
                    + "is refused with its violations and the exit code is 1 (default: on).")
    boolean validate;

    @Option(names = "--quarantine", paramLabel = "DIR",
            description = "Write each refused article graph to DIR as Turtle (ARTICLE-ID.ttl, its violations as comments on top).")
    Path quarantine;

    @Option(names = "--threads", paramLabel = "N",
            description = "Process up to N articles at once, each thread with its own NLP pipeline and SHACL validator "
                    + "(default: the number of available processors, here ${DEFAULT-VALUE}). "
                    + "One more thread writes the store, in input order; 1 processes everything on one thread.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-articles", paramLabel = "N", defaultValue = "" + BatchLimits.DEFAULT_ARTICLES,
            description = "Commit the store after at most N articles (default: ${DEFAULT-VALUE}); 1 commits each article alone.")
    int batchArticles;

    @Option(names = "--batch-bytes", paramLabel = "BYTES", defaultValue = "" + BatchLimits.DEFAULT_BYTES,
            description = "Commit the store once the articles waiting hold this many bytes of text (default: ${DEFAULT-VALUE}).")
    long batchBytes;

    @Option(names = "--batch-millis", paramLabel = "MS", defaultValue = "" + BatchLimits.DEFAULT_MILLIS,
            description = "Commit the store once the oldest article waiting has waited this long (default: ${DEFAULT-VALUE} ms): "
                    + "what an interrupted run can lose.")
    long batchMillis;

    @Option(names = "--bulk",
            description = "Build a new store (--store missing, an empty folder or a store without quads; a store that holds "
                    + "quads is refused with exit code 2): extract the articles "
                    + "in parallel into N-Quads in a folder beside the store, then build the store from them with Jena's "
                    + "TDB2 bulk loader, all or nothing, and report triples/s. The article graphs are the same as without "
                    + "--bulk; the run log gives each article the moment the load ended as its end. The --batch-* and "
                    + "--compact-over options do not apply.")
    boolean bulk;

    @Option(names = "--bulk-loader", paramLabel = "LOADER", defaultValue = "phased",
            converter = BulkLoaderConverter.class,
            description = "With --bulk, which TDB2 loader builds the indexes: phased (default, a few threads), parallel "
                    + "(all indexes at once, more threads and memory) or sequential (one thread, least memory).")
    BulkLoad.Plan bulkLoader;

    /** How many built articles per thread may wait for the writer; bounds memory to a few graphs. */
    static final int WAITING_PER_THREAD = 2;
    /** How long SIGTERM waits for the articles being built and their commit before the JVM exits anyway. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (maxBytes < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--max-size': " + maxBytes + " (a number of bytes, at least 1)");
        }
        BatchLimits limits = batchLimits();
        if (!(compactOver >= 0) || Double.isInfinite(compactOver)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--compact-over': " + compactOver + " (a ratio, 0 for never)");
        }
        if (!(articleTimeout >= 0) || articleTimeout > Duration.ofDays(1).toSeconds()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--article-timeout': " + articleTimeout + " (seconds, from 0 (no limit) to one day)");
        }
        Format forced = parseFormat();
        nerModels.requireFiles();
        if (bulk && server.given()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--bulk builds a local store and --server sends the articles to a running server: give one of them");
        }
        if (bulk) {
            BulkIngest.requireEmpty(store.path(), spec.commandLine());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();

        ScanResult scan = InputScanner.scan(paths);
        List<IngestProblem> problems = new ArrayList<>(scan.problems());
        scan.problems().forEach(p -> report(err, p));
        scan.skippedSummary().ifPresent(line -> {
            err.println("ingest: " + line);
            err.flush();
        });
        if (scan.files().isEmpty()) {
            // Nothing to read: no store is created (nor models loaded) for a mistyped path.
            err.println("ingest: nothing to ingest, the store was not touched");
            err.flush();
            return ExitCodes.INPUT_FAILED;
        }
        if (server.given()) {
            return sendToServer(scan, problems, out, err);
        }
        if (bulk) {
            return bulkIngest(scan, problems, forced, out, err, started);
        }
        // The store first: a store in use by another process is refused before seconds of model loading.
        try (GracefulStop stop = GracefulStop.install(STOP_GRACE); KgStore kg = KgStore.open(store.path())) {
            return ingest(kg, scan, problems, forced, limits, out, err, started, stop);
        }
    }

    private int ingest(KgStore kg, ScanResult scan, List<IngestProblem> problems, Format forced, BatchLimits limits,
                       PrintWriter out, PrintWriter err, long started, GracefulStop stop) {
        Resources resources = Resources.load(data.path(), nerModels.paths());
        ProgressBar bar = progressBar(scan.files().size());
        ArticleFeed feed = feed(scan, forced, bar, err, stop::requested);
        IngestRun run = new IngestRun(quarantine, limits, p -> {
            report(err, p, bar);
            problems.add(p);
        });
        String ratio = java.math.BigDecimal.valueOf(compactOver).stripTrailingZeros().toPlainString();
        run.compactWith(new AutoCompaction(compactOver, kg, stop::requested, r -> {
            if (!quiet) {
                out.printf(Locale.ROOT, "Compacted the store (--compact-over %s): disk use %.1f MB before, %.1f MB after%n",
                        ratio, r.kbBefore() / 1024.0, r.kbAfter() / 1024.0);
                out.flush();
            }
        }));
        try (BuilderThreads builders = new BuilderThreads(resources, ArticleGraphWriter.load(data.path()), validate, articleTimeout);
             OrderedExecutor executor = new OrderedExecutor(threads, threads * WAITING_PER_THREAD, limits.millis() + 1,
                     () -> run.commitIfDue(kg))) {
            RunLog.migrate(kg);
            feed.feed(executor, run::report, run::committed,
                    article -> executor.submit(() -> builders.get().build(article), built -> run.store(built, kg)));
            run.commit(kg);
            if (stop.requested()) {
                err.println("ingest: stopped by a signal with " + run.committed() + " articles committed; the files not read yet "
                        + "were left out: run the same command again to complete the store");
                err.flush();
            }
        } finally {
            if (bar != null) {
                bar.close();   // once, and before the summary: the bar's last line must end before it starts
            }
        }
        if (!quiet) {
            Summary.of(kg).print(out, run.committed(), problems.size(), feed.duplicates(), System.nanoTime() - started);
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** {@code --server}: the server extracts and stores; problems are reported and counted as a local ingest's. */
    private int sendToServer(ScanResult scan, List<IngestProblem> problems, PrintWriter out, PrintWriter err) {
        RemoteIngest remote = new RemoteIngest(server.endpoint(), server.login(spec), p -> {
            report(err, p);
            problems.add(p);
        });
        scan.files().forEach(file -> remote.send(file, System.in));
        if (!quiet) {
            remote.printSummary(out);
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** {@code --bulk} (see {@link BulkIngest}): the same reading and building, then the store built in one load. */
    private int bulkIngest(ScanResult scan, List<IngestProblem> problems, Format forced, PrintWriter out, PrintWriter err,
                           long started) {
        Resources resources = Resources.load(data.path(), nerModels.paths());
        ProgressBar bar = progressBar(scan.files().size());
        ArticleFeed feed = feed(scan, forced, bar, err, () -> false);   // a stopped bulk load leaves the store as it was
        // The loader's own progress lines (every few hundred thousand quads) where no progress bar is drawn.
        MonitorOutput loaderProgress = progress && !quiet && bar == null ? (fmt, args) -> {
            err.println("ingest --bulk: " + String.format(Locale.ROOT, fmt, args));
            err.flush();
        } : BulkLoad.SILENT;
        BulkIngest.Result r;
        try (BuilderThreads builders = new BuilderThreads(resources, ArticleGraphWriter.load(data.path()), validate, articleTimeout)) {
            r = new BulkIngest(store.path(), bulkLoader, quarantine, threads).run(feed, builders, p -> {
                report(err, p, bar);
                problems.add(p);
            }, loaderProgress);
        } finally {
            if (bar != null) {
                bar.close();
            }
        }
        if (!quiet) {
            out.printf(Locale.ROOT, "Extracted %d article%s in %.1f s; bulk loaded %,d quads (%s loader) in %.1f s: %,.0f triples/s%n",
                    r.written(), r.written() == 1 ? "" : "s", (r.extractedAt() - started) / 1e9, r.loaded().quads(),
                    bulkLoader.label(), r.loaded().nanos() / 1e9, r.loaded().quadsPerSecond());
            try (KgStore kg = KgStore.open(store.path())) {
                Summary.of(kg).print(out, r.written(), problems.size(), feed.duplicates(), System.nanoTime() - started);
            }
        }
        out.flush();
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
    }

    /** Progress lines on standard error when asked for and there is no progress bar. */
    private ArticleFeed feed(ScanResult scan, Format forced, ProgressBar bar, PrintWriter err, BooleanSupplier stopRequested) {
        return new ArticleFeed(scan, new ArticleLoader(new LoaderOptions(maxBytes, forced, data.path())), bar,
                progress ? err : null, stopRequested);
    }

    private ProgressBar progressBar(int files) {
        if (!progress || files < 2 || System.console() == null) {
            return null;
        }
        return ProgressBar.builder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    /** "phased", "parallel", "sequential", as Jena's tdb2.tdbloader names them. */
    static final class BulkLoaderConverter implements picocli.CommandLine.ITypeConverter<BulkLoad.Plan> {
        @Override
        public BulkLoad.Plan convert(String value) {
            for (BulkLoad.Plan p : BulkLoad.Plan.values()) {
                if (p.label().equals(value)) {
                    return p;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not phased, parallel or sequential");
        }
    }

    private BatchLimits batchLimits() {
        if (batchArticles < 1 || batchBytes < 1 || batchMillis < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--batch-articles and --batch-bytes must be at "
                    + "least 1 and --batch-millis at least 0, got " + batchArticles + ", " + batchBytes + ", " + batchMillis);
        }
        return new BatchLimits(batchArticles, batchBytes, batchMillis);
    }

    private Format parseFormat() {
        try {
            return format == null ? null : Format.parse(format);
        } catch (org.newskg.NewsKgException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--format': " + e.getMessage());
        }
    }

    private static void report(PrintWriter err, IngestProblem p) {
        report(err, p, null);
    }

    /** One line per problem; on a terminal the progress bar's line is cleared first, so the two do not mix. */
    private static void report(PrintWriter err, IngestProblem p, ProgressBar bar) {
        err.println((bar == null ? "" : "\r\033[K") + p.origin() + ": " + p.message());
        err.flush();
    }
}
