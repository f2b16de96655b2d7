package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlainTextParserTest {

    private static PlainTextParser parser;

    @BeforeAll
    static void loadCues() {
        Path dataDir = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
        parser = new PlainTextParser(IngestCues.load(dataDir));
    }

    private static Article one(String content) {
        LoadResult r = parser.parse(content, "inline.txt");
        assertEquals(1, r.articles().size(), () -> "problems: " + r.problems());
        Article a = r.articles().get(0);
        assertTrue(content.contains(a.text()), "text must be an exact substring of the input");
        return a;
    }

    @Test
    void titleAfterDateLineAndAgencyBylineAsSource() {
        String c = """
                Published: 10:05, June 3, 2024 | Updated: 12:30, June 3, 2024
                Kenya and Tanzania agree to reopen border crossing
                By Kenya News Agency

                NAIROBI - Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan agreed on Monday \
                to reopen the Namanga border crossing, State House said.
                """;
        Article a = one(c);
        assertEquals("Kenya and Tanzania agree to reopen border crossing", a.title());
        assertEquals("Kenya News Agency", a.source());
        assertNull(a.byline());
        assertEquals(new ArticleDate(LocalDate.of(2024, 6, 3), LocalTime.of(10, 5), null), a.published());
        assertEquals(LocalTime.of(12, 30), a.updated().time());
        assertTrue(a.text().startsWith("NAIROBI - Kenyan President"));
        assertTrue(a.text().endsWith("State House said."));
    }

    @Test
    void personBylineIsAuthorAndTitleMayComeFirst() {
        String c = """
                Japan's Sora Motors to open plant in Monterrey
                Published: March 12, 2024
                By Haruto Sato, Nikkan Wire

                TOKYO (Nikkan Wire) -- Sora Motors Chief Executive Akiko Ishida said on Tuesday the company would build a plant in Mexico.
                """;
        Article a = one(c);
        assertEquals("Japan's Sora Motors to open plant in Monterrey", a.title());
        assertEquals("Haruto Sato", a.byline());
        assertEquals("Nikkan Wire", a.source());
        assertEquals(ArticleDate.of(LocalDate.of(2024, 3, 12)), a.published());
        assertTrue(a.text().startsWith("TOKYO (Nikkan Wire)"));
    }

    @Test
    void titleThenBodyOnly() {
        String c = "Chile's Boric names new finance minister\n\nSANTIAGO, April 2 (Reuters) - Chilean President Gabriel Boric "
                + "on Tuesday named Mario Marcel's deputy as finance minister, the government said.\n";
        Article a = one(c);
        assertEquals("Chile's Boric names new finance minister", a.title());
        assertNull(a.source());
        assertNull(a.published());
        assertTrue(a.text().startsWith("SANTIAGO, April 2 (Reuters) -"));
    }

    @Test
    void noHeaderMeansNoTitleAndWholeText() {
        String c = "  \nBEIJING, Feb 8 (Xinhua) -- Chinese President Xi Jinping held a phone call with Russian President "
                + "Vladimir Putin on Thursday.\n\nThe two leaders exchanged greetings.  \n\n";
        Article a = one(c);
        assertNull(a.title());
        assertNull(a.published());
        assertTrue(a.text().startsWith("BEIJING, Feb 8 (Xinhua) --"), a.text());
        assertTrue(a.text().endsWith("greetings."));
    }

    @Test
    void captionStaysInTextAndIsNeverTheTitle() {
        String c = """
                By Xinhua

                Kazakh President Kassym-Jomart Tokayev meets visitors in Astana (PHOTO / XINHUA)

                ASTANA - Kazakhstan and Uzbekistan signed a water-sharing agreement on Friday, officials said.
                """;
        Article a = one(c);
        assertNull(a.title());
        assertEquals("Xinhua", a.source());
        assertTrue(a.text().startsWith("Kazakh President Kassym-Jomart Tokayev meets visitors"));
    }

    @Test
    void bareDateLineAndMarkdownHeading() {
        String c = "# Nigeria's Tinubu hosts ECOWAS leaders\n8 July 2024\n\nABUJA - Nigerian President Bola Tinubu hosted "
                + "a summit of West African leaders on Sunday.\r\n";
        Article a = one(c);
        assertEquals("Nigeria's Tinubu hosts ECOWAS leaders", a.title());
        assertEquals(LocalDate.of(2024, 7, 8), a.published().date());
        assertFalse(a.text().contains("8 July 2024"));
    }

    @Test
    void labelledLineWithUnreadableDateIsStillHeader() {
        Article a = one("Updated: sometime last week\nEgypt opens new canal lock\n\nCAIRO - The lock opened on Sunday.\n");
        assertEquals("Egypt opens new canal lock", a.title());
        assertNull(a.updated());
        assertTrue(a.text().startsWith("CAIRO"));
    }

    @Test
    void headerWithoutBodyIsAProblem() {
        LoadResult r = parser.parse("Published: June 3, 2024\nBy Reuters\n", "only-header.txt");
        assertTrue(r.articles().isEmpty());
        assertEquals("only-header.txt", r.problems().get(0).origin());
    }

    @Test
    void sameTextSameIdAndDifferentTitleDifferentId() {
        String body = "\n\nLIMA - Peru's Congress approved the budget on Friday.\n";
        Article a = one("Peru passes budget" + body);
        Article b = one("Peru passes budget" + body);
        Article c = one("Peru approves budget" + body);
        assertEquals(a.id(), b.id());
        assertFalse(a.id().equals(c.id()));
    }

    @Test
    void shortDatelineOpeningIsBodyNotTitle() {
        Article a = one("BERLIN (Reuters) - Talks were held on Sunday\n\nChancellor Olaf Scholz attended.\n");
        assertNull(a.title());
        assertTrue(a.text().startsWith("BERLIN (Reuters) -"));
    }

    @Test
    void sentenceStartingWithByIsBody() {
        Article a = one("By Monday, the ministers of Ghana and Togo had agreed to meet again.\n\nTalks resume in Lome.\n");
        assertNull(a.source());
        assertNull(a.byline());
        assertTrue(a.text().startsWith("By Monday, the ministers"));
    }

    @Test
    void aKeyValueHeaderBlockIsReadAsMetadataAndNotAsTitleOrBody() {
        // Written for this test: a text export in the common "Key: value" layout.
        String content = """
                Title: Mongolia and Kazakh herders sign grazing pact
                Published: 2025-04-14
                Updated: 2025-04-15 09:30
                Source: Steppe News Agency
                URL: https://news.example.org/mongolia/grazing-pact
                By: Oyun Batbayar

                ULAANBAATAR - Mongolian herders signed a grazing pact on Monday, officials said.
                """;
        Article a = one(content);
        assertEquals("Mongolia and Kazakh herders sign grazing pact", a.title());
        assertEquals("Steppe News Agency", a.source());
        assertEquals("Oyun Batbayar", a.byline());
        assertEquals("https://news.example.org/mongolia/grazing-pact", a.url());
        assertEquals(ArticleIds.fromUrl("https://news.example.org/mongolia/grazing-pact"), a.id());
        assertEquals(java.time.LocalDate.of(2025, 4, 14), a.published().date());
        assertEquals(java.time.LocalDate.of(2025, 4, 15), a.updated().date());
        assertEquals("ULAANBAATAR - Mongolian herders signed a grazing pact on Monday, officials said.", a.text());
    }

    @Test
    void aKeyWithoutItsColonIsNoHeaderAndTheByMarkerStillWorks() {
        Article a = one("""
                Source of the dispute remains unclear
                By Lindiwe Dube

                Source officials in Harare said on Friday the talks would resume.
                """);
        assertEquals("Source of the dispute remains unclear", a.title());
        assertEquals("Lindiwe Dube", a.byline());
        assertTrue(a.text().startsWith("Source officials in Harare"), a.text());
    }
}
