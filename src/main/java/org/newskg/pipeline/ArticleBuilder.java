package org.newskg.pipeline;

import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.validate.ArticleValidator;

/**
 * The part of ingesting one article that touches neither the store nor any file: pipeline, graph in
 * memory, SHACL check (unless the validator is null). Not thread-safe (it owns a pipeline and a
 * validator): one per worker thread. Shared by {@code kg ingest} and the Spark job, so both build the same graphs.
 *
 * <pre>{@code
 * ArticleBuilder b = new ArticleBuilder(resources.newPipeline(), ArticleGraphWriter.load(dataDir), ArticleValidator.load());
 * BuiltArticle built = b.build(article);   // built.conforms(), built.graph(), built.problem()
 * }</pre>
 */
public final class ArticleBuilder {

    private final Pipeline pipeline;
    private final ArticleGraphWriter writer;
    private final ArticleValidator validator;

    /** {@code validator} may be null: no validation. */
    public ArticleBuilder(Pipeline pipeline, ArticleGraphWriter writer, ArticleValidator validator) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.validator = validator;
    }

    /** Builds and checks the article's graph; a failure of this article is returned, never thrown. */
    public BuiltArticle build(Article article) {
        try {
            Instant started = Instant.now();
            Graph graph = writer.toGraph(pipeline.process(article));
            return new BuiltArticle(article, started, graph, validator == null ? List.of()
                    : validator.validate(graph, Iris.graph(article.id()).getURI()).errors(), null);
        } catch (NewsKgException | IllegalArgumentException | IllegalStateException e) {
            return BuiltArticle.failed(article, "not ingested: " + e.getMessage());
        }
    }

}
