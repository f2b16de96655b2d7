package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleLoader;
import org.newskg.ingest.IngestProblem;
import org.newskg.ingest.InputFile;
import org.newskg.ingest.LoaderOptions;
import org.newskg.pipeline.ArticleBuilder;
import org.newskg.pipeline.BuiltArticle;
import org.newskg.pipeline.Resources;
import org.newskg.pipeline.SharedResources;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.validate.ArticleValidator;
import org.newskg.validate.SampleStores;

/** Group commit on a real TDB2 store: many articles per transaction, and a failed batch retried article by article. */
class IngestRunTest {

    /** Written for this test: four short reports about other countries, people and events. */
    private static final List<String> TEXTS = List.of("""
            Published: 09:30, April 4, 2024
            Kenya and Tanzania agree to extend cross-border railway
            By East Africa Example Wire

            NAIROBI, April 4 (East Africa Example Wire) - Kenya and Tanzania signed an agreement on Thursday to extend a
            railway line across their border by 2027, the transport ministry in Nairobi said.

            Transport minister Amina Wanjiru said the line would carry freight from the port of Mombasa.
            """, """
            Published: 14:00, May 15, 2024
            Peru and Bolivia hold talks on Lake Titicaca water levels
            By Andes Example Press

            LIMA, May 15 (Andes Example Press) - Officials from Peru and Bolivia held talks in Lima on Wednesday about
            falling water levels in Lake Titicaca, the foreign ministry said.

            Deputy minister Lucia Quispe said both countries would share rainfall data from next month.
            """, """
            Published: 08:15, June 20, 2024
            Finnish port city opens hydrogen plant
            By Baltic Example News

            HELSINKI, June 20 (Baltic Example News) - A hydrogen plant opened in the Finnish port of Kotka on Thursday,
            the energy company running it said, the first of three planned along the coast of Finland.

            Chief engineer Mikko Laine said the plant would supply ships sailing to Estonia.
            """, """
            Published: 11:45, July 9, 2024
            Vietnam and the Philippines sign coast guard accord
            By Pacific Example Journal

            MANILA, July 9 (Pacific Example Journal) - Vietnam and the Philippines signed an accord on Tuesday to hold
            joint coast guard exercises each year, the Philippine foreign ministry said.

            Coast guard commander Ramon Santos said the first exercise would take place in 2025.
            """);

    private static Resources resources;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadResources() {
        resources = SharedResources.shipped();
    }

