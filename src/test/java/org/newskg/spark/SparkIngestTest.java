package org.newskg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.ExitCodes;
import org.newskg.cli.Main;
import org.newskg.testutil.TestDirs;
import org.newskg.validate.SampleStores;
import picocli.CommandLine;

/**
 * The Spark job on {@code local[2]} writes, quad for quad, the article graphs {@code kg ingest} stores, and
 * reports the same bad inputs: its output is loaded into a real TDB2 store with Jena's bulk loader (as
 * {@code tdb2.tdbloader} would) and compared with a store built by {@code kg ingest} from the same corpus,
 * which holds bad inputs and a duplicate.
 */
class SparkIngestTest {

    @TempDir
    Path tmp;

    @Test
    void sparkOutputLoadedWithTheBulkLoaderEqualsKgIngestQuadForQuad() throws IOException {
        // Several publishers and formats: the bundled articles (text, HTML, JSON Lines), the trust-test articles,
        // and those written for this test (in a subfolder), with an empty file and a JSON Lines record without text.
        Path corpus = tmp.resolve("corpus");
        TestDirs.copy(SampleStores.ARTICLES, corpus.resolve("bundled"));
        TestDirs.copy(SampleStores.OWN, corpus.resolve("trust"));
        TestDirs.copy(SampleStores.HOME.resolve("src/test/resources/articles"), corpus.resolve("own"));
        TestDirs.copy(SampleStores.HOME.resolve("src/test/resources/spark"), corpus.resolve("spark"));
        // The same article under a second name: one graph, the later file reported as a duplicate.
        Files.copy(corpus.resolve("trust/trust-2024-06-03-norway-indonesia-ferry.txt"), corpus.resolve("spark/ferry-copy.txt"));

        Run ingest = kgIngest(corpus, tmp.resolve("ingest-store"));
        assertEquals(ExitCodes.INPUT_FAILED, ingest.exitCode(), ingest.err());

        Path output = tmp.resolve("nquads");
        Run spark = sparkJob(corpus, output);
        assertEquals(ExitCodes.INPUT_FAILED, spark.exitCode(), spark.err());

        // The same inputs reported, by the same messages; Spark names files by their URI.
        List<String> reported = problemLines(spark.err().replace("file:" + corpus, corpus.toString()), corpus);
        assertEquals(problemLines(ingest.err(), corpus), reported);
        assertTrue(reported.stream().anyMatch(l -> l.contains("empty.txt: empty input")), reported.toString());
        assertTrue(reported.stream().anyMatch(l -> l.contains("harbour-notes.jsonl:2: ")), reported.toString());
        assertTrue(reported.stream().anyMatch(l -> l.contains("trust-2024-06-03-norway-indonesia-ferry.txt: duplicate of ")
                && l.contains("ferry-copy.txt")), reported.toString());

        List<Path> parts;
        try (Stream<Path> files = Files.list(output)) {
            parts = files.filter(f -> f.getFileName().toString().endsWith(".nq")).sorted().toList();
        }
        assertTrue(parts.size() >= 2, "one N-Quads file per partition of local[2]: " + parts);

        Set<String> fromSpark = quads(bulkLoad(parts, tmp.resolve("loaded-store")));
        // kg ingest also keeps its run log (ingest times) in the store's default graph: the only quads left out.
        DatasetGraph ingested = DatabaseMgr.connectDatasetGraph(Location.create(tmp.resolve("ingest-store").toString()));
        Set<String> fromIngest = quads(ingested);
        long graphs = ingested.calculateRead(() -> Iter.count(ingested.listGraphNodes()));
        assertTrue(graphs >= 10, "article graphs of several sources: " + graphs);
        assertEquals(String.join("\n", fromIngest), String.join("\n", fromSpark));
        assertTrue(spark.out().contains(graphs + " articles, " + fromIngest.size() + " quads"), spark.out());
    }

    @Test
    void anExistingOutputDirectoryStopsTheJobWithExitCode3() throws IOException {
        Path output = Files.createDirectories(tmp.resolve("exists"));
        Run spark = sparkJob(SampleStores.OWN, output);
        assertEquals(ExitCodes.FAILED, spark.exitCode(), spark.err());
        assertTrue(spark.err().contains("already exists"), spark.err());
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run kgIngest(Path corpus, Path store) {
        CommandLine cl = Main.commandLine();
        return run(cl, "ingest", "--no-progress", "--store", store.toString(), corpus.toString());
    }

    private static Run sparkJob(Path input, Path output) {
        Map<String, String> spark = Map.of("spark.master", "local[2]", "spark.ui.enabled", "false",
                "spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1");
        CommandLine cl = SparkIngest.commandLine(new SparkIngest(spark));
        return run(cl, input.toString(), output.toString(), "--data", SampleStores.HOME.resolve("data").toString());
    }

    private static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The lines that report an input of the corpus, sorted. */
    private static List<String> problemLines(String err, Path corpus) {
        return err.lines().filter(l -> l.startsWith(corpus.toString())).sorted().toList();
    }

    private static DatasetGraph bulkLoad(List<Path> files, Path store) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(store.toString()));
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> { });
        loader.startBulk();
        loader.load(files.stream().map(Path::toString).toList());
        loader.finishBulk();
        return dsg;
    }

    /** The quads of every named graph as N-Quads lines, sorted. */
    private static Set<String> quads(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            Set<String> lines = new TreeSet<>();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    lines.add(NodeFmtLib.str(q));
                }
            });
            return lines;
        });
    }
}
