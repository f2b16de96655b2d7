package org.newskg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.link.LinkedExtraction;
import org.newskg.rdf.ArticleGraphWriter;
import org.newskg.rdf.FactArticles;
import org.newskg.rdf.Iris;
import org.newskg.store.KgStore;

/**
 * The fact queries of {@code queries/} (events, talked-with, statements, roles, timeline) run through
 * {@link QueryRunner} on a real TDB2 store holding three real articles with hand-built facts.
 */
class FactQueriesTest {

    private static final Path QUERIES = FactArticles.HOME.resolve("queries");
    private static final String XI = "https://w3id.org/newskg/id/entity/Q15031";
    private static final String PUTIN = "https://w3id.org/newskg/id/entity/Q7747";
    private static final String MODI = "https://w3id.org/newskg/id/entity/Q1058";

    @TempDir
    static Path tmp;
    private static KgStore store;
    private static QueryRunner runner;
    private static String xinhua;
    private static String reuters;
    private static String modi;

    @BeforeAll
    static void fill() {
        FactArticles articles = FactArticles.load();
        ArticleGraphWriter writer = ArticleGraphWriter.load(FactArticles.DATA);
        store = KgStore.open(tmp.resolve("kg"));
        LinkedExtraction x = articles.xinhua();
        LinkedExtraction r = articles.reuters();
        LinkedExtraction m = articles.modiRamaphosa();
        for (LinkedExtraction le : List.of(x, r, m)) {
            store.replaceArticle(Iris.graph(le.extraction().text().article().id()), sink -> writer.write(le, sink));
        }
        xinhua = Iris.article(x.extraction().text().article().id()).getURI();
        reuters = Iris.article(r.extraction().text().article().id()).getURI();
        modi = Iris.article(m.extraction().text().article().id()).getURI();
        runner = new QueryRunner(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String query(String file) throws IOException {
        return Files.readString(QUERIES.resolve(file));
    }

    private static List<Map<String, String>> rows(String file, List<String> columns) throws IOException {
        String sparql = query(file);
        assertTrue(sparql.startsWith("# "), file + " starts with a comment saying what it answers");
        assertEquals(columns, QueryRunner.parse(sparql).getResultVars(), file + " columns");
        return runner.select(sparql);
    }

    @Test
    void eventsGivesOneRowPerEventAndParticipant() throws IOException {
        List<Map<String, String>> rows = rows("events.rq",
                List.of("event", "type", "date", "participant", "participantLabel", "wikidata", "place", "placeLabel", "article"));
        // xinhua: call 2 + talks 2 + anniversary 2 + summit 2 + presidency 2; reuters: talks 2;
        // modi: visit 2 + meeting 2 + agreement 2 + call 3 + G20 2 + forum 2.
        assertEquals(10 + 2 + 13, rows.size(), rows.toString());
        List<Map<String, String>> call = rows.stream()
                .filter(r -> r.get("type").equals("PhoneCall") && r.get("article").equals(xinhua)).toList();
        assertEquals(Set.of("Xi Jinping", "Vladimir Putin"), call.stream().map(r -> r.get("participantLabel")).collect(Collectors.toSet()));
        assertEquals(Set.of("Q15031", "Q7747"), call.stream().map(r -> r.get("wikidata")).collect(Collectors.toSet()));
        assertTrue(call.stream().allMatch(r -> r.get("date").equals("2024-02-08")), call.toString());
        Map<String, String> talks = rows.stream().filter(r -> r.get("type").equals("Meeting") && r.get("article").equals(xinhua))
                .findFirst().orElseThrow();
        assertEquals("2023-10-18", talks.get("date"));
        assertEquals("Great Hall of the People", talks.get("placeLabel"));
        assertEquals("https://w3id.org/newskg/id/entity/facility/great-hall-of-the-people", talks.get("place"));
        // Dated rows first, in date order; the undated meetings of Reuters and of the Modi article last.
        List<String> dates = rows.stream().map(r -> r.getOrDefault("date", "~")).toList();
        assertEquals(dates.stream().sorted().toList(), dates);
        assertEquals("2023-10-18", dates.get(0));
        assertTrue(rows.get(rows.size() - 1).get("date") == null);
        assertEquals(Set.of("Summit", "Anniversary", "Presidency", "PhoneCall", "Meeting", "Visit", "Agreement"),
                rows.stream().map(r -> r.get("type")).collect(Collectors.toSet()));
    }

    @Test
    void talkedWithGivesEachPairOncePerEventWithItsDate() throws IOException {
        List<Map<String, String>> rows = rows("talked-with.rq", List.of("a", "aLabel", "b", "bLabel", "date", "event"));
        List<Map<String, String>> xiPutin = rows.stream().filter(r -> Set.of(r.get("a"), r.get("b")).equals(Set.of(XI, PUTIN))).toList();
        assertEquals(2, xiPutin.size(), "the phone call and the talks: " + xiPutin);
        Map<String, String> call = xiPutin.stream().filter(r -> "2024-02-08".equals(r.get("date"))).findFirst().orElseThrow();
        assertTrue(call.get("event").startsWith(xinhua + "/event/"), call.toString());
        assertEquals(Set.of("Xi Jinping", "Vladimir Putin"), Set.of(call.get("aLabel"), call.get("bLabel")));
        assertTrue(rows.stream().allMatch(r -> r.get("a").compareTo(r.get("b")) < 0), "unordered pairs once: " + rows);
        // Modi article: three pairs on the call, Modi-Ramaphosa at the meeting (the visit is no talk); Reuters: Scholz-Lula.
        assertEquals(2 + 4 + 1, rows.size(), rows.toString());
        assertEquals(3, rows.stream().filter(r -> "2024-03-05".equals(r.get("date"))).count());
    }

    @Test
    void statementsGivesSpeakerDateAndText() throws IOException {
        List<Map<String, String>> rows = rows("statements.rq", List.of("speaker", "speakerLabel", "date", "text", "article"));
        assertEquals(4, rows.size(), rows.toString());
        Map<String, String> first = rows.stream().filter(r -> r.get("article").equals(xinhua)).findFirst().orElseThrow();
        assertEquals("Xi Jinping", first.get("speakerLabel"));
        assertEquals(XI, first.get("speaker"));
        assertEquals("2024-02-08", first.get("date"));
        assertTrue(first.get("text").startsWith("China and Russia withstood many tests"), first.get("text"));
        Map<String, String> putin = rows.stream().filter(r -> PUTIN.equals(r.get("speaker"))).findFirst().orElseThrow();
        assertFalse(putin.containsKey("date"));
        assertTrue(rows.stream().anyMatch(r -> r.get("speakerLabel").equals("Cyril Ramaphosa") && r.get("article").equals(modi)));
    }

    @Test
    void rolesGivesPersonTitleOfWhatAndTheArticleDate() throws IOException {
        List<Map<String, String>> rows = rows("roles.rq", List.of("person", "personLabel", "title", "of", "ofLabel", "date", "endedBy"));
        assertTrue(rows.contains(Map.of("person", XI, "personLabel", "Xi Jinping", "title", "President",
                "of", "https://w3id.org/newskg/id/entity/Q148", "ofLabel", "People's Republic of China", "date", "2024-02-08")), rows.toString());
        assertTrue(rows.contains(Map.of("person", MODI, "personLabel", "Narendra Modi", "title", "Prime Minister",
                "of", "https://w3id.org/newskg/id/entity/Q668", "ofLabel", "India", "date", "2024-03-12")), rows.toString());
        List<String> lulaDates = rows.stream().filter(r -> r.get("personLabel").startsWith("Luiz"))
                .map(r -> r.get("date")).toList();
        assertEquals(List.of("2024-03-03", "2024-03-12"), lulaDates, "one position, two articles");
        assertEquals(7, rows.size(), rows.toString());
    }

    @Test
    void timelineListsTheEventsOfXiInDateOrderByDefault() throws IOException {
        List<Map<String, String>> rows = rows("timeline.rq",
                List.of("date", "event", "type", "label", "role", "placeLabel", "article"));
        assertEquals(List.of("2023-10-18", "2024-02-08"), rows.stream().map(r -> r.get("date")).toList(), rows.toString());
        assertEquals(List.of("Meeting", "PhoneCall"), rows.stream().map(r -> r.get("type")).toList());
        assertEquals("Great Hall of the People", rows.get(0).get("placeLabel"));
        assertEquals("participant", rows.get(1).get("role"));
    }

    @Test
    void timelineAcceptsAWikidataOrANewskgIriInItsValuesLine() throws IOException {
        String sparql = query("timeline.rq");
        assertTrue(sparql.contains("VALUES ?given { wd:Q15031 }"));
        List<Map<String, String>> byQid = runner.select(sparql.replace("VALUES ?given { wd:Q15031 }", "VALUES ?given { wd:Q1058 }"));
        List<Map<String, String>> byIri = runner.select(sparql.replace("VALUES ?given { wd:Q15031 }", "VALUES ?given { <" + MODI + "> }"));
        assertEquals(byQid, byIri);
        // Modi: the call (03-05), the visit he hosted (participant and host, 03-12), then the undated meeting and agreement.
        assertEquals(List.of("PhoneCall", "Visit", "Visit", "Agreement", "Meeting").stream().sorted().toList(),
                byQid.stream().map(r -> r.get("type")).sorted().toList(), byQid.toString());
        assertEquals("2024-03-05", byQid.get(0).get("date"));
        assertEquals(Set.of("host", "participant"), byQid.stream().filter(r -> r.get("type").equals("Visit"))
                .map(r -> r.get("role")).collect(Collectors.toSet()));
        assertFalse(byQid.get(byQid.size() - 1).containsKey("date"), "undated events come last");
        List<Map<String, String>> place = runner.select(sparql.replace("VALUES ?given { wd:Q15031 }",
                "VALUES ?given { wd:Q34647 }"));
        assertEquals(1, place.size(), place.toString());
        assertEquals("place", place.get(0).get("role"));
        assertEquals("2025", place.get(0).get("date"));
    }
}
