package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.prov.RunLog;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;
import org.newskg.validate.SampleStores;

/** {@code kg ingest --bulk} builds the same article graphs as {@code kg ingest}, refuses bad files by name, and only on a new store. */
class BulkIngestTest {

    private static final Path OWN = SampleStores.HOME.resolve("src/test/resources/bulk");

    @TempDir
    Path tmp;

    /** The articles written for this test (src/test/resources/bulk: other countries and people), an empty file, a binary one. */
    private Path ownInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("own"));
        for (String name : List.of("nairobi-accra-trade.txt", "ottawa-tokyo-call.txt")) {
            Files.copy(OWN.resolve(name), in.resolve(name));
        }
        Files.writeString(in.resolve("m-empty.txt"), "");
        Files.write(in.resolve("n-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        return in;
    }

    @Test
    void bulkIngestStoresTheSameArticleGraphsAndRefusesTheSameFiles() throws IOException {
        Path own = ownInput();
        CliRunner.Result normal = ingest("normal", own);
        CliRunner.Result bulk = ingest("bulk", own, "--bulk");

        assertEquals(ExitCodes.INPUT_FAILED, normal.exitCode(), normal.err());
        assertEquals(normal.exitCode(), bulk.exitCode(), bulk.err());
        assertEquals(normal.err(), bulk.err(), "the same problems, in the same order");
        assertTrue(bulk.err().contains("m-empty.txt") && bulk.err().contains("n-binary.txt"), bulk.err());
        String ingested = normal.out().lines().filter(l -> l.startsWith("Ingested ")).findFirst().orElseThrow()
                .replaceFirst(" in [0-9.]+ s$", "");
        assertTrue(ingested.endsWith("articles (2 problems, see above)"), normal.out());
        int articles = Integer.parseInt(ingested.split(" ")[1]);
        assertTrue(bulk.out().matches("(?s)Extracted " + articles + " articles in [0-9.]+ s; bulk loaded [0-9,]+ quads "
                + "\\(phased loader\\) in [0-9.]+ s: [0-9,]+ triples/s\n" + java.util.regex.Pattern.quote(ingested) + " in .*"),
                bulk.out());
        assertEquals(normal.out().substring(normal.out().indexOf("Store:")), bulk.out().substring(bulk.out().indexOf("Store:")),
                "the same summary of the store");

        Path a = export("normal");
        Path b = export("bulk");
        assertTrue(Files.size(a) > 50_000, "the export holds all articles: " + Files.size(a));
        assertEquals(-1, Files.mismatch(a, b), "the sorted N-Quads exports differ");

        // The run log names the same articles; only its times differ.
        assertEquals(runLogSubjects("normal"), runLogSubjects("bulk"));
        assertEquals(2 * articles, runLogSubjects("bulk").size(), "a start and an end for each article");
        try (Stream<Path> beside = Files.list(tmp)) {
            assertEquals(List.of(), beside.filter(p -> p.getFileName().toString().contains(".bulk-")).toList(),
                    "the working folder is removed");
        }
    }

    @Test
    void bulkIsRefusedOnAStoreThatHoldsArticlesAndTheStoreIsLeftAsItWas() throws IOException {
        Path store = tmp.resolve("store");
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.copy(SampleStores.OWN.resolve("trust-2024-09-12-chile-argentina-lithium.txt"), first.resolve("lithium.txt"));
        assertEquals(ExitCodes.OK, CliRunner.run("ingest", "-q", "--no-progress", "--store", store.toString(), first.toString()).exitCode());
        long before;
        try (KgStore kg = KgStore.open(store)) {
            before = kg.tripleCount();
        }

        CliRunner.Result r = CliRunner.run("ingest", "--bulk", "--no-progress", "--store", store.toString(), ownInput().toString());

        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("--bulk builds a new store, but " + store.toAbsolutePath().normalize() + " already holds"), r.err());
        assertTrue(r.err().contains("Usage:"), "the usage follows: " + r.err());
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(before, kg.tripleCount(), "the store is unchanged");
            assertEquals(1, kg.articleGraphs().size());
        }
    }

    @Test
    void bulkIntoAFolderOfOtherFilesFailsBeforeAnyWorkAndKeepsThem() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(folder.resolve("letter.txt"), "keep me");

        CliRunner.Result r = CliRunner.run("ingest", "--bulk", "--no-progress", "--store", folder.toString(), ownInput().toString());

        assertEquals(ExitCodes.FAILED, r.exitCode(), r.err());
        assertTrue(r.err().contains("is not empty and is not a TDB2 store"), r.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("letter.txt")), files.toList());
        }
    }

    @Test
    void bulkFillsAnEmptyStoreAndItsRunLogSaysWhatWasIngested() throws IOException {
        Path store = tmp.resolve("empty-store");
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(0, kg.tripleCount(), "a new, empty store");
        }
        Path in = Files.createDirectories(tmp.resolve("one"));
        Files.copy(SampleStores.OWN.resolve("trust-2024-06-03-norway-indonesia-ferry.txt"), in.resolve("ferry.txt"));

        CliRunner.Result r = CliRunner.run("ingest", "--bulk", "--bulk-loader", "sequential", "--no-progress", "--store",
                store.toString(), in.toString());

        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("(sequential loader)"), r.out());
        try (KgStore kg = KgStore.open(store)) {
            List<org.apache.jena.graph.Node> graphs = kg.articleGraphs();
            assertEquals(1, graphs.size());
            String id = graphs.get(0).getURI().substring(Iris.GRAPH_NS.length());
            long logged = kg.read(() -> RunLog.quads(kg).stream().filter(q -> q.getSubject().equals(Iris.ingest(id))).count());
            assertEquals(2, logged, "a start and an end for the article");
        }
    }

    @Test
    void helpDescribesBulkAndAnUnknownLoaderIsABadOption() {
        String help = CliRunner.run("ingest", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--bulk Build a new store (--store missing, an empty folder or a store without quads; a store that "
                + "holds quads is refused with exit code 2)"), help);
        assertTrue(help.contains("--bulk-loader=LOADER"), help);
        CliRunner.Result r = CliRunner.run("ingest", "--bulk", "--bulk-loader", "fast", "--store", tmp.resolve("s").toString(),
                SampleStores.OWN.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("'fast' is not phased, parallel or sequential"), r.err());
        assertFalse(Files.exists(tmp.resolve("s")), "no store is made for a bad command line");
        CliRunner.Result both = CliRunner.run("ingest", "--bulk", "--server", "http://127.0.0.1:9/", "--store",
                tmp.resolve("s").toString(), SampleStores.OWN.toString());
        assertEquals(ExitCodes.USAGE, both.exitCode(), both.err());
        assertTrue(both.err().contains("give one of them"), both.err());
        assertFalse(Files.exists(tmp.resolve("s")), "no store is made for a bad command line");
    }

    private CliRunner.Result ingest(String store, Path own, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("ingest", "--no-progress", "--threads", "2", "--store",
                tmp.resolve(store).toString()));
        args.addAll(List.of(extra));
        args.addAll(List.of(SampleStores.ARTICLES.toString(), SampleStores.OWN.toString(), own.toString()));
        return CliRunner.run(args.toArray(String[]::new));
    }

    /** The sorted N-Quads export of a store, with {@code options} such as --include-runlog. */
    private Path export(String store, String... options) {
        Path out = tmp.resolve(store + "-" + options.length + ".nq");
        List<String> args = new java.util.ArrayList<>(List.of("export", "--store", tmp.resolve(store).toString(),
                "--format", "nquads", "-o", out.toString()));
        args.addAll(List.of(options));
        CliRunner.Result exported = CliRunner.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, exported.exitCode(), exported.err());
        return out;
    }

    /** The run-log lines of the export without their times: subject and property. */
    private List<String> runLogSubjects(String store) throws IOException {
        String suffix = "<" + RunLog.GRAPH.getURI() + "> .";
        return Files.readAllLines(export(store, "--include-runlog")).stream().filter(l -> l.endsWith(suffix))
                .map(l -> l.substring(0, l.indexOf('>', l.indexOf('>') + 1) + 1)).sorted().toList();
    }
}
