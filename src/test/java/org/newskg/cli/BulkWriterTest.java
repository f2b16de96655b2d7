package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.Article;
import org.newskg.ingest.IngestProblem;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.prov.RunLog;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

/**
 * The first half of {@code kg ingest --bulk} keeps nothing per article in memory (a first load of 100,000 articles
 * must fit a fixed heap), yet the loaded store's run log still names every article written, with its start.
 */
class BulkWriterTest {

    private static final Instant FIRST = Instant.parse("2026-12-07T01:00:00.123456789Z");
    private static final Instant SECOND = Instant.parse("2026-12-07T01:00:02Z");
    private static final Instant ENDED = Instant.parse("2026-12-07T02:00:00Z");

    @TempDir
    Path tmp;

    @Test
    void writerForgetsEachArticleOnceWrittenAndTheRunLogStillNamesThemAll() {
        List<IngestProblem> problems = new ArrayList<>();
        WeakReference<String> firstId;
        try (BulkWriter w = new BulkWriter(tmp.resolve("articles.nq"), null, problems::add)) {
            firstId = write(w, 1, FIRST);
            write(w, 2, SECOND);
            assertEquals(2, w.written());
            for (int i = 0; i < 20 && firstId.get() != null; i++) {
                System.gc();
            }
            assertNull(firstId.get(), "the writer still holds the first article's id after writing it: "
                    + "its memory grows with the articles of the load");

            w.close();
            try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
                w.recordRunLog(kg, ENDED);
                assertEquals(List.of(FIRST.toString(), ENDED.toString()), times(kg, "strelsau-report-1"));
                assertEquals(List.of(SECOND.toString(), ENDED.toString()), times(kg, "strelsau-report-2"));
                assertEquals(4, kg.read(() -> RunLog.quads(kg).size()), "a start and an end per article, nothing else");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Writes one conforming article whose id is a fresh string (not a constant), and gives a weak hold on that id. */
    private static WeakReference<String> write(BulkWriter w, int n, Instant started) {
        String id = new StringBuilder("strelsau-report-").append(n).toString();
        Article article = new Article(id, null, "Report " + n, null, null, null, null, "en",
                "John Doe arrived in Strelsau on Monday, the ministry of Ruritania said.", "report-" + n + ".txt");
        w.accept(BulkWriter.prepare(new BuiltArticle(article, started, GraphFactory.createDefaultGraph(), List.of(), null)));
        return new WeakReference<>(id);
    }

    /** The start and end the run log gives the article's ingest. */
    private static List<String> times(KgStore kg, String id) {
        Node activity = Iris.ingest(id);
        return kg.read(() -> List.of(
                RunLog.quads(kg).stream().filter(q -> q.getSubject().equals(activity) && q.getPredicate().equals(NKG.provStartedAtTime))
                        .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse("none"),
                RunLog.quads(kg).stream().filter(q -> q.getSubject().equals(activity) && q.getPredicate().equals(NKG.provEndedAtTime))
                        .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse("none")));
    }
}
