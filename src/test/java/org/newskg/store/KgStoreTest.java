package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.link.LinkedExtraction;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.rdf.TestArticles;

class KgStoreTest {

    private final ArticleGraphWriter writer = new ArticleGraphWriter("test");

    @TempDir
    Path tmp;

    private void ingest(KgStore store, LinkedExtraction le) {
        store.replaceArticle(Iris.graph(le.extraction().text().article().id()), sink -> writer.write(le, sink));
    }

    @Test
    void replacingAnArticleTwiceLeavesTheTripleCountUnchanged() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            LinkedExtraction le = TestArticles.scholzInBrazil();
            ingest(store, le);
            long once = store.tripleCount();
            assertTrue(once > 50, "only " + once + " triples");
            ingest(store, le);
            assertEquals(once, store.tripleCount());
            assertEquals(1, store.graphCount());
        }
    }

    @Test
    void theStoreGivesBackExactlyTheQuadsTheWriterSent() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            for (LinkedExtraction le : TestArticles.all()) {
                java.util.Set<Quad> sent = new java.util.HashSet<>();
                Node g = Iris.graph(le.extraction().text().article().id());
                store.replaceArticle(g, sink -> writer.write(le, new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
                    @Override
                    public void quad(Quad q) {
                        sent.add(q);
                        super.quad(q);
                    }
                }));
                java.util.Set<Quad> stored = store.read(() -> store.dataset().asDatasetGraph()
                        .stream(g, Node.ANY, Node.ANY, Node.ANY).collect(java.util.stream.Collectors.toSet()));
                assertEquals(sent, stored);
            }
        }
    }

    @Test
    void replacingWithDifferentContentDropsTheOldStatements() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            LinkedExtraction full = TestArticles.kenyanElection();
            ingest(store, full);
            Node g = Iris.graph("ap-kenya-election");
            LinkedExtraction shorter = TestArticles.builder("ap-kenya-election", "Kenyans voted on Tuesday.").build();
            ingest(store, shorter);
            assertFalse(store.read(() -> store.dataset().asDatasetGraph()
                    .contains(g, Node.ANY, NKG.refersTo, Node.ANY)), "old mentions survived the replacement");
            assertTrue(store.tripleCount(g) > 0);
        }
    }

    @Test
    void aFailureInsideTheWriterLeavesThePreviousGraphIntact() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            LinkedExtraction le = TestArticles.toyotaResults();
            ingest(store, le);
            Node g = Iris.graph("toyota-q3");
            long before = store.tripleCount(g);
            RuntimeException boom = assertThrows(IllegalStateException.class, () -> store.replaceArticle(g, sink -> {
                writer.write(le, sink);
                throw new IllegalStateException("disk full half way");
            }));
            assertEquals("disk full half way", boom.getMessage());
            assertEquals(before, store.tripleCount(g));
            assertTrue(store.read(() -> store.dataset().asDatasetGraph()
                    .contains(g, Iris.article("toyota-q3"), RDF.type.asNode(), NKG.Article)));
        }
    }

    @Test
    void quadsForAnotherGraphAreRefusedAndNothingIsWritten() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            LinkedExtraction kenya = TestArticles.kenyanElection();
            NewsKgException e = assertThrows(NewsKgException.class,
                    () -> store.replaceArticle(Iris.graph("some-other-article"), sink -> writer.write(kenya, sink)));
            assertTrue(e.getMessage().contains("ap-kenya-election"), e.getMessage());
            assertEquals(0, store.tripleCount());
        }
    }

    @Test
    void plainTriplesGoIntoTheGraphBeingReplaced() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            Node g = Iris.graph("manual");
            store.replaceArticle(g, sink -> sink.triple(org.apache.jena.graph.Triple.create(
                    Iris.article("manual"), RDF.type.asNode(), NKG.Article)));
            assertEquals(1, store.tripleCount(g));
            assertThrows(NewsKgException.class, () -> store.replaceArticle(NodeFactory.createBlankNode(), s -> { }));
        }
    }

    @Test
    void theDefaultGraphOfQueriesIsTheUnionOfAllArticleGraphs() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            TestArticles.all().forEach(le -> ingest(store, le));
            assertEquals(3, store.graphCount());
            long articles = store.read(() -> {
                try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                        .query("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <" + NKG.Article.getURI() + "> }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(3, articles);
            assertEquals(0L, store.read(() -> (long) store.dataset().asDatasetGraph().getDefaultGraph().size()),
                    "nothing is stored in the real default graph");
        }
    }

    @Test
    void tripleCountSumsTheNamedGraphs() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            long sum = 0;
            for (LinkedExtraction le : TestArticles.all()) {
                ingest(store, le);
                sum += store.tripleCount(Iris.graph(le.extraction().text().article().id()));
            }
            assertEquals(sum, store.tripleCount());
            long toyota = store.tripleCount(Iris.graph("toyota-q3"));
            assertTrue(toyota > 0);
            assertTrue(store.deleteGraph(Iris.graph("toyota-q3")));
            assertFalse(store.deleteGraph(Iris.graph("toyota-q3")));
            assertEquals(2, store.graphCount());
            assertEquals(sum - toyota, store.tripleCount(), "a deleted graph's quads are no longer counted");
        }
    }

    @Test
    void articleGraphsAreTheGraphsHoldingAnArticleSortedAndNotTheOtherNamedGraphs() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            List<LinkedExtraction> all = TestArticles.all();
            for (int i = all.size() - 1; i >= 0; i--) {
                ingest(store, all.get(i));
            }
            Node log = NodeFactory.createURI(Iris.GRAPH_NS + "runlog");
            store.dataset().executeWrite(() -> store.dataset().asDatasetGraph().add(log,
                    Iris.ingest("x"), NKG.softwareVersion, NodeFactory.createLiteralString("t")));
            List<String> expected = all.stream().map(le -> Iris.graph(le.extraction().text().article().id()).getURI())
                    .sorted().toList();
            assertEquals(expected, store.articleGraphs().stream().map(Node::getURI).toList());
            assertEquals(all.size() + 1, store.graphCount(), "the run log is a named graph, not an article graph");
        }
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        Path dir = tmp.resolve("kg");
        long count;
        try (KgStore store = KgStore.open(dir)) {
            ingest(store, TestArticles.kenyanElection());
            count = store.tripleCount();
        }
        try (KgStore store = KgStore.open(dir)) {
            assertEquals(count, store.tripleCount());
            assertTrue(store.containsGraph(Iris.graph("ap-kenya-election")));
        }
    }

    @Test
    void aClosedStoreRefusesWork() {
        KgStore store = KgStore.open(tmp.resolve("kg"));
        store.close();
        NewsKgException e = assertThrows(NewsKgException.class, store::tripleCount);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void aDirectoryThatIsNotAStoreIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("notes"));
        Files.writeString(dir.resolve("shopping.txt"), "milk\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> KgStore.open(dir));
        assertTrue(e.getMessage().contains("not a TDB2 store"), e.getMessage());
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertThrows(NewsKgException.class, () -> KgStore.open(file));
    }

    @Test
    void aStoreOpenInAnotherProcessIsRefusedWithAClearMessage() throws Exception {
        Path dir = tmp.resolve("kg");
        try (KgStore store = KgStore.open(dir)) {
            ingest(store, TestArticles.scholzInBrazil());
        }
        LockHolder.Child holder = LockHolder.start(dir);
        Process child = holder.process();
        try {
            assertEquals("open 1", holder.openLine(), "the child did not open the store");
            NewsKgException e = assertThrows(NewsKgException.class, () -> KgStore.open(dir));
            assertTrue(e.getMessage().contains("cannot open TDB2 store"), e.getMessage());
            assertTrue(e.getMessage().contains("store in use by PID " + child.pid()), e.getMessage());
        } finally {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void quadOfTheDefaultGraphIsMovedIntoTheArticleGraph() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            Node g = Iris.graph("x");
            store.replaceArticle(g, sink -> sink.quad(Quad.create(Quad.defaultGraphIRI, Iris.article("x"),
                    RDF.type.asNode(), NKG.Article)));
            assertEquals(1, store.tripleCount(g));
        }
    }
    @Test
    void aBatchOfArticlesIsFoundThroughEveryIndexAsEachWasSent() {
        // The batch's quads go into each of TDB2's six quad indexes in that index's order: a pattern answered by any
        // of them (by graph, subject, predicate or object first) must find exactly what the writers sent.
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            java.util.Set<Quad> sent = new java.util.HashSet<>();
            List<GraphWrite> writes = new java.util.ArrayList<>();
            for (LinkedExtraction le : TestArticles.all()) {
                Node g = Iris.graph(le.extraction().text().article().id());
                writes.add(new GraphWrite(g, sink -> writer.write(le, new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
                    @Override
                    public void quad(Quad q) {
                        sent.add(q);
                        super.quad(q);
                    }
                })));
            }
            store.replaceArticles(writes);
            assertTrue(sent.size() > 200, "only " + sent.size() + " quads sent");
            var dsg = store.dataset().asDatasetGraph();
            for (Quad q : sent) {
                store.read(() -> {
                    assertTrue(dsg.contains(q), "missing " + q);
                    assertTrue(dsg.stream(Node.ANY, q.getSubject(), Node.ANY, Node.ANY).anyMatch(q::equals), "SPOG lacks " + q);
                    assertTrue(dsg.stream(Node.ANY, Node.ANY, q.getPredicate(), q.getObject()).anyMatch(q::equals), "POSG lacks " + q);
                    assertTrue(dsg.stream(Node.ANY, Node.ANY, Node.ANY, q.getObject()).anyMatch(q::equals), "OSPG lacks " + q);
                    assertTrue(dsg.stream(q.getGraph(), Node.ANY, q.getPredicate(), Node.ANY).anyMatch(q::equals), "GPOS lacks " + q);
                    assertTrue(dsg.stream(q.getGraph(), Node.ANY, Node.ANY, q.getObject()).anyMatch(q::equals), "GOSP lacks " + q);
                    return null;
                });
            }
            assertEquals(sent, store.read(() -> dsg.stream(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                    .collect(java.util.stream.Collectors.toSet())));
        }
    }

    @Test
    void aGraphGivenTwiceInOneBatchEndsWithWhatItsLastWriterSentAndAQuadSentTwiceIsStoredOnce() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            Node g = Iris.graph("twice");
            Node article = Iris.article("twice");
            org.apache.jena.graph.Triple first = org.apache.jena.graph.Triple.create(article, RDF.type.asNode(), NKG.Article);
            org.apache.jena.graph.Triple second = org.apache.jena.graph.Triple.create(article, NKG.refersTo, Iris.article("other"));
            store.replaceArticles(List.of(
                    new GraphWrite(g, sink -> sink.triple(first)),
                    new GraphWrite(g, sink -> {
                        sink.triple(second);
                        sink.triple(second);
                    })));
            assertEquals(1, store.tripleCount(g));
            assertTrue(store.read(() -> store.dataset().asDatasetGraph().contains(g, article, NKG.refersTo, Node.ANY)));
        }
    }
}
