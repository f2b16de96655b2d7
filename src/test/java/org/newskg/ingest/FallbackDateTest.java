package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article whose header has no date is dated by its dateline, else by its file name; a header date wins. */
class FallbackDateTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static ArticleLoader loader;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createLoader() {
        loader = new ArticleLoader(LoaderOptions.defaults(DATA));
    }

    private Article load(String fileName, String content) throws IOException {
        Path f = tmp.resolve(fileName);
        Files.writeString(f, content);
        LoadResult r = loader.load(InputFile.of(f), null);
        assertEquals(List.of(), r.problems());
        assertEquals(1, r.articles().size());
        return r.articles().get(0);
    }

    @Test
    void aFullDatelineDateDatesTheStory() throws IOException {
        Article a = load("chavez.txt", """
                Chavez pledges oil to Bolivia

                CARACAS, March 14, 2006 (AFP) - Venezuelan President Hugo Chavez on Tuesday promised Bolivia aid.
                """);
        assertEquals(LocalDate.of(2006, 3, 14), a.published().date());
        assertNull(a.published().time());
    }

    @Test
    void aYearlessDatelineLeavesTheDayToTheFileName() throws IOException {
        Article a = load("kyodo-1998-10-08-obuchi-kim.txt", """
                Obuchi, Kim sign joint declaration

                TOKYO, Oct. 8 (Kyodo) -- Japanese Prime Minister Keizo Obuchi met Kim Dae-jung on Thursday.
                """);
        assertEquals(LocalDate.of(1998, 10, 8), a.published().date());
        assertEquals(LocalDate.of(2011, 5, 2), load("20110502_wire.txt", "Rebels met in the capital on Monday.\n")
                .published().date());
    }

    @Test
    void aCountryAfterTheDatelinePlaceIsNoDate() throws IOException {
        Article a = load("story.txt", """
                Quake hits coast

                SEOUL, South Korea (AP) - A strong earthquake struck the coast on Monday.
                """);
        assertNull(a.published());
    }

    @Test
    void theHeaderDateWinsAndDigitsThatAreNoDayGiveNone() throws IOException {
        Article dated = load("ap-1999-01-01-story.txt", """
                Ministers meet in Lima
                Published: 18:20, November 7, 2015

                LIMA, Nov. 7, 2003 (AP) - Ministers met on Saturday.
                """);
        assertEquals(LocalDate.of(2015, 11, 7), dated.published().date());
        assertNull(load("report-2023-02-30.txt", "Ministers met on Saturday.\n").published());
        assertNull(load("id-192011051234.txt", "Ministers met on Saturday.\n").published());
    }

    @Test
    void aJsonLinesFileIsNotDatedByItsName() throws IOException {
        Path f = tmp.resolve("briefs-2020-01-15.jsonl");
        Files.writeString(f, "{\"title\":\"Talks\",\"text\":\"Ministers met on Saturday.\"}\n");
        LoadResult r = loader.load(InputFile.of(f), null);
        assertNull(r.articles().get(0).published());
    }
}