    @Test
    void anArticleThatMakesTheBatchFailIsRefusedAloneAndTheOthersAreStored() throws IOException {
        List<Article> articles = articles();
        Article bad = articles.get(2);
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            // A first run stores the article as it should be, so that its graph and run-log entry exist before.
            List<IngestProblem> first = new ArrayList<>();
            IngestRun before = new IngestRun(null, BatchLimits.DEFAULT, first::add);
            before.store(builder().build(bad), kg);
            before.commit(kg);
            assertEquals(List.of(), first);
            long storedBefore = kg.tripleCount(Iris.graph(bad.id()));
            Node loggedBefore = runLogEnd(kg, bad);
            assertTrue(storedBefore > 50, "the article was stored: " + storedBefore);

            // Now its graph holds a term TDB2 cannot store (a variable, as a faulty writer could leave), and the
            // four articles go to the store in one batch.
            List<BuiltArticle> built = new ArrayList<>();
            for (Article a : articles) {
                built.add(builder().build(a));
            }
            BuiltArticle broken = built.get(2);
            broken.graph().add(Triple.create(Iris.article(bad.id()), NKG.url, NodeFactory.createVariable("link")));
            assertTrue(built.stream().allMatch(BuiltArticle::conforms), "all four pass validation and enter the batch");

            List<IngestProblem> problems = new ArrayList<>();
            IngestRun run = new IngestRun(null, new BatchLimits(10, BatchLimits.DEFAULT_BYTES, 3_600_000), problems::add);
            built.forEach(b -> run.store(b, kg));
            assertEquals(0, run.commits(), "all four wait in one batch");
            run.commit(kg);

            assertEquals(1, problems.size(), problems.toString());
            assertEquals(bad.origin(), problems.get(0).origin());
            assertTrue(problems.get(0).message().startsWith("not ingested: graph " + Iris.graph(bad.id()).getURI()),
                    problems.get(0).message());
            assertTrue(problems.get(0).message().contains("?link"), problems.get(0).message());
            assertEquals(3, run.committed());
            assertEquals(3, run.commits(), "the failed batch was rolled back and its articles written one by one");
            for (int i : new int[] {0, 1, 3}) {
                Article a = articles.get(i);
                assertEquals(built.get(i).graph().size(), kg.tripleCount(Iris.graph(a.id())), a.origin());
                assertTrue(runLogEnd(kg, a) != null, "the run log names " + a.origin());
            }
            assertEquals(storedBefore, kg.tripleCount(Iris.graph(bad.id())), "the refused article keeps its earlier graph");
            assertEquals(loggedBefore, runLogEnd(kg, bad), "and its earlier run-log entry");
        }
    }

    @Test
    void articlesAreCommittedManyPerTransactionAndProblemsWaitForTheArticlesBeforeThem() throws IOException {
        List<Article> articles = articles();
        List<IngestProblem> problems = new ArrayList<>();
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            IngestRun run = new IngestRun(null, new BatchLimits(2, BatchLimits.DEFAULT_BYTES, 3_600_000), problems::add);
            run.store(builder().build(articles.get(0)), kg);
            IngestProblem unreadable = new IngestProblem("feed/broken.html", "not ingested: cannot read the file");
            run.report(unreadable);
            assertFalse(kg.containsGraph(Iris.graph(articles.get(0).id())), "not committed yet");
            assertEquals(List.of(), problems, "the problem waits for the article before it");

            run.store(builder().build(articles.get(1)), kg);   // the batch is full: both are committed together
            assertEquals(1, run.commits());
            assertEquals(2, run.committed());
            assertTrue(kg.containsGraph(Iris.graph(articles.get(0).id())));
            assertTrue(kg.containsGraph(Iris.graph(articles.get(1).id())));
            assertEquals(List.of(unreadable), problems);
            assertEquals(runLogEnd(kg, articles.get(0)), runLogEnd(kg, articles.get(1)), "one commit time for the batch");

            run.store(builder().build(articles.get(2)), kg);
            run.store(BuiltArticle.failed(articles.get(3), "not ingested: the pipeline failed"), kg);
            assertEquals(1, problems.size(), "a refused article never enters the batch, and waits for the one before it");
            run.commit(kg);
            assertEquals(2, run.commits());
            assertEquals(3, run.committed());
            assertEquals(List.of(unreadable, new IngestProblem(articles.get(3).origin(), "not ingested: the pipeline failed")),
                    problems);
            assertFalse(kg.containsGraph(Iris.graph(articles.get(3).id())));
        }
    }

    @Test
    void aBatchIsAlsoCommittedWhenItsTextsReachTheByteLimit() throws IOException {
        List<Article> articles = articles();
        long firstTwo = BatchLimits.utf8Bytes(articles.get(0).text()) + BatchLimits.utf8Bytes(articles.get(1).text());
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            IngestRun run = new IngestRun(null, new BatchLimits(100, firstTwo, 3_600_000), p -> { });
            for (Article a : articles.subList(0, 3)) {
                run.store(builder().build(a), kg);
            }
            assertEquals(1, run.commits(), "the first two articles filled a batch; the third waits");
            assertEquals(2, run.committed());
            run.commit(kg);
            assertEquals(3, run.committed());
            assertEquals(3, kg.articleGraphs().size());
        }
    }

    @Test
    void aFaultMetInOneArticleRefusesItAloneAndTheOthersAreStored() throws IOException {
        List<Article> articles = articles();
        // a builder without a pipeline meets a NullPointerException on every article: a stand-in for a newskg bug that
        // one article's text sets off
        ArticleBuilder faulty = new ArticleBuilder((org.newskg.pipeline.Pipeline) null, new ArticleGraphWriter("test"),
                ArticleValidator.load());
        try (KgStore kg = KgStore.open(tmp.resolve("store"))) {
            List<IngestProblem> problems = new ArrayList<>();
            IngestRun run = new IngestRun(null, BatchLimits.DEFAULT, problems::add);
            run.store(builder().build(articles.get(0)), kg);
            run.store(faulty.build(articles.get(1)), kg);
            run.store(builder().build(articles.get(2)), kg);
            run.commit(kg);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(articles.get(1).origin(), problems.get(0).origin());
            assertTrue(problems.get(0).message().startsWith("not ingested: internal error NullPointerException at "),
                    problems.get(0).message());
            assertEquals(2, run.committed());
            assertEquals(0, kg.tripleCount(Iris.graph(articles.get(1).id())));
            assertTrue(kg.tripleCount(Iris.graph(articles.get(2).id())) > 50, "the article after it is stored");
        }
    }

    private static ArticleBuilder builder() {
        return new ArticleBuilder(resources.newPipeline(), new ArticleGraphWriter("test"), ArticleValidator.load());
    }

    private List<Article> articles() throws IOException {
        ArticleLoader loader = new ArticleLoader(LoaderOptions.defaults(SampleStores.HOME.resolve("data")));
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            Path f = Files.writeString(tmp.resolve("article-" + i + ".txt"), TEXTS.get(i));
            out.addAll(loader.load(InputFile.of(f), null).articles());
        }
        assertEquals(TEXTS.size(), out.size());
        return out;
    }

    /** When the run log says the article's last ingest ended, or null. */
    private static Node runLogEnd(KgStore kg, Article a) {
        return kg.read(() -> {
            var it = kg.dataset().asDatasetGraph().find(Quad.defaultGraphIRI, Iris.ingest(a.id()), NKG.provEndedAtTime, Node.ANY);
            return it.hasNext() ? it.next().getObject() : null;
        });
    }
}
