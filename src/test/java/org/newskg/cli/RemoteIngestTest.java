package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.serve.ArticleIntake;
import org.newskg.serve.Credentials;
import org.newskg.serve.ServeOptions;
import org.newskg.serve.ServedArticles;
import org.newskg.serve.SparqlServer;
import org.newskg.store.KgStore;

/** {@code kg ingest --server URL} end to end, against a real server (in this JVM) over a real store. */
class RemoteIngestTest {

    private static final Credentials USERS = Credentials.of(new Credentials.Login("wire", "monsoon-Lima-7"));

    @TempDir
    Path tmp;

    private SparqlServer serve(KgStore kg, boolean ingest) {
        ArticleIntake intake = ingest ? new ArticleIntake(kg, ServedArticles.resources(), ServedArticles.DATA, ServeOptions.DEFAULT_MAX_BODY, null) : null;
        return SparqlServer.start(kg, ServeOptions.readOnly("127.0.0.1", 0).withCredentials(USERS), intake);
    }

    private Path passwords(String line) throws Exception {
        return Files.writeString(tmp.resolve("login.txt"), "# the desk's login\n" + line + "\n");
    }

    private Path articles() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(dir.resolve("nairobi.txt"), ServedArticles.NAIROBI);
        Files.writeString(dir.resolve("lima.txt"), ServedArticles.LIMA);
        Files.writeString(dir.resolve("empty.txt"), "");
        return dir;
    }

    @Test
    void theServerStoresTheFilesAndRefusalsAreNamedByLocalFileWithExitCode1() throws Exception {
        Path in = articles();
        try (KgStore kg = KgStore.open(tmp.resolve("store")); SparqlServer server = serve(kg, true)) {
            CliRunner.Result r = CliRunner.run("ingest", "--server", server.base().toString(), "--password-file",
                    passwords("wire:monsoon-Lima-7").toString(), in.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertTrue(r.err().contains(in.resolve("empty.txt") + ": empty input"), r.err());
            assertTrue(r.out().contains("2 articles stored"), r.out());
            assertEquals(2, kg.articleGraphs().size(), "both good articles are in the server's store");

            CliRunner.Result again = CliRunner.run("ingest", "-q", "--server", server.base() + "kg", "--password-file",
                    passwords("wire:monsoon-Lima-7").toString(), in.resolve("lima.txt").toString());
            assertEquals(0, again.exitCode(), again.err());
            assertEquals(2, kg.articleGraphs().size(), "re-sending an article replaces its graph");
        }
    }

    @Test
    void wrongCredentialsOrAServerWithoutIngestFailTheCommand() throws Exception {
        Path in = articles();
        try (KgStore kg = KgStore.open(tmp.resolve("store")); SparqlServer server = serve(kg, true)) {
            CliRunner.Result r = CliRunner.run("ingest", "--server", server.base().toString(), "--password-file",
                    passwords("wire:monsoon").toString(), in.resolve("lima.txt").toString());
            assertEquals(ExitCodes.FAILED, r.exitCode());
            assertTrue(r.err().contains("refused the credentials of user wire (401)"), r.err());
            assertEquals(0, kg.graphCount());
        }
        try (KgStore kg = KgStore.open(tmp.resolve("store2")); SparqlServer server = serve(kg, false)) {
            CliRunner.Result r = CliRunner.run("ingest", "--server", server.base().toString(), "--password-file",
                    passwords("wire:monsoon-Lima-7").toString(), in.resolve("lima.txt").toString());
            assertEquals(ExitCodes.FAILED, r.exitCode());
            assertTrue(r.err().contains("does not accept ingest (403)"), r.err());
        }
    }

    @Test
    void sendingWithoutCredentialsIsAUsageError() throws Exception {
        Path in = articles();
        Path store = tmp.resolve("store");
        CliRunner.Result r = CliRunner.run("ingest", "--store", store.toString(), "--server", "http://127.0.0.1:9",
                in.resolve("lima.txt").toString());
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("--server needs credentials"), r.err());
        assertTrue(Files.notExists(store), "no store was created");
    }
}
