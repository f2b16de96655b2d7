package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.Compaction;
import org.newskg.store.KgStore;

/**
 * Re-ingesting the same articles makes the store grow with each run (TDB2 keeps the replaced blocks);
 * {@code kg compact} brings it back to about the size of one ingest, keeping every triple.
 */
class CompactCommandTest {

    private static final Path HOME = IngestCommandTest.HOME;

    @TempDir
    Path tmp;

    @Test
    void reingestedArticlesCompactToWithinTenPercentOfOneIngest() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HOME.resolve("data/articles/xinhua-2024-02-08-xi-putin-call.txt"), in.resolve("seed.txt"));
        Files.copy(HOME.resolve("src/test/resources/articles/pti-2024-03-12-modi-ramaphosa.txt"), in.resolve("pti.txt"));
        Files.copy(HOME.resolve("src/test/resources/org/newskg/extract/fact/testwire-2024-05-10-ghana-nigeria-gas.txt"),
                in.resolve("gas.txt"));
        Files.copy(HOME.resolve("src/test/resources/org/newskg/extract/fact/testwire-1998-06-09-menem-frei.txt"),
                in.resolve("menem.txt"));
        Path once = tmp.resolve("once");
        Path often = tmp.resolve("often");
        ingest(once, in);
        for (int i = 0; i < 3; i++) {
            ingest(often, in);
        }
        long onceKb = Compaction.diskKb(once);
        long oftenKb = Compaction.diskKb(often);
        assertTrue(onceKb > 0, "du measures the store: " + onceKb);
        assertTrue(oftenKb > 2 * onceKb, "three ingests leave more than twice the space of one: " + oftenKb + " KB vs " + onceKb + " KB");
        long triples;
        try (KgStore kg = KgStore.open(often)) {
            triples = kg.tripleCount();
        }

        CliRunner.Result r = CliRunner.run("compact", "--store", often.toString());

        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().startsWith("Compacted " + often.toAbsolutePath().normalize() + ": 4 article graphs"), r.out());
        assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "%.1f MB before", oftenKb / 1024.0)), r.out());
        long compactedKb = Compaction.diskKb(often);
        assertTrue(compactedKb <= onceKb * 1.1, "compacted " + compactedKb + " KB, one ingest " + onceKb + " KB");
        try (KgStore kg = KgStore.open(often)) {
            assertEquals(triples, kg.tripleCount(), "every triple kept");
            assertEquals(4, kg.articleGraphs().size());
        }
        assertEquals(List.of("Data-0002", "tdb.lock"), Files.list(often).map(p -> p.getFileName().toString()).sorted().toList(),
                "the old generation is deleted");
    }

    @Test
    void compactingWhereThereIsNoStoreCreatesNone() {
        Path none = tmp.resolve("none");
        CliRunner.Result r = CliRunner.run("compact", "--store", none.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains("no store at " + none), r.err());
        assertTrue(Files.notExists(none));
    }

    @Test
    void ingestCompactsTheStoreWhenItsDiskUseExceedsTheRatio() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HOME.resolve("src/test/resources/org/newskg/extract/fact/testwire-1996-03-05-kuchma-warsaw.txt"),
                in.resolve("warsaw.txt"));
        Path store = tmp.resolve("store");
        ingest(store, in);
        ingest(store, in);
        long grown = Compaction.diskKb(store);

        CliRunner.Result huge = CliRunner.run("ingest", "--no-progress", "--compact-over", "1000", "--store", store.toString(),
                in.toString());
        assertEquals(ExitCodes.OK, huge.exitCode(), huge.err());
        assertFalse(huge.out().contains("Compacted"), "far below the ratio: " + huge.out());

        CliRunner.Result tiny = CliRunner.run("ingest", "--no-progress", "--compact-over", "0.01", "--store", store.toString(),
                in.toString());
        assertEquals(ExitCodes.OK, tiny.exitCode(), tiny.err());
        assertTrue(tiny.out().contains("Compacted the store (--compact-over 0.01): disk use"), tiny.out());
        assertTrue(Compaction.diskKb(store) < grown, Compaction.diskKb(store) + " KB after, " + grown + " KB before");
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(1, kg.articleGraphs().size());
        }
        CliRunner.Result bad = CliRunner.run("ingest", "--compact-over", "-1", "--store", store.toString(), in.toString());
        assertEquals(ExitCodes.USAGE, bad.exitCode(), bad.err());
    }

    @Test
    void aStoreWithoutQuadsAtTheStartIsCompactedByDefaultToo() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HOME.resolve("src/test/resources/org/newskg/extract/fact/testwire-1996-03-05-kuchma-warsaw.txt"),
                in.resolve("warsaw.txt"));
        Path empty = bloated(tmp.resolve("empty"), false);
        Path off = bloated(tmp.resolve("off"), false);
        Path holding = bloated(tmp.resolve("holding"), true);

        // A first ingest into a new store is what grows a store most (a commit a second, each copying the B+tree
        // blocks it touches): it is no longer left as written.
        CliRunner.Result byDefault = CliRunner.run("ingest", "--no-progress", "--threads", "1", "--store", empty.toString(),
                in.toString());
        assertEquals(ExitCodes.OK, byDefault.exitCode(), byDefault.err());
        assertTrue(byDefault.out().contains("Compacted the store (--compact-over 4): disk use"), byDefault.out());
        assertEquals(List.of("Data-0002", "tdb.lock"), generations(empty));
        assertTrue(Compaction.diskKb(empty) < 20 * 1024, "compacted: " + Compaction.diskKb(empty) + " KB");

        CliRunner.Result never = CliRunner.run("ingest", "--no-progress", "--threads", "1", "--compact-over", "0",
                "--store", off.toString(), in.toString());
        assertEquals(ExitCodes.OK, never.exitCode(), never.err());
        assertFalse(never.out().contains("Compacted"), never.out());
        assertEquals(List.of("Data-0001", "tdb.lock"), generations(off));

        CliRunner.Result existing = CliRunner.run("ingest", "--no-progress", "--threads", "1", "--store", holding.toString(),
                in.toString());
        assertEquals(ExitCodes.OK, existing.exitCode(), existing.err());
        assertTrue(existing.out().contains("Compacted the store (--compact-over 4)"), "a store that held quads: " + existing.out());
        try (KgStore kg = KgStore.open(holding)) {
            assertEquals(2, kg.graphCount(), "the kept graph and the article's");
        }
    }

    /**
     * The store is compacted between batches as soon as it is over the ratio, not only once the run has ended: a
     * long first load never grows far past the ratio. The articles stored are those of a run that never compacts.
     */
    @Test
    void theStoreIsCompactedBetweenBatchesDuringTheRun() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HOME.resolve("src/test/resources/org/newskg/extract/fact/testwire-1996-03-05-kuchma-warsaw.txt"),
                in.resolve("warsaw.txt"));
        Files.copy(HOME.resolve("src/test/resources/org/newskg/extract/fact/testwire-1998-06-09-menem-frei.txt"),
                in.resolve("menem.txt"));
        Files.copy(HOME.resolve("src/test/resources/org/newskg/extract/fact/testwire-2024-05-10-ghana-nigeria-gas.txt"),
                in.resolve("gas.txt"));
        Path plain = tmp.resolve("plain");
        ingest(plain, in);

        Path store = tmp.resolve("store");
        CliRunner.Result r = CliRunner.run("ingest", "--no-progress", "--threads", "1", "--batch-articles", "1",
                "--compact-over", "0.01", "--store", store.toString(), in.toString());

        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("Compacted the store (--compact-over 0.01): disk use")).count(),
                "once after each of the three commits: " + r.out());
        assertEquals(List.of("Data-0004", "tdb.lock"), generations(store), "three generations replaced, none left behind");
        assertEquals(-1, Files.mismatch(export(plain), export(store)), "the same quads as a run that never compacts");
    }

    /** The sorted N-Quads export of a store (its article graphs; the run log, whose times differ, left out). */
    private Path export(Path store) throws IOException {
        Path out = tmp.resolve(store.getFileName() + ".nq");
        CliRunner.Result r = CliRunner.run("export", "--store", store.toString(), "--format", "nquads", "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return out;
    }

    /**
     * A store whose disk use is far over the default ratio: one graph written and deleted again and again (TDB2 keeps
     * the replaced blocks and the nodes), then, if {@code keepOne}, one small graph left in it.
     */
    private static Path bloated(Path dir, boolean keepOne) {
        try (KgStore kg = KgStore.open(dir)) {
            Node g = NodeFactory.createURI("urn:test:scratch");
            for (int round = 0; round < 400 && Compaction.diskKb(dir) < 40 * 1024; round++) {
                int r = round;
                kg.replaceArticle(g, sink -> {
                    for (int i = 0; i < 2000; i++) {
                        sink.triple(Triple.create(NodeFactory.createURI("urn:test:s" + r + "-" + i), RDFS.label.asNode(),
                                NodeFactory.createLiteral("label " + r + " " + i)));
                    }
                });
                kg.deleteGraph(g);
            }
            if (keepOne) {
                kg.replaceArticle(NodeFactory.createURI("urn:test:kept"), sink -> sink.triple(Triple.create(
                        NodeFactory.createURI("urn:test:kept-s"), RDFS.label.asNode(), NodeFactory.createLiteral("kept"))));
            }
            assertEquals(!keepOne, kg.isEmpty());
        }
        assertTrue(Compaction.diskKb(dir) >= 40 * 1024, "bloated to " + Compaction.diskKb(dir) + " KB");
        return dir;
    }

    private static List<String> generations(Path store) throws IOException {
        try (var files = Files.list(store)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** An ingest that never compacts by itself, so that the store grows as re-ingests leave it. */
    private static void ingest(Path store, Path in) {
        CliRunner.Result r = CliRunner.run("ingest", "-q", "--no-progress", "--threads", "1", "--compact-over", "0",
                "--store", store.toString(), in.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
    }
}
