package org.newskg.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import me.tongfei.progressbar.ProgressBar;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoadResult;
import org.newskg.ingest.ScanResult;

/**
 * The reading side of {@code kg ingest}, with or without {@code --bulk}: reads the scanned files in order, skips
 * duplicate articles, hands the others on, and shows progress.
 *
 * <pre>{@code
 * ArticleFeed feed = new ArticleFeed(scan, loader, bar, progressLines ? err : null, stop::requested);
 * feed.feed(executor, run::report, run::committed, a -> executor.submit(() -> build(a), run::store));
 * }</pre>
 * A file's problems and the progress go through the executor, so they come in input order with the articles.
 * Not thread-safe: the calling thread of the ingest.
 */
final class ArticleFeed {

    private final ScanResult scan;
    private final ArticleLoader loader;
    private final ProgressBar bar;
    private final PrintWriter progressLines;
    private final BooleanSupplier stopRequested;
    private final DuplicateArticles duplicates = new DuplicateArticles();

    /**
     * {@code bar} may be null (no progress bar), {@code progressLines} too (no progress lines either);
     * once {@code stopRequested} says so (SIGTERM), no further article is read.
     */
    ArticleFeed(ScanResult scan, ArticleLoader loader, ProgressBar bar, PrintWriter progressLines, BooleanSupplier stopRequested) {
        this.scan = scan;
        this.loader = loader;
        this.bar = bar;
        this.progressLines = progressLines;
        this.stopRequested = stopRequested;
    }

    /**
     * Reads every file and hands each new article to {@code submit}; its problems and duplicates go to {@code report},
     * and {@code stored} says, for the progress lines, how many articles are stored so far. Returns once the executor
     * has handed everything over.
     */
    void feed(OrderedExecutor executor, Consumer<IngestProblem> report, IntSupplier stored, Consumer<Article> submit) {
        ProgressLog log = new ProgressLog(scan.files().size());
        for (InputFile file : scan.files()) {
            if (stopRequested.getAsBoolean()) {
                break;
            }
            LoadResult loaded = loader.load(file, System.in);
            executor.then(() -> loaded.problems().forEach(report));
            for (Article article : loaded.articles()) {
                if (stopRequested.getAsBoolean()) {
                    break;   // a file of many articles (JSON Lines) stops between two of them
                }
                Optional<IngestProblem> duplicate = duplicates.check(article);
                if (duplicate.isPresent()) {
                    executor.then(() -> report.accept(duplicate.get()));
                } else {
                    submit.accept(article);
                }
            }
            executor.then(() -> {
                if (bar != null) {
                    bar.step();
                } else if (progressLines != null) {
                    log.step(progressLines, stored.getAsInt());
                }
            });
        }
        executor.finish();
    }

    /** The articles skipped as duplicates so far. */
    int duplicates() {
        return duplicates.count();
    }
}
