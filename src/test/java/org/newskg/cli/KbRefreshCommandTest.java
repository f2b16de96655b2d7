package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.kb.online.FakeEndpoint;
import org.newskg.kb.online.FakeEndpoint.Answer;
import org.newskg.kb.online.WikidataTestServer;

/** {@code kg kb refresh} against a Fuseki loaded with Wikidata-shaped data, and against broken endpoints. */
class KbRefreshCommandTest {

    static final Path WD = IngestCommandTest.HOME.resolve("src/test/resources/wikidata");
    static final Path CLASSES = IngestCommandTest.HOME.resolve("data/kb/refresh-classes.tsv");
    private static WikidataTestServer wd;

    @BeforeAll
    static void start() {
        wd = WikidataTestServer.start();
    }

    @AfterAll
    static void stop() {
        wd.close();
    }

    /** A data directory holding only the small "before" KB. */
    private static Path dataDir(Path tmp) throws IOException {
        Path d = tmp.resolve("data");
        Files.createDirectories(d.resolve("kb"));
        Files.copy(WD.resolve("kb-before/kb/entities.tsv"), d.resolve("kb/entities.tsv"));
        return d;
    }

    private static CliRunner.Result refresh(Path data, String endpoint, String... more) {
        String[] base = {"kb", "refresh", "--data", data.toString(), "--endpoint", endpoint, "--classes", CLASSES.toString(),
                "--retries", "0", "--timeout", "2"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRunner.run(args);
    }

    @Test
    void refreshRegeneratesTheExpectedKbFile(@TempDir Path tmp) throws IOException {
        Path data = dataDir(tmp);
        Path out = tmp.resolve("refreshed.tsv");
        CliRunner.Result r = refresh(data, wd.endpoint().toString(), "--page-size", "3", "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(Files.readString(WD.resolve("entities-after-refresh.tsv")), Files.readString(out));
        assertTrue(r.out().contains("+ Q232 Kazakhstan (Country, sovereign states)"), r.out());
        assertTrue(r.out().contains("7 added, 0 removed"), r.out());
        assertEquals(Files.readString(WD.resolve("kb-before/kb/entities.tsv")), Files.readString(data.resolve("kb/entities.tsv")),
                "with -o the KB that was read is not touched");
        // Refreshing the refreshed file changes nothing: the output is a fixed point.
        Files.copy(out, data.resolve("kb/entities.tsv"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRunner.Result again = refresh(data, wd.endpoint().toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 added, 0 removed, 0 changed"), again.out());
        assertEquals(Files.readString(out), Files.readString(data.resolve("kb/entities.tsv")));
    }

    @Test
    void dryRunReportsButWritesNothingAndReplaceRemoves(@TempDir Path tmp) throws IOException {
        Path data = dataDir(tmp);
        String before = Files.readString(data.resolve("kb/entities.tsv"));
        CliRunner.Result r = refresh(data, wd.endpoint().toString(), "--dry-run", "--replace");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("- Q90 Paris"), r.out());
        assertTrue(r.out().contains("dry run: nothing written"), r.out());
        assertEquals(before, Files.readString(data.resolve("kb/entities.tsv")));
    }

    private static void assertFailsAndKeepsKb(Path data, CliRunner.Result r, String expected) throws IOException {
        assertEquals(ExitCodes.FAILED, r.exitCode(), r.out());
        assertTrue(r.err().contains(expected), r.err());
        assertEquals(Files.readString(WD.resolve("kb-before/kb/entities.tsv")), Files.readString(data.resolve("kb/entities.tsv")));
        try (var files = Files.list(data.resolve("kb"))) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void endpointDownLeavesTheKbUntouched(@TempDir Path tmp) throws IOException {
        Path data = dataDir(tmp);
        String gone;
        try (FakeEndpoint f = FakeEndpoint.start(Answer.ok("{}"))) {
            gone = f.endpoint().toString();
        }
        assertFailsAndKeepsKb(data, refresh(data, gone), "cannot connect");
    }

    @Test
    void slowEndpointTimesOutAndLeavesTheKbUntouched(@TempDir Path tmp) throws IOException {
        Path data = dataDir(tmp);
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(200, null, null, "{}", 4000))) {
            assertFailsAndKeepsKb(data, refresh(data, f.endpoint().toString()), "timeout");
        }
    }

    @Test
    void tooManyRequestsLeavesTheKbUntouched(@TempDir Path tmp) throws IOException {
        Path data = dataDir(tmp);
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(429, "Retry-After", "86400", "", 0))) {
            assertFailsAndKeepsKb(data, refresh(data, f.endpoint().toString()), "HTTP 429");
        }
    }

    @Test
    void malformedResultsLeaveTheKbUntouched(@TempDir Path tmp) throws IOException {
        Path data = dataDir(tmp);
        try (FakeEndpoint f = FakeEndpoint.start(Answer.ok("{\"head\": {\"vars\": [\"item\"]}, \"results\": {\"bindings\": [ {"))) {
            assertFailsAndKeepsKb(data, refresh(data, f.endpoint().toString()), "malformed results");
        }
    }

    @Test
    void helpDescribesEveryOption() {
        CliRunner.Result r = CliRunner.run("kb", "refresh", "--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        for (String o : new String[] {"--endpoint", "--classes", "--output", "--dry-run", "--replace", "--page-size",
                "--timeout", "--retries", "--data"}) {
            assertTrue(r.out().contains(o), o + " in " + r.out());
        }
    }
}
