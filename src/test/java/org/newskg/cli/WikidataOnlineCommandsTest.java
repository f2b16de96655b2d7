package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.kb.online.FakeEndpoint;
import org.newskg.kb.online.FakeEndpoint.Answer;
import org.newskg.kb.online.WikidataTestServer;
import org.newskg.link.online.Enricher;
import org.newskg.query.QueryRunner;
import org.newskg.store.KgStore;

/**
 * {@code kg link enrich}, {@code queries/wikidata-links.rq} and {@code queries/federated-wikidata.rq} on a store
 * built from the seed article and an article written for the tests, with a Fuseki standing in for Wikidata.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WikidataOnlineCommandsTest {

    @TempDir
    static Path tmp;
    static Path store;
    private static WikidataTestServer wd;

    @BeforeAll
    static void ingestAndStart() {
        store = tmp.resolve("store");
        CliRunner.Result r = CliRunner.run("ingest", "-q", "--store", store.toString(),
                IngestCommandTest.ARTICLES.resolve("xinhua-2024-02-08-xi-putin-call.txt").toString(),
                IngestCommandTest.HOME.resolve("src/test/resources/link/articles/georgia-tbilisi.txt").toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        wd = WikidataTestServer.start();
    }

    @AfterAll
    static void stop() {
        wd.close();
    }

    private static List<String> csv(String... args) throws IOException {
        Path out = Files.createTempFile(tmp, "q", ".csv");
        String[] all = new String[args.length + 6];
        all[0] = "query";
        all[1] = "--store";
        all[2] = store.toString();
        all[3] = "--format";
        all[4] = "csv";
        all[5] = "-o" + out;
        System.arraycopy(args, 0, all, 6, args.length);
        CliRunner.Result r = CliRunner.run(all);
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        return Files.readAllLines(out);
    }

    private static long wikidataTriples() {
        try (KgStore kg = KgStore.open(store)) {
            return kg.tripleCount(Enricher.GRAPH);
        }
    }

    @Test
    @Order(1)
    void wikidataLinksQueryListsEachLinkedEntityOnce() throws IOException {
        List<String> lines = csv(IngestCommandTest.HOME.resolve("queries/wikidata-links.rq").toString());
        assertEquals("entity,label,wikidata", lines.get(0));
        assertTrue(lines.contains("https://w3id.org/newskg/id/entity/Q15031,Xi Jinping,http://www.wikidata.org/entity/Q15031"),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("http://www.wikidata.org/entity/Q230")), "Georgia, from the second article");
        assertEquals(lines.size(), lines.stream().distinct().count());
    }

    @Test
    @Order(2)
    void enrichFailingEndpointsLeaveTheStoreUntouched() throws IOException {
        long before = wikidataTriples();
        String gone;
        try (FakeEndpoint f = FakeEndpoint.start(Answer.ok("{}"))) {
            gone = f.endpoint().toString();
        }
        CliRunner.Result down = CliRunner.run("link", "enrich", "--store", store.toString(), "--endpoint", gone, "--retries", "0");
        assertEquals(ExitCodes.FAILED, down.exitCode());
        assertTrue(down.err().contains("cannot connect"), down.err());
        try (FakeEndpoint f = FakeEndpoint.start(new Answer(200, "Content-Type", "text/turtle", "wd:Q1 this is not turtle", 0))) {
            CliRunner.Result bad = CliRunner.run("link", "enrich", "--store", store.toString(), "--endpoint",
                    f.endpoint().toString(), "--retries", "0");
            assertEquals(ExitCodes.FAILED, bad.exitCode());
            assertTrue(bad.err().contains("malformed results"), bad.err());
        }
        assertEquals(before, wikidataTriples());
        assertEquals(0, before, "nothing was written by the failed runs");
    }

    @Test
    @Order(3)
    void enrichFillsTheWikidataGraphAndASecondRunIsServedFromTheCache() {
        CliRunner.Result r = CliRunner.run("link", "enrich", "--store", store.toString(), "--endpoint", wd.endpoint().toString(),
                "--batch-size", "4");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(wd.requests() >= 3, "batches of 4: " + wd.requests());
        try (KgStore kg = KgStore.open(store)) {
            List<Map<String, String>> rows = new QueryRunner(kg).select("""
                    PREFIX wd: <http://www.wikidata.org/entity/>
                    PREFIX wdt: <http://www.wikidata.org/prop/direct/>
                    PREFIX schema: <http://schema.org/>
                    SELECT ?desc ?born ?pop ?typeLabel WHERE { GRAPH <https://w3id.org/newskg/graph/wikidata> {
                      wd:Q15031 schema:description ?desc ; wdt:P569 ?born ; wdt:P31 ?type . ?type rdfs:label ?typeLabel .
                      wd:Q148 wdt:P1082 ?pop } }""".replace("PREFIX wd:", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX wd:"));
            assertEquals(1, rows.size(), rows.toString());
            assertEquals("General Secretary of the Chinese Communist Party since 2012", rows.get(0).get("desc"));
            assertEquals("1953-06-15T00:00:00Z", rows.get(0).get("born"));
            assertEquals(0, new java.math.BigDecimal("1411750000").compareTo(new java.math.BigDecimal(rows.get(0).get("pop"))));
            assertEquals("human", rows.get(0).get("typeLabel"));
            assertTrue(new QueryRunner(kg).select("""
                    SELECT ?d WHERE { GRAPH <https://w3id.org/newskg/graph/wikidata> {
                      <http://www.wikidata.org/entity/Q148> <http://schema.org/description> ?d FILTER(LANG(?d) = "zh") } }""")
                    .isEmpty(), "only English (or untagged) literals are copied");
        }
        long triples = wikidataTriples();
        int requests = wd.requests();
        CliRunner.Result again = CliRunner.run("link", "enrich", "--store", store.toString(), "--endpoint", wd.endpoint().toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertEquals(requests, wd.requests(), "the second run makes no request");
        assertTrue(again.out().contains(" 0 fetched"), again.out());
        assertEquals(triples, wikidataTriples());
    }

    @Test
    @Order(4)
    void federatedQueryJoinsLocalEntitiesWithTheEndpoint() throws IOException {
        List<String> lines = csv("--service-endpoint", wd.endpoint().toString(),
                IngestCommandTest.HOME.resolve("queries/federated-wikidata.rq").toString());
        assertEquals("entity,label,wikidata,description,population", lines.get(0));
        assertTrue(lines.contains("https://w3id.org/newskg/id/entity/Q956,Beijing,http://www.wikidata.org/entity/Q956,"
                + "capital of the People's Republic of China,21893095"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("https://w3id.org/newskg/id/entity/Q7747,Vladimir Putin,")
                && l.contains("President of Russia")), lines.toString());
        assertTrue(lines.size() >= 6, lines.toString());
    }
}
