package org.newskg.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.validate.ArticleValidator;

/**
 * The part of ingesting one article that touches neither the store nor any file: pipeline, graph in
 * memory, SHACL check (unless the validator is null), within the article's time budget when there is one.
 *
 * <pre>{@code
 * var budget = new ArticleBuilder.Budget(Duration.ofSeconds(300), Executors.newCachedThreadPool());
 * ArticleBuilder b = new ArticleBuilder(resources::newPipeline, writer, validator, budget);
 * BuiltArticle built = b.build(article);   // failed() with a message when it took longer than 300 s
 * }</pre>
 * Not thread-safe (it owns a pipeline and a validator): one per worker thread. Shared by {@code kg ingest} and the
 * Spark job, so both build the same graphs.
 */
public final class ArticleBuilder {

    /**
     * How long one article may take, and the threads it runs on meanwhile (the builder waits for it there, so
     * that it can give up on it). A task over its budget is interrupted and stops at its next
     * {@link org.newskg.Cancellation#checkpoint()}.
     */
    public record Budget(Duration limit, ExecutorService threads) {

        public Budget {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("an article time budget must be positive, got " + limit);
            }
        }

        /** How a refusal names the budget: "300 s", "0.5 s". */
        String describe() {
            return java.math.BigDecimal.valueOf(limit.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
        }
    }

    private final Supplier<Pipeline> pipelines;
    private final ArticleGraphWriter writer;
    private final ArticleValidator validator;
    private final Budget budget;
    private Pipeline pipeline;

    /** A builder without a time budget; {@code validator} may be null: no validation. */
    public ArticleBuilder(Pipeline pipeline, ArticleGraphWriter writer, ArticleValidator validator) {
        this(() -> pipeline, writer, validator, null);
        this.pipeline = pipeline;
    }

    /**
     * {@code validator} may be null (no validation), {@code budget} too (no time limit). A pipeline comes from
     * {@code pipelines} when the builder starts, and again after an article over its budget, whose abandoned
     * task may still hold the old one for a moment.
     */
    public ArticleBuilder(Supplier<Pipeline> pipelines, ArticleGraphWriter writer, ArticleValidator validator, Budget budget) {
        this.pipelines = pipelines;
        this.writer = writer;
        this.validator = validator;
        this.budget = budget;
    }

    /** Builds and checks the article's graph; a failure of this article is returned, never thrown. */
    public BuiltArticle build(Article article) {
        if (pipeline == null) {
            pipeline = pipelines.get();
        }
        if (budget == null) {
            return buildNow(pipeline, article);
        }
        Pipeline own = pipeline;
        Future<BuiltArticle> task = budget.threads().submit(() -> buildNow(own, article));
        try {
            return task.get(budget.limit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            pipeline = null;
            return BuiltArticle.failed(article, "not ingested: it took longer than the time budget of " + budget.describe()
                    + " per article (--article-timeout); the store was not changed by it");
        } catch (InterruptedException e) {
            task.cancel(true);
            pipeline = null;
            Thread.currentThread().interrupt();
            throw new NewsKgException("interrupted while building " + article.origin(), e);
        } catch (ExecutionException e) {
            // buildNow returns this article's failures, its own faults too; anything else fails the run.
            throw e.getCause() instanceof RuntimeException r ? r : new NewsKgException(e.getCause().toString(), e.getCause());
        }
    }

    private BuiltArticle buildNow(Pipeline pipeline, Article article) {
        try {
            Instant started = Instant.now();
            Graph graph = writer.toGraph(pipeline.process(article));
            return new BuiltArticle(article, started, graph, validator == null ? List.of()
                    : validator.validate(graph, Iris.graph(article.id()).getURI()).errors(), null);
        } catch (NewsKgException | IllegalArgumentException | IllegalStateException e) {
            return BuiltArticle.failed(article, "not ingested: " + e.getMessage());
        } catch (RuntimeException e) {
            // A fault of newskg met on this article's text: the article is refused, the others go on; the message
            // says where, for a bug report.
            StackTraceElement at = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            return BuiltArticle.failed(article, "not ingested: internal error " + e.getClass().getSimpleName()
                    + (at == null ? "" : " at " + at.getClassName() + "." + at.getMethodName() + ":" + at.getLineNumber())
                    + " while building it (a newskg bug: please report it with the article); the store was not changed by it");
        }
    }
}
