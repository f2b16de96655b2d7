package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.prov.RunLog;
import org.newskg.rdf.Iris;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.newskg.store.LockHolder;

/** What {@code kg} says and does matches the README: exit codes, messages, and no side effects it does not promise. */
class CliTruthfulnessTest {

    @TempDir
    Path tmp;

    private Path article() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Written for this test.
        Files.writeString(in.resolve("suva.txt"), """
                Pacific ministers meet in Suva
                By Island Wire

                SUVA - Fijian Prime Minister Sitiveni Rabuka met Tongan Foreign Minister Fekitamoeloa Utoikamanu in Suva \
                on Tuesday, the government said.
                """);
        return in;
    }

    private static void assertNoStackTrace(CliRunner.Result r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void theDefaultGraphOfQueriesAndTheStatsLeaveTheRunLogOut() throws IOException {
        Path store = tmp.resolve("store");
        try (KgStore kg = KgStore.open(store)) {
            // A store written before the run log moved out of the named graphs.
            kg.replaceArticle(RunLog.GRAPH, sink -> sink.triple(org.apache.jena.graph.Triple.create(Iris.ingest("old"),
                    NKG.provStartedAtTime, NodeFactory.createLiteralString("2020-01-01T00:00:00Z"))));
        }
        assertEquals(ExitCodes.OK, CliRunner.run("ingest", "-q", "--store", store.toString(), article().toString()).exitCode());

        String times = "SELECT (COUNT(*) AS ?n) WHERE { ?a <http://www.w3.org/ns/prov#startedAtTime> ?t }";
        assertEquals(List.of("n", "0"), csv(store, times), "no run-log triple in the default graph");
        String logged = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:x-arq:DefaultGraph> { ?a <http://www.w3.org/ns/prov#startedAtTime> ?t } }";
        assertEquals(List.of("n", "2"), csv(store, logged), "the old entry was moved, the new one added");

        long articleQuads;
        try (KgStore kg = KgStore.open(store)) {
            assertFalse(kg.containsGraph(RunLog.GRAPH), "no run-log named graph is left");
            articleQuads = kg.tripleCount(kg.articleGraphs().get(0));
        }
        CliRunner.Result stats = CliRunner.run("stats", "--store", store.toString());
        assertTrue(stats.out().contains(String.format(java.util.Locale.ROOT, "Store: 1 article graph, %,d triples", articleQuads)),
                articleQuads + " triples expected: " + stats.out());

        CliRunner.Result export = CliRunner.run("export", "--store", store.toString(), "--format", "nquads", "--include-runlog",
                "-o", tmp.resolve("log.nq").toString());
        assertEquals(ExitCodes.OK, export.exitCode(), export.err());
        assertEquals(3, Files.readAllLines(tmp.resolve("log.nq")).stream().filter(l -> l.endsWith("<" + RunLog.GRAPH.getURI() + "> .")).count(),
                "the export still names the run log: " + Files.readString(tmp.resolve("log.nq")).lines().filter(l -> l.contains("runlog")).toList());
    }

    private List<String> csv(Path store, String sparql) throws IOException {
        Path out = tmp.resolve("result.csv");
        CliRunner.Result r = CliRunner.run("query", "--store", store.toString(), "--format", "csv", "-e", sparql, "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return Files.readAllLines(out);
    }

    @Test
    void badOptionValuesAreUsageErrorsWithoutAStackTrace() throws IOException {
        Path in = article();
        Path store = tmp.resolve("store");
        // The option at fault, then the command line.
        List<List<String>> lines = List.of(
                List.of("--max-size", "ingest", "--store", store.toString(), "--max-size", "-5", in.toString()),
                List.of("--format", "ingest", "--store", store.toString(), "--format", "bad", in.toString()),
                List.of("--port", "serve", "--store", store.toString(), "--port", "70000"),
                List.of("--format", "export", "--store", store.toString(), "--format", "bad"),
                List.of("--format", "query", "--store", store.toString(), "--format", "bad", "-e", "ASK {}"));
        for (List<String> line : lines) {
            List<String> args = line.subList(1, line.size());
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.USAGE, r.exitCode(), args + ": " + r.err());
            assertTrue(r.err().contains("Invalid value for option '" + line.get(0) + "'"), args + ": " + r.err());
            assertTrue(r.err().contains("Usage: kg " + args.get(0)), "the usage follows: " + r.err());
            assertNoStackTrace(r);
        }
        assertFalse(Files.exists(store), "no store was created");
    }

    @Test
    void anUpdateGivenToQueryIsRecognizedAsOneAndTheStoreIsNotCreated() {
        Path store = tmp.resolve("store");
        CliRunner.Result r = CliRunner.run("query", "--store", store.toString(), "-e",
                "INSERT DATA { <https://news.example.org/a> <https://news.example.org/p> 1 }");
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("this is a SPARQL update") && r.err().contains("kg serve --update"), r.err());
        assertNoStackTrace(r);
        assertFalse(Files.exists(store));
    }

    @Test
    void neitherAFailedIngestNorAReadCommandCreatesAStore() throws IOException {
        Path missing = tmp.resolve("store");
        CliRunner.Result ingest = CliRunner.run("ingest", "--store", missing.toString(), tmp.resolve("nonexistent").toString());
        assertEquals(ExitCodes.INPUT_FAILED, ingest.exitCode());
        assertTrue(ingest.err().contains("nonexistent: no such file or directory"), ingest.err());
        assertFalse(Files.exists(missing), "ingest of nothing creates no store");

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        List<List<String>> reads = List.of(List.of("query", "-e", "ASK {}"), List.of("stats"), List.of("export"),
                List.of("explain", "Sitiveni Rabuka"), List.of("validate"));
        for (List<String> read : reads) {
            for (Path dir : List.of(missing, empty)) {
                List<String> args = new java.util.ArrayList<>(read);
                args.addAll(List.of("--store", dir.toString()));
                CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
                assertEquals(ExitCodes.FAILED, r.exitCode(), args + ": " + r.err());
                assertTrue(r.err().contains("no store "), args + ": " + r.err());
            }
            assertFalse(Files.exists(missing), read + " created " + missing);
            try (var files = Files.list(empty)) {
                assertEquals(0, files.count(), read + " wrote into the empty directory");
            }
        }
    }

    @Test
    void anExportedFileHasTheModeTheUmaskGivesNewFiles() throws IOException {
        Path store = tmp.resolve("store");
        assertEquals(ExitCodes.OK, CliRunner.run("ingest", "-q", "--no-validate", "--store", store.toString(), article().toString()).exitCode());
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        CliRunner.Result r = CliRunner.run("export", "--store", store.toString(), "-o", out.resolve("kg.ttl").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        Path plain = Files.createFile(out.resolve("plain.txt"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve("kg.ttl")));
    }

    @Test
    void aStoreInUseIsRefusedWithTheHoldersPidBeforeAnyModelIsLoaded() throws Exception {
        Path store = tmp.resolve("store");
        KgStore.open(store).close();
        LockHolder.Child holder = LockHolder.start(store);
        Process child = holder.process();
        try {
            assertTrue(holder.openLine() != null, "the child did not open the store");
            // A file that is no model: had the models been loaded first, that would be the error.
            Path notAModel = Files.writeString(tmp.resolve("not-a-model.bin"), "not a model");
            CliRunner.Result ingest = CliRunner.run("ingest", "--store", store.toString(), "--ner-model",
                    notAModel.toString(), article().toString());
            assertEquals(ExitCodes.FAILED, ingest.exitCode(), ingest.err());
            assertTrue(ingest.err().contains("store in use by PID " + child.pid()), ingest.err());
            assertNoStackTrace(ingest);
        } finally {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
