package org.newskg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestProblem;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.pipeline.Pipeline;
import org.newskg.prov.RunLog;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;

/**
 * Puts built articles (see {@link ArticleBuilder}) into the store, one write transaction per article, so
 * a failing article is reported and leaves the store as it was. A graph violating the SHACL shapes is
 * refused, and written to the quarantine directory when there is one. Counts the articles stored.
 * Not thread-safe: the store is written from one thread, in input order.
 */
final class IngestRun {

    private final ArticleBuilder builder;
    private final Quarantine quarantine;
    private int ingested;

    /** A run that stores articles built elsewhere (see {@link #store}); {@code quarantine} may be null. */
    IngestRun(Path quarantine) {
        this.builder = null;
        this.quarantine = new Quarantine(quarantine);
    }

    /** A run that also builds the articles itself, on the calling thread (see {@link #ingest}). */
    IngestRun(Pipeline pipeline, ArticleGraphWriter writer, ArticleValidator validator, Path quarantine) {
        this.builder = new ArticleBuilder(pipeline, writer, validator);
        this.quarantine = new Quarantine(quarantine);
    }

    /** Builds and stores the articles one after the other; returns the problems met, never throws for one bad article. */
    List<IngestProblem> ingest(List<Article> articles, KgStore kg) {
        if (builder == null) {
            throw new IllegalStateException("this run only stores articles built elsewhere");
        }
        List<IngestProblem> problems = new ArrayList<>();
        for (Article article : articles) {
            store(builder.build(article), kg).ifPresent(problems::add);
        }
        return problems;
    }

    /** Stores a built article, or returns why it is not stored. */
    Optional<IngestProblem> store(BuiltArticle built, KgStore kg) {
        Article article = built.article();
        try {
            if (built.failed()) {
                return Optional.of(new IngestProblem(article.origin(), built.problem()));
            }
            if (!built.conforms()) {
                return Optional.of(new IngestProblem(article.origin(), quarantine.refuse(built)));
            }
            Node name = Iris.graph(article.id());
            kg.replaceArticle(name, sink -> {
                NKG.prefixes().forEach(sink::prefix);
                built.graph().find().forEachRemaining(sink::triple);
                // Inside the same write transaction (Jena runs a nested executeWrite inline): one durable commit
                // per article instead of two, and the disk sync of each commit is what limits ingest.
                RunLog.record(kg, Iris.ingest(article.id()), built.started(), Instant.now());
            });
            ingested++;
            return Optional.empty();
        } catch (NewsKgException | IllegalArgumentException | IllegalStateException e) {
            return Optional.of(new IngestProblem(article.origin(), "not ingested: " + e.getMessage()));
        }
    }

    int ingested() {
        return ingested;
    }
}
