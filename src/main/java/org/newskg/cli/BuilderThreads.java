package org.newskg.cli;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.Resources;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.validate.ArticleValidator;

/**
 * One {@link ArticleBuilder} per thread that asks, all sharing the loaded models, knowledge base and graph writer,
 * and the threads an article runs on within its time budget.
 *
 * <pre>{@code
 * try (BuilderThreads b = new BuilderThreads(resources, writer, true, 600)) {
 *     executor.submit(() -> b.get().build(article), ...);
 * }
 * }</pre>
 * Thread-safe (each thread gets its own builder). The pipeline owns OpenNLP tools, and Jena does not document its
 * SHACL validation as safe for shared shapes, so each thread parses its own (a few milliseconds).
 */
final class BuilderThreads implements AutoCloseable {

    private final ExecutorService budgetThreads;
    private final ThreadLocal<ArticleBuilder> builders;

    /** {@code timeoutSeconds} 0: no time budget. */
    BuilderThreads(Resources resources, ArticleGraphWriter writer, boolean validate, double timeoutSeconds) {
        if (validate) {
            ArticleValidator.load();   // so that broken shapes fail the command before any work
        }
        // An article over its time budget is built on a thread the builder can give up on (see ArticleBuilder).
        budgetThreads = timeoutSeconds == 0 ? null : Executors.newCachedThreadPool(daemon("article-"));
        ArticleBuilder.Budget budget = budgetThreads == null ? null
                : new ArticleBuilder.Budget(Duration.ofNanos(Math.round(timeoutSeconds * 1e9)), budgetThreads);
        builders = ThreadLocal.withInitial(() -> new ArticleBuilder(resources::newPipeline, writer,
                validate ? ArticleValidator.load() : null, budget));
    }

    /** The calling thread's builder. */
    ArticleBuilder get() {
        return builders.get();
    }

    @Override
    public void close() {
        builders.remove();   // the calling thread's builder, when --threads 1 made one
        if (budgetThreads != null) {
            budgetThreads.shutdownNow();
        }
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
}
