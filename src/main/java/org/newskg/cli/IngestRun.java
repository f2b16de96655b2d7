package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestProblem;
import org.newskg.link.LinkedExtraction;
import org.newskg.pipeline.Pipeline;
import org.newskg.prov.RunLog;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;
import org.newskg.validate.ValidationResult;
import org.newskg.validate.Violation;

/**
 * Runs articles through the pipeline into the store, one write transaction per article, so a failing
 * article is reported and leaves the store as it was. Each article graph is built in memory and checked
 * against the SHACL shapes first (unless the validator is null): a violating graph is refused, and
 * written to the quarantine directory when there is one. Not thread-safe.
 */
final class IngestRun {

    /** How many violations a refusal message lists before "... and N more". */
    private static final int SHOWN = 5;

    private final Pipeline pipeline;
    private final ArticleGraphWriter writer;
    private final ArticleValidator validator;
    private final Path quarantine;
    private int ingested;

    IngestRun(Pipeline pipeline) {
        this(pipeline, new ArticleGraphWriter(), null, null);
    }

    /** {@code validator} and {@code quarantine} may be null (no validation; refused graphs not kept). */
    IngestRun(Pipeline pipeline, ArticleGraphWriter writer, ArticleValidator validator, Path quarantine) {
        this.pipeline = pipeline;
        this.writer = writer;
        this.validator = validator;
        this.quarantine = quarantine;
    }

    /** Ingests the articles and returns the problems met; never throws for one bad article. */
    List<IngestProblem> ingest(List<Article> articles, KgStore kg) {
        List<IngestProblem> problems = new ArrayList<>();
        for (Article article : articles) {
            try {
                Instant started = Instant.now();
                LinkedExtraction le = pipeline.process(article);
                Node name = Iris.graph(article.id());
                Graph graph = build(le);
                if (validator != null) {
                    ValidationResult r = validator.validate(graph, name.getURI());
                    if (!r.conforms()) {
                        problems.add(new IngestProblem(article.origin(), refusal(article, graph, r)));
                        continue;
                    }
                }
                kg.replaceArticle(name, sink -> {
                    NKG.prefixes().forEach(sink::prefix);
                    graph.find().forEachRemaining(sink::triple);
                });
                RunLog.record(kg, Iris.ingest(article.id()), started, Instant.now());
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

    private Graph build(LinkedExtraction le) {
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
        List<Violation> vs = r.violations();
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
