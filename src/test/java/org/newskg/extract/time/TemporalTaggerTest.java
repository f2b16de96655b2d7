package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleDate;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.NlpModels;

class TemporalTaggerTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static final Path SEED = Path.of(System.getProperty("newskg.home", "."), "data", "articles", "xinhua-2024-02-08-xi-putin-call.txt");

    private static NlpModels models;
    private static TemporalTagger tagger;

    @BeforeAll
    static void load() {
        models = NlpModels.load();
        tagger = TemporalTagger.load(DATA);
    }

    private static AnnotatedText annotate(String text, LocalDate published) {
        Article a = new Article("t" + Integer.toHexString(text.hashCode()), null, "test", "test", null,
                published == null ? null : ArticleDate.of(published), null, "en", text, "test");
        return models.newAnnotator().annotate(a);
    }

    private static List<TimeMention> tag(String text, LocalDate reference) {
        return tagger.tag(annotate(text, reference), reference);
    }

    private static Optional<TimeMention> find(List<TimeMention> mentions, String text) {
        return mentions.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static String valueOf(List<TimeMention> mentions, String text) {
        return find(mentions, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions)).value();
    }

    private static void assertWellFormed(String text, List<TimeMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            TimeMention m = mentions.get(i);
            assertEquals(text.substring(m.begin(), m.end()), m.text());
            if (i > 0) {
                assertTrue(mentions.get(i - 1).end() <= m.begin(), "overlap or disorder: " + mentions.get(i - 1) + " / " + m);
            }
        }
    }

    @Test
    void seedArticleIsResolvedAgainstItsPublicationDate() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        LocalDate published = LocalDate.of(2024, 2, 8);
        assertEquals(DayOfWeek.THURSDAY, published.getDayOfWeek());
        List<TimeMention> ms = tag(text, published);
        assertWellFormed(text, ms);

        assertEquals("2024-02-08", valueOf(ms, "Thursday"));
        assertEquals("2023-10-18", valueOf(ms, "Oct 18, 2023"));
        assertEquals("2023", valueOf(ms, "the past year"));
        // Chinese New Year 2024 fell on Saturday, 10 February.
        assertEquals("2024-02-10", valueOf(ms, "Chinese New Year"));
        assertEquals("2024-02-10", valueOf(ms, "Chinese Spring Festival"));
        List<TimeMention> thisYear = ms.stream().filter(m -> m.text().equals("this year")).toList();
        assertEquals(3, thisYear.size());
        thisYear.forEach(m -> assertEquals("2024", m.value()));

        int anniversary = text.indexOf("75th");
        assertTrue(ms.stream().noneMatch(m -> m.begin() < anniversary + 4 && anniversary < m.end()), "75th was tagged");
        assertTrue(find(ms, "Year of the Dragon").isEmpty());
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("coming Year")), "'the coming Year of the Dragon' is no year");
        // The header line's clock time takes the date printed beside it.
        assertEquals("2024-02-08T19:55", valueOf(ms, "19:55"));
        assertEquals("2024-02-09T09:50", valueOf(ms, "09:50"));
        assertEquals(TimexType.TIME, find(ms, "19:55").orElseThrow().type());
    }

    @Test
    void reutersDatelineDayTakesTheReferenceYear() {
        String text = """
                BERLIN, March 3 (Reuters) - German Chancellor Friedrich Merz will fly to Brazil next month to meet \
                President Luiz Inacio Lula da Silva, his spokesman said on Monday.
                The two governments agreed last week to revive trade talks that stalled in 2019.
                Merz said three days ago that a deal could be signed in two years.
                """;
        LocalDate ref = LocalDate.of(2025, 3, 3);
        assertEquals(DayOfWeek.MONDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        assertWellFormed(text, ms);
        assertEquals("2025-03-03", valueOf(ms, "March 3"));
        assertEquals("2025-04", valueOf(ms, "next month"));
        assertEquals("2025-03-03", valueOf(ms, "Monday"));
        // 2025-03-03 opens ISO week 10, so the week before is week 9.
        assertEquals("2025-W09", valueOf(ms, "last week"));
        assertEquals("2019", valueOf(ms, "2019"));
        assertEquals("2025-02-28", valueOf(ms, "three days ago"));
        assertEquals("2027", valueOf(ms, "in two years"));
    }

    @Test
    void bareWeekdayIsTheMostRecentOneInAKenyanElectionStory() {
        String text = """
                NAIROBI, Kenya (AP) — Kenya's electoral commission said Friday that results from Tuesday's vote \
                would be announced within days. Voters went to the polls on Tuesday to choose a successor to \
                President Uhuru Kenyatta, who has served two terms since 2013.
                Kenya holds general elections every five years. The previous vote, in 2017, was annulled by the \
                Supreme Court, and a rerun was held 60 days later.
                """;
        LocalDate ref = LocalDate.of(2022, 8, 12);
        assertEquals(DayOfWeek.FRIDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        assertWellFormed(text, ms);
        assertEquals("2022-08-12", valueOf(ms, "Friday"));
        // Friday 12 August minus three days: Tuesday 9 August, election day.
        assertTrue(ms.stream().filter(m -> m.text().equals("Tuesday")).allMatch(m -> m.value().equals("2022-08-09")));
        assertEquals(2, ms.stream().filter(m -> m.text().equals("Tuesday")).count());
        assertEquals("2013", valueOf(ms, "2013"));
        assertEquals("2017", valueOf(ms, "2017"));
        TimeMention every = find(ms, "every five years").orElseThrow();
        assertEquals(TimexType.SET, every.type());
        assertEquals("P5Y", every.value());
        assertEquals("P60D", valueOf(ms, "60 days"));
    }

    @Test
    void aWeekdayAfterCommaAndTakesTheTenseOfItsOwnClause() {
        // The infinitive "to receive" of the clause before ", and" does not make the next clause's Thursday ahead.
        String text = "Ruritania refused in June to receive the envoy, and Strelsau Radio on Thursday accused Borduria "
                + "of siding with Zenda.";
        LocalDate ref = LocalDate.of(2010, 3, 3);
        assertEquals(DayOfWeek.WEDNESDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        assertWellFormed(text, ms);
        assertEquals("2010-02-25", valueOf(ms, "Thursday"));
        // With no verb of its own after the expression, the clause before still tells: "will ..., and on Tuesday meet".
        List<TimeMention> ahead = tag("John Doe will visit Strelsau on Monday, and on Tuesday he meets Richard Roe.", ref);
        assertEquals("2010-03-09", valueOf(ahead, "Tuesday"));
    }

    @Test
    void durationsAndRelativePeriodsInABusinessStory() {
        String text = """
                TOKYO (Reuters) - Toyota Motor said on Wednesday its operating profit doubled in the year to March, \
                after shipments rose earlier this year. The carmaker will invest over a decade in batteries and plans \
                to open a plant next year. Its shares have tripled over the past three years, and a strike at a \
                supplier lasted 48 hours. Toyota pays a dividend annually and publishes results every quarter.
                """;
        LocalDate ref = LocalDate.of(2024, 5, 8);
        assertEquals(DayOfWeek.WEDNESDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        assertWellFormed(text, ms);
        assertEquals("2024-05-08", valueOf(ms, "Wednesday"));
        assertEquals("2024", valueOf(ms, "earlier this year"));
        assertEquals("2025", valueOf(ms, "next year"));
        assertEquals("P10Y", valueOf(ms, "a decade"));
        // TimeML takes the whole stretch ending now: "the past three years", not "three years" after a vague "the past".
        assertEquals("P3Y", valueOf(ms, "the past three years"));
        assertEquals("PT48H", valueOf(ms, "48 hours"));
        assertEquals(TimexType.DURATION, find(ms, "48 hours").orElseThrow().type());
        TimeMention annually = find(ms, "annually").orElseThrow();
        assertEquals(TimexType.SET, annually.type());
        assertEquals("P1Y", annually.value());
        // "in the year to March": the nearest March to May 2024 is March 2024.
        assertEquals("2024-03", valueOf(ms, "March"));
    }

    @Test
    void qualifiedWeekdaysMonthsAndOffsets() {
        String text = """
                Japan's prime minister met his Australian counterpart in Canberra last Monday and will visit \
                Jakarta this coming Friday. Talks on a defence pact began last March, and a draft was agreed \
                a fortnight ago; officials expect a signing two weeks from now. Tokyo said it would decide \
                yesterday morning's questions this week.
                """;
        LocalDate ref = LocalDate.of(2025, 3, 7);
        assertEquals(DayOfWeek.FRIDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        assertWellFormed(text, ms);
        assertEquals("2025-03-03", valueOf(ms, "last Monday"));
        assertEquals("2025-03-14", valueOf(ms, "this coming Friday"));
        assertEquals("2024-03", valueOf(ms, "last March"));
        // A fortnight is two weeks: 2025-02-21 lies in ISO week 8.
        assertEquals("2025-W08", valueOf(ms, "a fortnight ago"));
        assertEquals("2025-W12", valueOf(ms, "two weeks from now"));
        assertEquals("2025-03-06TMO", valueOf(ms, "yesterday morning"));
        assertEquals("2025-W10", valueOf(ms, "this week"));
    }

    @Test
    void seasonsTakeTheirYearAndVerbsAreSkipped() {
        String text = """
                The Kenyan shilling weakened last summer and recovered in the summer of 2023; analysts in Nairobi \
                expect import prices to fall next spring. Prices may fall 2025 as well.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2024, 6, 14));
        assertEquals("2023-SU", valueOf(ms, "last summer"));
        assertEquals("2023-SU", valueOf(ms, "summer of 2023"));
        assertEquals("2025-SP", valueOf(ms, "next spring"));
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("fall")), ms.toString());
    }

    @Test
    void aCapitalizedSeasonBeginningANameIsNoTime() {
        String text = """
                The two presidents walked through the Summer Palace and will attend the Winter Olympics, which open in \
                the winter.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2022, 1, 20));
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("Summer") || m.text().contains("Winter")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.text().endsWith("the winter")), ms.toString());
    }

    @Test
    void aWinterToComeIsTheYearOfItsDecember() {
        String text = """
                Aid agencies in Ruritania are stocking fuel for the coming winter, after last winter left villages \
                cut off for weeks.
                """;
        List<TimeMention> september = tag(text, LocalDate.of(1991, 9, 11));
        assertEquals("1991-WI", valueOf(september, "coming winter"), "December 1991 is still to come");
        assertEquals("1990-WI", valueOf(september, "last winter"));
        List<TimeMention> january = tag(text, LocalDate.of(1992, 1, 20));
        assertEquals("1992-WI", valueOf(january, "coming winter"), "winter 1991 is under way in January");
        assertEquals("1990-WI", valueOf(january, "last winter"));
    }

    @Test
    void clockTimesAndPartsOfDayTakeTheirDay() {
        String text = """
                Polls in Ghana closed at 7:55 p.m. on Thursday, and counting went on until 9 a.m. the next day.
                The president spoke on Thursday morning.
                """;
        LocalDate ref = LocalDate.of(2024, 2, 8);
        List<TimeMention> ms = tag(text, ref);
        assertEquals("2024-02-08T19:55", valueOf(ms, "7:55 p.m."));
        assertEquals("2024-02-08T09:00", valueOf(ms, "9 a.m."));
        TimeMention morning = find(ms, "Thursday morning").orElseThrow();
        assertEquals(TimexType.TIME, morning.type());
        assertEquals("2024-02-08TMO", morning.value());
    }

    @Test
    void holidaysUseTheNearestOccurrenceOrTheYearGiven() {
        String text = """
                Shops in Seoul were busy ahead of Christmas. Airlines expect record traffic for the 2025 Spring \
                Festival, and a minister recalled Easter 2019. Fireworks are planned for New Year's Day.
                """;
        LocalDate ref = LocalDate.of(2024, 12, 20);
        List<TimeMention> ms = tag(text, ref);
        assertEquals("2024-12-25", valueOf(ms, "Christmas"));
        assertEquals("2025-01-29", valueOf(ms, "2025 Spring Festival"));
        assertEquals("2019-04-21", valueOf(ms, "Easter 2019"));
        // 1 January 2025 is 12 days away, 1 January 2024 almost a year.
        assertEquals("2025-01-01", valueOf(ms, "New Year's Day"));
    }

    @Test
    void rangesGiveTwoMentions() {
        String text = "The Indian cricket board said the talks will run from March 3 to 5, as they did between 2020 and 2022.";
        List<TimeMention> ms = tag(text, LocalDate.of(2025, 2, 10));
        assertEquals("2025-03-03", valueOf(ms, "March 3"));
        assertEquals("2025-03-05", valueOf(ms, "5"));
        assertEquals("2020", valueOf(ms, "2020"));
        assertEquals("2022", valueOf(ms, "2022"));

        List<TimeMention> boj = tag("The Bank of Japan's board meets June 13-14 in Tokyo.", LocalDate.of(2024, 6, 10));
        assertEquals("2024-06-13", valueOf(boj, "June 13"));
        assertEquals("2024-06-14", valueOf(boj, "14"));
    }

    @Test
    void absoluteFormatsAreNormalized() {
        String text = """
                The summit in Nairobi took place on 18 October 2023. A report dated 2023-10-18 and a second one \
                of Oct. 18, 2023 followed. Inflation peaked in February 2024. A ruling of 25/12/2024 was cited, \
                but not the one of 03/04/2024. Growth in the 1990s was faster. The next meeting is on Feb. 8th.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2024, 2, 1));
        assertWellFormed(text, ms);
        assertEquals("2023-10-18", valueOf(ms, "18 October 2023"));
        assertEquals("2023-10-18", valueOf(ms, "2023-10-18"));
        assertEquals("2023-10-18", valueOf(ms, "Oct. 18, 2023"));
        assertEquals("2024-02", valueOf(ms, "February 2024"));
        assertEquals("2024-12-25", valueOf(ms, "25/12/2024"));
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("03/04")), "day and month order is ambiguous");
        assertEquals("199", valueOf(ms, "the 1990s"));
        assertEquals("2024-02-08", valueOf(ms, "Feb. 8th"));
    }

    @Test
    void yearlessDatesTakeTheNearestYear() {
        assertEquals("2023-12-28", valueOf(tag("Markets in Frankfurt fell on Dec. 28.", LocalDate.of(2024, 1, 3)), "Dec. 28"));
        assertEquals("2024-01-02", valueOf(tag("Markets in Frankfurt will open on Jan 2.", LocalDate.of(2023, 12, 30)), "Jan 2"));
        // Nearest would be 2024-09-12; "last year" overrides it.
        assertEquals("2023-09-12", valueOf(tag("Apple unveiled the phone on Sept. 12 last year in Cupertino.",
                LocalDate.of(2024, 6, 14)), "Sept. 12 last year"));
    }

    @Test
    void numbersScoresModalsAndMarchesAreNotTimes() {
        String text = """
                Nigeria sent 2,000 troops to mark the 75th anniversary of the force. The G20 met in Rome.
                Kenya won 2-1 in a late game. Police watched a protest march in Lagos. Officials may resign, and \
                ministers said prices may rise.
                "May the best team win," the coach from Ghana said. "May God bless Kenya," Ruto said.
                The story ran in USA Today. Ruto won a second term. The Nairobi index rose to 1900 points. A festival showed the films of August Diehl.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2024, 6, 4));
        assertEquals(List.of(), ms);
    }

    @Test
    void withoutAReferenceOnlyAbsoluteExpressionsAreKept() {
        String text = "On Thursday, officials in Lima recalled that the deal of Oct 18, 2023 expired last year, three days ago.";
        List<TimeMention> ms = tag(text, null);
        assertEquals("2023-10-18", valueOf(ms, "Oct 18, 2023"));
        assertTrue(find(ms, "Thursday").isEmpty());
        assertTrue(find(ms, "last year").isEmpty());
        assertTrue(ms.stream().noneMatch(m -> m.text().contains("ago")));
    }

    @Test
    void taggingTheArticleUsesItsPublicationDate() {
        AnnotatedText at = annotate("Egypt's parliament met yesterday in Cairo.", LocalDate.of(2024, 3, 1));
        assertEquals("2024-02-29", valueOf(tagger.tag(at), "yesterday"));
        assertEquals(tagger.tag(at), tagger.tag(at, LocalDate.of(2024, 3, 1)));
    }

    @Test
    void missingDataDirectoryFails(@TempDir Path dir) {
        NewsKgException e = assertThrows(NewsKgException.class, () -> TemporalTagger.load(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void malformedDataFileIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path time = Files.createDirectories(dir.resolve("time"));
        try (Stream<Path> files = Files.list(DATA.resolve("time"))) {
            for (Path f : files.toList()) {
                Files.copy(f, time.resolve(f.getFileName()));
            }
        }
        Files.writeString(time.resolve("holidays.tsv"), "# broken\nchristmas\t12-25\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> TemporalTagger.load(dir));
        assertTrue(e.getMessage().contains("holidays.tsv:2"), e.getMessage());
        Files.writeString(time.resolve("holidays.tsv"), "# broken\nchristmas\t13-45\tChristmas\n");
        assertThrows(NewsKgException.class, () -> TemporalTagger.load(dir));
    }

    @Test
    void sameInputGivesSameOutput() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        AnnotatedText at = annotate(text, LocalDate.of(2024, 2, 8));
        List<TimeMention> first = tagger.tag(at, LocalDate.of(2024, 2, 8));
        assertFalse(first.isEmpty());
        assertEquals(first, TemporalTagger.load(DATA).tag(at, LocalDate.of(2024, 2, 8)));
    }
}
