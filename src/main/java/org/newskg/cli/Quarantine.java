package org.newskg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.newskg.NewsKgException;
import org.newskg.ingest.Article;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.validate.Violation;

/**
 * What happens to an article graph that violates the SHACL shapes: the refusal message, and with a
 * quarantine directory the graph as Turtle in it. Used by the store's thread only, so that with several
 * threads the files are written in input order, as with one. Immutable.
 */
final class Quarantine {

    private final Path dir;

    /** {@code dir} may be null: refused graphs are then not kept. */
    Quarantine(Path dir) {
        this.dir = dir;
    }

    /** The refusal message; writes the graph to the quarantine directory first when there is one. */
    String refuse(BuiltArticle built) {
        String refusal = built.refusal();
        return dir == null ? refusal : refusal + "\n  graph written to " + write(built.article(), built.graph(), built.violations());
    }

    /** Writes the refused graph as Turtle, its violations as comments on top; returns the file. */
    private Path write(Article article, Graph graph, List<Violation> vs) {
        Path file = dir.resolve(Iris.graph(article.id()).getURI().substring(Iris.GRAPH_NS.length()) + ".ttl");
        try {
            Files.createDirectories(dir);
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
