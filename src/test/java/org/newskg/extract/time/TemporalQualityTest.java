package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.TimeMention;

/** Relative time in sentences from several outlets' styles (written for these tests), checked by hand. */
class TemporalQualityTest {

    private static List<TimeMention> tag(String text, LocalDate reference) {
        return TaggerFixture.tag(text, reference);
    }

    private static String value(List<TimeMention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + ms)).value();
    }

    @Test
    void aWeekdayAfterAFutureVerbIsTheComingOneAfterAPastVerbTheLastOne() {
        // Published Tuesday 2024-05-21 (an AP-style business story).
        LocalDate tuesday = LocalDate.of(2024, 5, 21);
        List<TimeMention> ms = tag("Minister Raquel Buenrostro will visit Japan on Friday. "
                + "Honda cut its forecast on Friday. The board is due to meet on Monday. "
                + "Sato said on Monday that talks would go on. She said she would fly to Osaka on Thursday.", tuesday);
        List<String> fridays = ms.stream().filter(m -> m.text().equals("Friday")).map(TimeMention::value).toList();
        assertEquals(List.of("2024-05-24", "2024-05-17"), fridays);
        List<String> mondays = ms.stream().filter(m -> m.text().equals("Monday")).map(TimeMention::value).toList();
        assertEquals(List.of("2024-05-27", "2024-05-20"), mondays);
        assertEquals("2024-05-23", value(ms, "Thursday"));
    }

    @Test
    void relativePeriodsRangesAndDurations() {
        // Published Thursday 2024-02-08, ISO week 2024-W06.
        List<TimeMention> ms = tag("Exports fell last week and over the past year, but officials expect a rebound next month. "
                + "The strike ended three days ago after a three-day standoff, and talks ran from Feb 1 to Feb 3.",
                LocalDate.of(2024, 2, 8));
        assertEquals("2024-W05", value(ms, "last week"));
        assertEquals("2023", value(ms, "the past year"));
        assertEquals("2024-03", value(ms, "next month"));
        assertEquals("2024-02-05", value(ms, "three days ago"));
        assertEquals("P3D", value(ms, "three-day"));
        assertEquals("2024-02-01", value(ms, "Feb 1"));
        assertEquals("2024-02-03", value(ms, "Feb 3"));
    }

    @Test
    void aMonthWithARelativeYearTakesThatYear() {
        List<TimeMention> ms = tag("Turnout was higher in August last year, and the next vote is in May next year.",
                LocalDate.of(2022, 8, 10));
        assertEquals("2021-08", value(ms, "August last year"));
        assertEquals("2023-05", value(ms, "May next year"));
    }

    @Test
    void theDatelineDateIsTheReferenceWhenThePageIsDatedLater() {
        // A Xinhua dispatch re-published a day later: "Thursday" is the dateline's day, not the page's.
        List<TimeMention> ms = tag("""
                BEIJING, Feb 8 (Xinhua) -- Chinese President Xi Jinping held a phone conversation with Russian \
                President Vladimir Putin on Thursday, ahead of the Chinese New Year.
                Xi said that this year marks the 75th anniversary of ties.
                """, LocalDate.of(2024, 2, 10));
        assertEquals("2024-02-08", value(ms, "Feb 8"));
        assertEquals("2024-02-08", value(ms, "Thursday"));
        assertEquals("2024-02-10", value(ms, "Chinese New Year"));
        assertEquals("2024", value(ms, "this year"));
        // Without a dateline, the page's date is the reference.
        List<TimeMention> plain = tag("Officials met on Thursday.", LocalDate.of(2024, 2, 10));
        assertEquals("2024-02-08", value(plain, "Thursday"));
        List<TimeMention> later = tag("Officials met on Thursday.", LocalDate.of(2024, 2, 16));
        assertEquals("2024-02-15", value(later, "Thursday"));
    }

    @Test
    void aReutersDatelineWithARegionAlsoCounts() {
        List<TimeMention> ms = tag("ADDIS ABABA, Feb 17 (AP) - Leaders of the African Union opened a two-day summit "
                + "on Saturday. They will meet again on Sunday.", LocalDate.of(2024, 2, 19));
        assertEquals("2024-02-17", value(ms, "Saturday"));
        assertEquals("2024-02-18", value(ms, "Sunday"));
        assertTrue(ms.stream().anyMatch(m -> m.value().equals("P2D")), ms.toString());
    }
}
