package org.newskg.serve;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.LoadResult;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.pipeline.Resources;
import org.newskg.pipeline.StoreCommit;
import org.newskg.prov.RunLog;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;

/**
 * Ingests uploaded articles into the store a server owns: the loader, pipeline, SHACL check and store commit of
 * {@code kg ingest}, one write transaction per article, so readers of the store see each article whole or not at all.
 *
 * <pre>{@code
 * ArticleIntake intake = ArticleIntake.load(kg, Path.of("data"), List.of(), 10_000_000, Duration.ofMinutes(10));
 * ArticleIntake.Outcome o = intake.ingest("morning-report.html", bytes);
 * }</pre>
 * Thread-safe: uploads are built and stored one at a time (the pipeline is not thread-safe), while queries go on.
 */
public final class ArticleIntake {

    /** An article stored: its graph's IRI, its title (null if it has none) and its graph's size. */
    public record Stored(String graph, String title, long triples) {
    }

    /** What one upload gave: the articles stored, and what was refused, each named (file name, or name:line). */
    public record Outcome(List<Stored> articles, List<IngestProblem> refused) {

        public Outcome {
            articles = List.copyOf(articles);
            refused = List.copyOf(refused);
        }
    }

    private final KgStore store;
    private final ArticleLoader loader;
    private final ArticleBuilder builder;

    /**
     * An intake for {@code store} with models and knowledge already loaded; {@code maxBytes} is the largest upload
     * read as an article, {@code budget} the longest one article may take to build (null: no limit; over it, the
     * article is refused and the next upload is not kept waiting longer).
     */
    public ArticleIntake(KgStore store, Resources resources, Path dataDir, long maxBytes, Duration budget) {
        this.store = store;
        this.loader = new ArticleLoader(LoaderOptions.defaults(dataDir).withMaxBytes(maxBytes));
        this.builder = new ArticleBuilder(resources::newPipeline, ArticleGraphWriter.load(dataDir), ArticleValidator.load(),
                budget == null ? null : new ArticleBuilder.Budget(budget, Executors.newCachedThreadPool(ArticleIntake::daemon)));
        RunLog.migrate(store);
    }

    /** Loads the models and knowledge of {@code dataDir} (seconds), as {@code kg ingest} does. */
    public static ArticleIntake load(KgStore store, Path dataDir, List<Path> nerModels, long maxBytes, Duration budget) {
        return new ArticleIntake(store, Resources.load(dataDir, nerModels), dataDir, maxBytes, budget);
    }

    /** An abandoned article's thread must not keep the process from exiting. */
    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "ingest-article");
        t.setDaemon(true);
        return t;
    }

    /**
     * Reads {@code content} as the file {@code name} (its extension chooses the format, as for files), then builds,
     * checks and stores each article in it. Bad input is refused in the outcome, never thrown.
     */
    public synchronized Outcome ingest(String name, byte[] content) {
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        LoadResult loaded = loader.load(name, fileName, new ByteArrayInputStream(content));
        List<IngestProblem> refused = new ArrayList<>(loaded.problems());
        List<Stored> stored = new ArrayList<>();
        for (Article article : loaded.articles()) {
            BuiltArticle built = builder.build(article);
            if (!built.conforms()) {
                refused.add(new IngestProblem(article.origin(), built.failed() ? built.problem() : built.refusal()));
                continue;
            }
            RuntimeException e = StoreCommit.tryWrite(store, List.of(built));
            if (e == null) {
                stored.add(new Stored(Iris.graph(article.id()).getURI(), article.title(), built.graph().size()));
            } else {
                refused.add(new IngestProblem(article.origin(), "not ingested: " + e.getMessage()));
            }
        }
        return new Outcome(stored, refused);
    }
}
