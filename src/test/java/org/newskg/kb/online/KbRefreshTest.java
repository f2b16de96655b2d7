package org.newskg.kb.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.NewsKgException;
import org.newskg.kb.EntityType;
import org.newskg.kb.KbFile;
import org.newskg.kb.KbRow;

/** Fetching and merging against a real Fuseki loaded with the Wikidata-shaped sample. */
class KbRefreshTest {

    static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    static final Path CLASSES = HOME.resolve("data/kb/refresh-classes.tsv");
    static final Path BEFORE = HOME.resolve("src/test/resources/wikidata/kb-before/kb/entities.tsv");
    private static WikidataTestServer wd;

    @BeforeAll
    static void start() {
        wd = WikidataTestServer.start();
    }

    @AfterAll
    static void stop() {
        wd.close();
    }

    static SparqlClient client(java.net.URI endpoint) {
        return new SparqlClient(SparqlClient.Settings.defaults(endpoint, "test")
                .withTimeout(Duration.ofSeconds(10)).withRetries(0, Duration.ofMillis(10)));
    }

    @Test
    void fetchesEveryClassWithTypesCountriesAndDemonymsAcrossPages() {
        SparqlClient c = client(wd.endpoint());
        Map<String, FetchedEntity> got = new KbFetcher(c, 2).fetch(RefreshClass.read(CLASSES), s -> { });
        assertEquals(List.of("Q148", "Q159", "Q230", "Q232", "Q956", "Q994", "Q243630", "Q485207", "Q15031", "Q7747",
                "Q900050", "Q204839"), List.copyOf(got.keySet()));
        assertEquals(EntityType.COUNTRY, got.get("Q232").type());
        assertEquals(List.of("Kazakh", "Kazakhstani"), got.get("Q232").demonyms());
        assertEquals(List.of("Q148"), got.get("Q956").countries());
        assertEquals(List.of("Q230"), got.get("Q900050").countries(), "a person's country is P27");
        assertEquals("heads of government", got.get("Q900050").className());
        assertTrue(!got.containsKey("Q900030"), "a city under the population threshold is not fetched");
        assertTrue(c.requestCount() > 6, "page size 2 needs several pages per class: " + c.requestCount());
    }

    @Test
    void mergeExtendsKeepsHandMadeFactsAndReportsChanges() {
        Map<String, FetchedEntity> got = new KbFetcher(client(wd.endpoint()), 500).fetch(RefreshClass.read(CLASSES), s -> { });
        KbMerge.Result r = KbMerge.merge(KbFile.read(BEFORE), got, false);
        Map<String, KbRow> rows = new java.util.HashMap<>();
        r.rows().forEach(x -> rows.put(x.entry().qid(), x));
        assertTrue(rows.containsKey("Q90"), "extend keeps entities the endpoint did not return");
        assertEquals(List.of("PRC", "China", "Chinese mainland", "Cathay"), rows.get("Q148").entry().aliases(),
                "kept aliases first, new ones after; the two-letter code CN is left out");
        assertEquals(List.of("Xi", "President Xi"), rows.get("Q15031").entry().aliases());
        assertEquals("shipped kb", rows.get("Q148").evidence());
        assertTrue(rows.get("Q232").evidence().contains("sovereign states"), rows.get("Q232").evidence());
        assertEquals(7, r.report().added().size(), r.report().added().toString());
        assertTrue(r.report().removed().isEmpty());
        assertTrue(r.report().changed().stream().anyMatch(l -> l.startsWith("Q148 ") && l.contains("Cathay")), r.report().changed().toString());
        KbMerge.Result rebuilt = KbMerge.merge(KbFile.read(BEFORE), got, true);
        assertEquals(List.of("Q90 Paris"), rebuilt.report().removed());
    }

    @Test
    void malformedClassesFileNamesTheLine(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path f = dir.resolve("classes.tsv");
        java.nio.file.Files.writeString(f, "# c\nstates\tCountry\t?item wdt:P31 wd:Q3624078 . }}\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> RefreshClass.read(f));
        assertTrue(e.getMessage().contains("classes.tsv:2"), e.getMessage());
    }
}
