package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesParserTest {

    private final JsonLinesParser parser = new JsonLinesParser();

    @Test
    void badLineInTheMiddleIsReportedAndOthersAreRead() {
        String content = """
                {"id":"a1","title":"Seoul and Tokyo hold talks","source":"Han Wire","published":"2024-05-02","text":"SEOUL - South Korean and Japanese ministers met on Thursday."}
                {"id":"a2","title":"broken", "text": "no closing brace"
                {"id":"a3","title":"Blank text","text":"   "}
                {"url":"https://example.org/news/lagos-port/","title":"Lagos port expands","text":"LAGOS - The port authority said on Monday it would expand.","language":"en-NG"}
                """;
        LoadResult r = parser.parse(content, "feed.jsonl");
        assertEquals(2, r.articles().size());
        Article first = r.articles().get(0);
        assertEquals("a1", first.id());
        assertEquals("feed.jsonl:1", first.origin());
        assertEquals("Han Wire", first.source());
        assertEquals(LocalDate.of(2024, 5, 2), first.published().date());
        Article last = r.articles().get(1);
        assertEquals("feed.jsonl:4", last.origin());
        assertEquals(ArticleIds.fromUrl("https://example.org/news/lagos-port"), last.id());
        assertEquals("en-NG", last.language());
        List<String> where = r.problems().stream().map(IngestProblem::origin).toList();
        assertEquals(List.of("feed.jsonl:2", "feed.jsonl:3"), where);
        assertTrue(r.problems().get(0).message().startsWith("invalid JSON"), r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().contains("text"));
    }

    @Test
    void nonObjectLinesAndUnsafeIdsAndMissingIds() {
        String content = "[1, 2]\n\n{\"id\":\"news/2024 05 02\",\"text\":\"Talks were held in Hanoi.\"}\n"
                + "{\"title\":\"No id\",\"text\":\"Vietnam's president met the Lao prime minister.\"}\n";
        LoadResult r = parser.parse(content, "x.jsonl");
        assertEquals("x.jsonl:1", r.problems().get(0).origin());
        assertEquals(1, r.problems().size());
        assertEquals(2, r.articles().size());
        assertEquals(ArticleIds.fromGivenId("news/2024 05 02"), r.articles().get(0).id());
        assertTrue(r.articles().get(0).id().startsWith("i-"));
        assertEquals(ArticleIds.fromContent("No id", "Vietnam's president met the Lao prime minister."),
                r.articles().get(1).id());
        assertEquals("x.jsonl:4", r.articles().get(1).origin());
        LoadResult arr = parser.parse("\"just a string\"\n", "s.jsonl");
        assertEquals("s.jsonl:1", arr.problems().get(0).origin());
    }

    @Test
    void unreadableDateKeepsTheArticle() {
        LoadResult r = parser.parse("{\"text\":\"Quito hosted the meeting.\",\"published\":\"last Tuesday\"}", "d.jsonl");
        assertEquals(1, r.articles().size());
        assertNull(r.articles().get(0).published());
        assertEquals("d.jsonl:1", r.problems().get(0).origin());
    }

    @Test
    void jsonArrayAndPrettyObjectAreRead() {
        LoadResult arr = parser.parse("[{\"text\":\"One.\"},\n {\"text\":\"Two.\"}]", "a.json");
        assertEquals(List.of("a.json#1", "a.json#2"), arr.articles().stream().map(Article::origin).toList());
        LoadResult obj = parser.parse("{\n  \"title\": \"Pretty\",\n  \"text\": \"Dakar talks ended.\"\n}\n", "o.json");
        assertEquals("Pretty", obj.articles().get(0).title());
        assertEquals("o.json", obj.articles().get(0).origin());
    }

    @Test
    void aFieldOfTheWrongJsonTypeRefusesItsLineByFileAndLineAndTheOthersAreRead() {
        String content = """
                {"id":"k1","title":2024,"text":"NAIROBI - Kenyan officials met on Monday."}
                {"id":"k2","title":"Harare talks","source":true,"text":"HARARE - Zimbabwean ministers met on Tuesday."}
                {"id":"k3","title":"Lima talks","text":{"body":"LIMA - Peruvian ministers met."}}
                {"id":"k4","title":"Quito talks","byline":["A","B"],"text":"QUITO - Ecuadorian ministers met."}
                {"id":17,"title":"Accra talks","source":null,"text":"ACCRA - Ghanaian ministers met on Friday."}
                """;
        LoadResult r = parser.parse(content, "feed.jsonl");
        assertEquals(List.of("17"), r.articles().stream().map(Article::id).toList());
        assertEquals(List.of("feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4"),
                r.problems().stream().map(IngestProblem::origin).toList());
        assertEquals("\"title\" must be a string, got number 2024; line not ingested", r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().startsWith("\"source\" must be a string, got boolean"), r.problems().get(1).message());
        assertTrue(r.problems().get(2).message().startsWith("\"text\" must be a string, got object"), r.problems().get(2).message());
        assertTrue(r.problems().get(3).message().startsWith("\"byline\" must be a string, got array"), r.problems().get(3).message());
    }
}
