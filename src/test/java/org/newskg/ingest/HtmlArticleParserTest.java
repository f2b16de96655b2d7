package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {

    private final HtmlArticleParser parser = new HtmlArticleParser();

    private Article one(String html) {
        LoadResult r = parser.parse(html, "page.html");
        assertEquals(1, r.articles().size(), () -> "problems: " + r.problems());
        return r.articles().get(0);
    }

    @Test
    void jsonLdGraphSuppliesMetadataWhenMetaTagsAreAbsent() {
        String html = """
                <html><head><title>Site title | Daily Nairobi</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebPage","name":"not this"},
                  {"@type":["NewsArticle","Article"],"headline":"Kenya election results announced",
                   "datePublished":"2022-08-15T18:02:00+03:00","dateModified":"2022-08-16",
                   "author":{"@type":"Person","name":"Wanjiku Kamau"},
                   "publisher":{"@type":"Organization","name":"Daily Nairobi"},
                   "url":"https://dailynairobi.example/politics/results"}]}</script></head>
                <body><article><p>NAIROBI, Kenya — Electoral commission chairman Wafula Chebukati declared William Ruto the winner.</p>
                <p>Raila Odinga's campaign said it would challenge the result.</p></article></body></html>
                """;
        Article a = one(html);
        assertEquals("Kenya election results announced", a.title());
        assertEquals("Daily Nairobi", a.source());
        assertEquals("Wanjiku Kamau", a.byline());
        assertEquals(new ArticleDate(LocalDate.of(2022, 8, 15), LocalTime.of(18, 2), ZoneOffset.ofHours(3)), a.published());
        assertEquals(ArticleDate.of(LocalDate.of(2022, 8, 16)), a.updated());
        assertEquals("https://dailynairobi.example/politics/results", a.url());
        assertEquals(ArticleIds.fromUrl("https://dailynairobi.example/politics/results"), a.id());
        assertEquals("NAIROBI, Kenya — Electoral commission chairman Wafula Chebukati declared William Ruto the winner."
                + "\n\nRaila Odinga's campaign said it would challenge the result.", a.text());
    }

    @Test
    void jsonLdAsTopLevelArray() {
        String html = "<html><head><script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"X\"},"
                + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Floods hit Porto Alegre\",\"author\":[\"Ana Souza\",\"Bruno Lima\"]}]"
                + "</script></head><body><main><p>Floods hit the city on Friday.</p></main></body></html>";
        Article a = one(html);
        assertEquals("Floods hit Porto Alegre", a.title());
        assertEquals("Ana Souza, Bruno Lima", a.byline());
        assertEquals("Floods hit the city on Friday.", a.text());
    }

    @Test
    void missingMetadataFallsBackToTitleTagAndContentId() {
        Article a = one("<html><head><title> Ghana's president visits Accra port </title></head>"
                + "<body><p>President Nana Akufo-Addo toured the port on Monday.</p></body></html>");
        assertEquals("Ghana's president visits Accra port", a.title());
        assertNull(a.source());
        assertNull(a.published());
        assertNull(a.url());
        assertTrue(a.id().startsWith("c-"), a.id());
    }

    @Test
    void dropsNavigationScriptsAndAsidesAndKeepsListsAndCaptions() {
        String html = """
                <body><nav><ul><li>Home</li><li>World</li></ul></nav>
                <article><header><h1>Headline</h1><p>By Someone</p></header>
                <figure><img src="a.jpg"><figcaption>Prime Minister Keir Starmer in Downing Street. (Photo: Pool)</figcaption></figure>
                <p>LONDON - British Prime Minister Keir Starmer met Irish Taoiseach Simon Harris.</p>
                <script>var x = "<p>not text</p>";</script>
                <ul><li><p>Trade was discussed.</p></li><li>Energy was discussed.</li></ul>
                <aside><p>Read more: unrelated</p></aside></article>
                <footer><p>Copyright</p></footer></body>
                """;
        Article a = one(html);
        assertEquals("Prime Minister Keir Starmer in Downing Street. (Photo: Pool)\n\nLONDON - British Prime Minister Keir "
                + "Starmer met Irish Taoiseach Simon Harris.\n\nTrade was discussed.\n\nEnergy was discussed.", a.text());
    }

    @Test
    void malformedMarkupIsReadLeniently() {
        Article a = one("<html><body><article><p>Talks were held in Doha on Sunday<p>Qatar's emir hosted the meeting."
                + "<div><b>unclosed</article>");
        assertTrue(a.text().startsWith("Talks were held in Doha on Sunday\n\nQatar's emir hosted the meeting."), a.text());
    }

    @Test
    void brokenJsonLdIsIgnoredAndMetaTagsStillRead() {
        Article a = one("<html><head><meta property=\"og:title\" content=\"Oslo talks resume\">"
                + "<meta property=\"article:published_time\" content=\"2024-04-02T09:00:00Z\">"
                + "<script type=\"application/ld+json\">{ this is not json</script></head>"
                + "<body><article><p>Norway hosted the talks.</p></article></body></html>");
        assertEquals("Oslo talks resume", a.title());
        assertEquals("2024-04-02T09:00:00Z", a.published().lexical());
    }

    @Test
    void unreadableDateIsReportedButArticleKept() {
        LoadResult r = parser.parse("<html><head><meta property=\"article:published_time\" content=\"yesterday\"></head>"
                + "<body><p>Lisbon hosted a summit.</p></body></html>", "dated.html");
        assertEquals(1, r.articles().size());
        assertNull(r.articles().get(0).published());
        assertTrue(r.problems().get(0).toString().startsWith("dated.html: "), r.problems().toString());
    }

    @Test
    void pageWithoutTextIsAProblem() {
        LoadResult r = parser.parse("<html><head><title>Empty</title></head><body><nav>Menu</nav>"
                + "<script>x()</script></body></html>", "empty.html");
        assertTrue(r.articles().isEmpty());
        assertEquals("empty.html: no article text found", r.problems().get(0).toString());
        assertFalse(r.problems().isEmpty());
    }

    @Test
    void longestArticleElementIsTheStory() {
        Article a = one("<body><article><p>Teaser: markets rally.</p></article><article><p>RIYADH - Saudi Crown Prince "
                + "Mohammed bin Salman received the Turkish president on Tuesday, state media reported.</p></article></body>");
        assertTrue(a.text().startsWith("RIYADH - Saudi Crown Prince"), a.text());
        assertFalse(a.text().contains("Teaser"));
    }
}
