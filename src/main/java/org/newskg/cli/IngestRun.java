package org.newskg.cli;

import java.util.ArrayList;
import java.util.List;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestProblem;
import org.newskg.link.LinkedExtraction;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * Runs articles through the pipeline into the store, one write transaction per article, so a failing
 * article is reported and leaves the store as it was. Not thread-safe.
 */
final class IngestRun {

    private final Pipeline pipeline;
    private final ArticleGraphWriter writer;
    private int ingested;

    IngestRun(Pipeline pipeline, ArticleGraphWriter writer) {
        this.pipeline = pipeline;
        this.writer = writer;
    }

    /** Ingests the articles and returns the problems met; never throws for one bad article. */
    List<IngestProblem> ingest(List<Article> articles, KgStore kg) {
        List<IngestProblem> problems = new ArrayList<>();
        for (Article article : articles) {
            try {
                LinkedExtraction le = pipeline.process(article);
                kg.replaceArticle(Iris.graph(article.id()), sink -> writer.write(le, sink));
                ingested++;
            } catch (NewsKgException | IllegalArgumentException | IllegalStateException e) {
                problems.add(new IngestProblem(article.origin(), "not ingested: " + e.getMessage()));
            }
        }
        return problems;
    }

    int ingested() {
        return ingested;
    }
}
