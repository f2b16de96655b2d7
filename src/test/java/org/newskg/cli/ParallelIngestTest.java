package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.validate.SampleStores;

/** {@code kg ingest --threads 3} stores and prints exactly what {@code --threads 1} does, bad files included. */
class ParallelIngestTest {

    @TempDir
    Path tmp;

    @Test
    void threeThreadsGiveTheSameStoreSummaryAndProblemsAsOne() throws IOException {
        Path bad = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(bad.resolve("a-empty.txt"), "");
        Files.write(bad.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.copy(SampleStores.OWN.resolve("trust-2024-06-03-norway-indonesia-ferry.txt"), bad.resolve("c-ferry.txt"));
        Files.writeString(bad.resolve("d-blank.txt"), "  \n\n ");

        CliRunner.Result one = ingest("one", "1", bad);
        CliRunner.Result three = ingest("three", "3", bad);

        assertEquals(ExitCodes.INPUT_FAILED, one.exitCode(), one.err());
        assertEquals(one.exitCode(), three.exitCode());
        assertEquals(one.err(), three.err(), "the same problems in the same order");
        String problems = one.err();
        assertTrue(problems.indexOf("a-empty.txt") >= 0 && problems.indexOf("a-empty.txt") < problems.indexOf("b-binary.txt")
                && problems.indexOf("b-binary.txt") < problems.indexOf("d-blank.txt"), problems);
        assertEquals(withoutTime(one.out()), withoutTime(three.out()), "the same summary");
        // c-ferry.txt is a copy of an article of OWN, ingested later in the same run: a duplicate, skipped.
        assertTrue(one.out().contains("(4 problems, 1 of them duplicate skipped, see above)"), one.out());
        assertTrue(problems.contains("trust-2024-06-03-norway-indonesia-ferry.txt: duplicate of " + bad.resolve("c-ferry.txt")), problems);

        Path a = export("one");
        Path b = export("three");
        assertTrue(Files.size(a) > 100_000, "the export holds all articles: " + Files.size(a));
        assertEquals(-1, Files.mismatch(a, b), "the sorted N-Quads exports differ");
    }

    @Test
    void threadsBelowOneAreRefusedAndHelpDescribesTheOption() {
        CliRunner.Result r = CliRunner.run("ingest", "--threads", "0", "--store", tmp.resolve("s").toString(),
                SampleStores.OWN.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--threads must be at least 1"), r.err());
        String help = CliRunner.run("ingest", "--help").out();
        assertTrue(help.contains("--threads=N"), help);
        assertTrue(help.replaceAll("\\s+", " ").contains("the number of available processors, here "
                + Runtime.getRuntime().availableProcessors()), help);
    }

    private CliRunner.Result ingest(String store, String threads, Path bad) {
        return CliRunner.run("ingest", "--no-progress", "--threads", threads, "--store", tmp.resolve(store).toString(),
                SampleStores.ARTICLES.toString(), bad.toString(), SampleStores.OWN.toString());
    }

    private Path export(String store) {
        Path out = tmp.resolve(store + ".nq");
        CliRunner.Result r = CliRunner.run("export", "--store", tmp.resolve(store).toString(), "--format", "nquads",
                "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return out;
    }

    /** The summary's first line ends with the wall-clock time taken, the only part allowed to differ. */
    private static String withoutTime(String summary) {
        return summary.replaceFirst(" in [0-9.]+ s\\n", " in T s\n");
    }
}
