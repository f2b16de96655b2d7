package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.Format;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.InputScanner;
import org.newskg.ingest.LoadResult;
import org.newskg.ingest.LoaderOptions;
import org.newskg.ingest.ScanResult;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.Resources;
import org.newskg.prov.RunLog;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.store.Compaction;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;
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
            description = "After the ingest, compact the store (as 'kg compact' does) when its disk use exceeds RATIO "
                    + "times what its triples need (about 4 MB plus 400 bytes per triple): re-ingesting articles leaves "
                    + "the space of the replaced graphs behind (default: ${DEFAULT-VALUE}; 0: never).")
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

    /** How many built articles per thread may wait for the writer; bounds memory to a few graphs. */
    private static final int WAITING_PER_THREAD = 2;
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
        // The store first: a store in use by another process is refused before seconds of model loading.
        try (GracefulStop stop = GracefulStop.install(STOP_GRACE); KgStore kg = KgStore.open(store.path())) {
            return ingest(kg, scan, problems, forced, limits, out, err, started, stop);
        }
    }

    private int ingest(KgStore kg, ScanResult scan, List<IngestProblem> problems, Format forced, BatchLimits limits,
                       PrintWriter out, PrintWriter err, long started, GracefulStop stop) {
        LoaderOptions options = new LoaderOptions(maxBytes, forced, data.path());
        ArticleLoader loader = new ArticleLoader(options);
        Resources resources = Resources.load(data.path(), nerModels.paths());
        ArticleGraphWriter writer = ArticleGraphWriter.load(data.path());
        if (validate) {
            ArticleValidator.load();   // so that broken shapes fail the command before any work
        }
        // One builder per thread: the pipeline owns OpenNLP tools, and Jena does not document its SHACL
        // validation as safe for shared Shapes, so each thread parses its own (a few milliseconds).
        // An article over its time budget is built on a thread the builder can give up on (see ArticleBuilder).
        ExecutorService budgetThreads = articleTimeout == 0 ? null : Executors.newCachedThreadPool(daemon("article-"));
        ArticleBuilder.Budget budget = budgetThreads == null ? null
                : new ArticleBuilder.Budget(Duration.ofNanos(Math.round(articleTimeout * 1e9)), budgetThreads);
        ThreadLocal<ArticleBuilder> builders = ThreadLocal.withInitial(() -> new ArticleBuilder(resources::newPipeline,
                writer, validate ? ArticleValidator.load() : null, budget));
        ProgressBar bar = progressBar(scan.files().size());
        IngestRun run = new IngestRun(quarantine, limits, p -> {
            report(err, p, bar);
            problems.add(p);
        });
        ProgressLog log = new ProgressLog(scan.files().size());
        DuplicateArticles duplicates = new DuplicateArticles();
        try (OrderedExecutor executor = new OrderedExecutor(threads, threads * WAITING_PER_THREAD, limits.millis() + 1,
                () -> run.commitIfDue(kg))) {
            RunLog.migrate(kg);
            for (InputFile file : scan.files()) {
                if (stop.requested()) {
                    break;
                }
                LoadResult loaded = loader.load(file, System.in);
                // Everything printed or counted goes through the executor, then the run, so it comes in input order.
                executor.then(() -> loaded.problems().forEach(run::report));
                for (Article article : loaded.articles()) {
                    if (stop.requested()) {
                        break;   // a file of many articles (JSON Lines) stops between two of them
                    }
                    Optional<IngestProblem> duplicate = duplicates.check(article);
                    if (duplicate.isPresent()) {
                        executor.then(() -> run.report(duplicate.get()));
                        continue;
                    }
                    executor.submit(() -> builders.get().build(article), built -> run.store(built, kg));
                }
                executor.then(() -> {
                    if (bar != null) {
                        bar.step();
                    } else if (progress) {
                        log.step(err, run.committed());
                    }
                });
            }
            executor.finish();
            run.commit(kg);
            if (stop.requested()) {
                err.println("ingest: stopped by a signal with " + run.committed() + " articles committed; the files not read yet "
                        + "were left out: run the same command again to complete the store");
                err.flush();
            }
        } finally {
            builders.remove();   // the calling thread's builder, when --threads 1 made one
            if (budgetThreads != null) {
                budgetThreads.shutdownNow();
            }
            if (bar != null) {
                bar.close();   // once, and before the summary: the bar's last line must end before it starts
            }
        }
        if (compactOver > 0 && run.committed() > 0 && !stop.requested() && Compaction.due(kg, compactOver)) {
            Compaction.Result r = Compaction.run(kg);
            if (!quiet) {
                out.printf(java.util.Locale.ROOT, "Compacted the store (--compact-over %s): disk use %.1f MB before, %.1f MB after%n",
                        java.math.BigDecimal.valueOf(compactOver).stripTrailingZeros().toPlainString(),
                        r.kbBefore() / 1024.0, r.kbAfter() / 1024.0);
            }
        }
        if (!quiet) {
            Summary.of(kg).print(out, run.committed(), problems.size(), duplicates.count(), System.nanoTime() - started);
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

    /** Daemon threads, so that an abandoned article never keeps the process alive. */
    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private ProgressBar progressBar(int files) {
        if (!progress || files < 2 || System.console() == null) {
            return null;
        }
        return ProgressBar.builder().setTaskName("ingest").setInitialMax(files).setUnit(" files", 1)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
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
