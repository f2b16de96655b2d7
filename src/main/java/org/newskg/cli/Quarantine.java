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
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.validate.Violation;

/**
 * What happens to an article graph that violates the SHACL shapes: the refusal message, and with a
 * quarantine directory the graph as Turtle in it. Used by the store's thread only, so that with several
 * threads the files are written in input order, as with one. Immutable.
 */
final class Quarantine {

    /** How many violations a refusal message lists before "... and N more". */
    private static final int SHOWN = 5;

    private final Path dir;

    /** {@code dir} may be null: refused graphs are then not kept. */
    Quarantine(Path dir) {
        this.dir = dir;
    }

    /** The refusal message; writes the graph to the quarantine directory first when there is one. */
    String refuse(Article article, Graph graph, List<Violation> vs) {
        StringBuilder b = new StringBuilder("refused: article ").append(article.id()).append(" violates the SHACL shapes (")
                .append(vs.size()).append(vs.size() == 1 ? " violation" : " violations").append(")");
        vs.stream().limit(SHOWN).forEach(v -> b.append("\n  ").append(v.describe()));
        if (vs.size() > SHOWN) {
            b.append("\n  ... and ").append(vs.size() - SHOWN).append(" more");
        }
        if (dir != null) {
            b.append("\n  graph written to ").append(write(article, graph, vs));
        }
        return b.toString();
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
