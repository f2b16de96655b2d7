package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.link.LinkedExtraction;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.validate.ArticleValidator;
import org.newskg.validate.ValidationResult;
import org.newskg.validate.Violation;

/**
 * Everything of ingesting one article that does not touch the store: pipeline, graph in memory, SHACL
 * check (unless the validator is null), and for a refused graph the quarantine file (when there is a
 * quarantine directory). Not thread-safe (it owns a pipeline and a validator): one per worker thread.
 */
final class ArticleBuilder {

    /** How many violations a refusal message lists before "... and N more". */
    private static final int SHOWN = 5;

    private final Pipeline pipeline;
    private final ArticleGraphWriter writer;
    private final ArticleValidator validator;
    private final Path quarantine;

    /** {@code validator} and {@code quarantine} may be null (no validation; refused graphs not kept). */
    ArticleBuilder(Pipeline pipeline, ArticleGraphWriter writer, ArticleValidator validator, Path quarantine) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.validator = validator;
        this.quarantine = quarantine;
    }

    /** Builds the article's graph; a failure of this article is returned, never thrown. */
    BuiltArticle build(Article article) {
        try {
            Instant started = Instant.now();
            Graph graph = graph(pipeline.process(article));
            if (validator != null) {
                ValidationResult r = validator.validate(graph, Iris.graph(article.id()).getURI());
                if (!r.conforms()) {
                    return BuiltArticle.refused(article, refusal(article, graph, r));
                }
            }
            return new BuiltArticle(article, started, graph, null);
        } catch (NewsKgException | IllegalArgumentException | IllegalStateException e) {
            return BuiltArticle.refused(article, "not ingested: " + e.getMessage());
        }
    }

    private Graph graph(LinkedExtraction le) {
        Graph g = GraphFactory.createDefaultGraph();
        writer.write(le, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                g.add(q.asTriple());
            }
        });
        return g;
    }

    private String refusal(Article article, Graph graph, ValidationResult r) {
        List<Violation> vs = r.errors();
        StringBuilder b = new StringBuilder("refused: article ").append(article.id()).append(" violates the SHACL shapes (")
                .append(vs.size()).append(vs.size() == 1 ? " violation" : " violations").append(")");
        vs.stream().limit(SHOWN).forEach(v -> b.append("\n  ").append(v.describe()));
        if (vs.size() > SHOWN) {
            b.append("\n  ... and ").append(vs.size() - SHOWN).append(" more");
        }
        if (quarantine != null) {
            b.append("\n  graph written to ").append(quarantine(article, graph, vs));
        }
        return b.toString();
    }

    /** Writes the refused graph as Turtle, its violations as comments on top; returns the file. */
    private Path quarantine(Article article, Graph graph, List<Violation> vs) {
        Path file = quarantine.resolve(Iris.graph(article.id()).getURI().substring(Iris.GRAPH_NS.length()) + ".ttl");
        try {
            Files.createDirectories(quarantine);
            try (OutputStream out = Files.newOutputStream(file)) {
                StringBuilder head = new StringBuilder("# Refused by kg ingest: " + article.origin() + "\n");
                vs.forEach(v -> head.append("# ").append(v.describe().replace('\n', ' ')).append('\n'));
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                graph.getPrefixMapping().setNsPrefixes(NKG.prefixes());
                RDFDataMgr.write(out, graph, Lang.TURTLE);
            }
        } catch (IOException e) {
            throw new NewsKgException("cannot write quarantine file " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
