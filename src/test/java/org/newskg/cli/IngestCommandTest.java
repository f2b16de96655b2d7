package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.query.QueryRunner;
import org.newskg.store.KgStore;

class IngestCommandTest {

    static final Path HOME = Path.of(System.getProperty("newskg.home", "."));
    static final Path ARTICLES = HOME.resolve("data/articles");

    @TempDir
    Path tmp;

    @Test
    void ingestingTheBundledArticlesPrintsASummaryAndStoresOneGraphPerArticle() {
        Path store = tmp.resolve("store");
        CliRunner.Result r = CliRunner.run("ingest", "--store", store.toString(), ARTICLES.toString());
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertTrue(r.out().contains("Ingested "), r.out());
        assertTrue(r.out().contains("Entities: "), r.out());
        assertTrue(r.out().contains("Person"), r.out());
        try (KgStore kg = KgStore.open(store)) {
            assertTrue(kg.graphCount() >= 5, "one graph per article, got " + kg.graphCount());
        }
    }

    @Test
    void ingestingTwiceLeavesTheTripleCountUnchanged() {
        Path store = tmp.resolve("store");
        assertEquals(ExitCodes.OK, CliRunner.run("ingest", "-q", "--store", store.toString(), ARTICLES.toString()).exitCode());
        long first;
        try (KgStore kg = KgStore.open(store)) {
            first = kg.tripleCount();
        }
        assertEquals(ExitCodes.OK, CliRunner.run("ingest", "-q", "--store", store.toString(), ARTICLES.toString()).exitCode());
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(first, kg.tripleCount());
        }
    }

    @Test
    void aBadFileIsReportedByNameWhileTheOthersAreIngested() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(ARTICLES.resolve("xinhua-2024-02-08-xi-putin-call.txt"), in.resolve("good.txt"));
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0});
        Files.writeString(in.resolve("empty.txt"), "   \n");
        Path store = tmp.resolve("store");

        CliRunner.Result r = CliRunner.run("ingest", "--store", store.toString(), in.toString());

        assertEquals(ExitCodes.INPUT_FAILED, r.exitCode());
        assertTrue(r.err().contains("broken.txt"), r.err());
        assertTrue(r.err().contains("empty.txt"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("broken.txt")).count(), "one line per bad file: " + r.err());
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(1, kg.articleGraphs().size(), "one article graph");
        }
    }

    @Test
    void standardInputIsReadWithDash() throws IOException {
        Path store = tmp.resolve("store");
        String article = """
                Ministers meet in Oslo
                By Nordic Wire

                OSLO - Norwegian Prime Minister Anna Berg met Swedish Foreign Minister Lars Holm in Oslo on Monday, \
                the ministry said.
                """;
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(article.getBytes(StandardCharsets.UTF_8)));
            assertEquals(ExitCodes.OK, CliRunner.run("ingest", "-q", "--store", store.toString(), "-").exitCode());
        } finally {
            System.setIn(saved);
        }
        try (KgStore kg = KgStore.open(store)) {
            List<Map<String, String>> rows = new QueryRunner(kg).select(
                    "SELECT ?l WHERE { ?m <https://w3id.org/newskg/ontology#refersTo> ?e . "
                            + "?e <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
            assertTrue(rows.stream().anyMatch(row -> row.get("l").equals("Anna Berg")), rows.toString());
        }
    }

    @Test
    void anArticleOverItsTimeBudgetIsRefusedByNameAndTheOthersGoIn() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Written for this test: a long chronicle (about 1 MB: tens of seconds of work even on a fast idle machine, where
        // 120 KB took under 5 s) and a short report.
        String[] days = {
            "ACCRA - Ghanaian Finance Minister Kwame Asante met Ivorian Trade Minister Awa Kone in Accra on Monday to discuss "
                    + "a cocoa pricing accord, the ministry said.",
            "\"We will settle the prices before the harvest,\" Asante told reporters after the talks.",
            "HANOI - Vietnamese Deputy Prime Minister Tran Van Minh visited Vientiane on Tuesday and signed a power "
                    + "agreement with Laotian officials.",
        };
        StringBuilder chronicle = new StringBuilder("West Africa and Mekong talks, day by day\n\n");
        for (int i = 0; chronicle.length() < 1_000_000; i++) {
            chronicle.append("Day ").append(i / days.length + 1).append(". ").append(days[i % days.length]).append("\n\n");
        }
        Files.writeString(in.resolve("chronicle.txt"), chronicle);
        Files.writeString(in.resolve("short.txt"), """
                Port talks in Montevideo

                MONTEVIDEO - Uruguayan Foreign Minister Lucia Pereira met Paraguayan officials in Montevideo on Friday, \
                the ministry said.
                """);
        Path store = tmp.resolve("store");

        CliRunner.Result r = CliRunner.run("ingest", "--no-progress", "--threads", "1", "--article-timeout", "5",
                "--store", store.toString(), in.toString());

        assertEquals(ExitCodes.INPUT_FAILED, r.exitCode(), r.out() + r.err());
        List<String> refused = r.err().lines().filter(l -> l.contains("time budget")).toList();
        assertEquals(1, refused.size(), r.err());
        assertTrue(refused.get(0).contains("chronicle.txt") && refused.get(0).contains("time budget of 5 s per article"),
                refused.get(0));
        assertTrue(r.out().contains("Ingested 1 article"), r.out());
        try (KgStore kg = KgStore.open(store)) {
            List<Map<String, String>> rows = new QueryRunner(kg).select(
                    "SELECT ?t WHERE { ?a <https://w3id.org/newskg/ontology#articleText> ?t }");
            assertEquals(1, rows.size(), "only the short article is stored: " + kg.articleGraphs());
            assertTrue(rows.get(0).get("t").contains("Lucia Pereira"), rows.toString());
        }
    }

    @Test
    void aNegativeArticleTimeoutIsAUsageError() {
        CliRunner.Result r = CliRunner.run("ingest", "--article-timeout", "-1", "--store", tmp.resolve("s").toString(),
                ARTICLES.toString());
        assertEquals(ExitCodes.USAGE, r.exitCode(), r.err());
        assertTrue(r.err().contains("--article-timeout"), r.err());
    }

    @Test
    void aMissingPathIsAProblemNotACrash() {
        CliRunner.Result r = CliRunner.run("ingest", "-q", "--store", tmp.resolve("s").toString(), tmp.resolve("nope").toString());
        assertEquals(ExitCodes.INPUT_FAILED, r.exitCode());
        assertTrue(r.err().contains("nope"), r.err());
    }

    @Test
    void helpDescribesEveryOption() {
        CliRunner.Result r = CliRunner.run("ingest", "--help");
        assertEquals(ExitCodes.OK, r.exitCode());
        for (String option : List.of("--store", "--data", "--format", "--max-size", "--article-timeout", "progress", "--quiet")) {
            assertTrue(r.out().contains(option), option + " missing from help:\n" + r.out());
        }
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRunner.run("ingest", "--no-such-option", "x").exitCode());
    }

    @Test
    void aDuplicateUrlInOneJsonLinesFileIsReportedByLineAndTheFirstOneIsKept() throws IOException {
        Path feed = tmp.resolve("feed.jsonl");
        // Written for this test: the third line repeats the first one's URL with other text.
        Files.writeString(feed, """
                {"url":"https://news.example.org/quito-talks","title":"Quito talks","text":"QUITO - Ecuadorian Foreign Minister Rosa Andrade met Peruvian officials in Quito on Monday."}
                {"url":"https://news.example.org/lima-port","title":"Lima port","text":"LIMA - Peru's port authority said on Tuesday it would expand the Callao terminal."}
                {"url":"https://news.example.org/quito-talks/","title":"Quito talks (updated)","text":"QUITO - Ecuadorian Foreign Minister Rosa Andrade met Colombian officials in Quito on Monday."}
                {"url":"https://news.example.org/bogota","title":"Bogota","text":"BOGOTA - Colombian senators met on Wednesday."}
                """);
        Path store = tmp.resolve("store");

        CliRunner.Result r = CliRunner.run("ingest", "--no-progress", "--store", store.toString(), feed.toString());

        assertEquals(ExitCodes.INPUT_FAILED, r.exitCode(), r.err());
        assertTrue(r.err().contains(feed + ":3: duplicate of " + feed + ":1 (same url https://news.example.org/quito-talks/)"
                + ": skipped, the first one (" + feed + ":1) is kept"), r.err());
        assertTrue(r.out().contains("Ingested 3 articles (1 problem, 1 of them duplicate skipped, see above)"), r.out());
        try (KgStore kg = KgStore.open(store)) {
            assertEquals(3, kg.articleGraphs().size(), "the summary's count is the store's");
            List<Map<String, String>> rows = new QueryRunner(kg).select(
                    "SELECT ?t WHERE { ?a <https://w3id.org/newskg/ontology#headline> ?t } ORDER BY ?t");
            assertEquals(List.of("Bogota", "Lima port", "Quito talks"), rows.stream().map(m -> m.get("t")).toList());
        }
    }

    @Test
    void tablesAndImagesInAFolderAreSkippedWithOneSummaryLine() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // Written for this test.
        Files.writeString(in.resolve("tallinn.txt"), "TALLINN - Estonian Prime Minister Kadri Tamm met Latvian officials on Monday.\n");
        Files.writeString(in.resolve("turnout.csv"), "district,turnout\nHarju,61.2\n");
        Files.writeString(in.resolve("seats.tsv"), "party\tseats\nReform\t37\n");
        Files.write(in.resolve("map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Path store = tmp.resolve("store");

        CliRunner.Result r = CliRunner.run("ingest", "--no-progress", "--no-validate", "--store", store.toString(), in.toString());

        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(List.of("ingest: skipped 3 files whose extension says they are not articles: 1 .csv, 1 .png, 1 .tsv; "
                + "name a file on the command line to read it anyway"), r.err().lines().toList());
        assertTrue(r.out().startsWith("Ingested 1 article "), r.out());
    }
}
