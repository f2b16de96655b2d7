package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.time.TaggerFixture.assertNoneIn;
import static org.newskg.extract.time.TaggerFixture.assertTimex;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;

/**
 * The classes of TimeML expressions of issue 13, each on sentences written for this test (invented companies
 * and people, real and invented countries): exact spans, TIMEX3 types and values.
 */
class TimeMlClassesTest {

    private static List<TimeMention> tag(String text, LocalDate reference) {
        return TaggerFixture.tag(text, reference);
    }

    @Test
    void quartersAndHalvesOfTheCalendarYear() {
        String text = """
                SANTIAGO, April 24 - Andes Cobre said its profit fell in the first quarter, after a loss in the fourth \
                quarter. First-quarter output rose 4 percent from the year-earlier period. The miner expects prices to \
                recover in the third quarter and will sell a quarter of its port stake. Sales in the first half of 2022 \
                were a record, and the current quarter looks weaker.
                """;
        LocalDate ref = LocalDate.of(2023, 4, 24);
        List<TimeMention> ms = tag(text, ref);
        assertTimex(ms, "the first quarter", TimexType.DATE, "2023-Q1");
        // Told in April, in a past clause: the fourth quarter not yet begun this year is last year's.
        assertTimex(ms, "the fourth quarter", TimexType.DATE, "2022-Q4");
        assertTimex(ms, "First-quarter", TimexType.DATE, "2023-Q1");
        // The story's topic is the first quarter: the same quarter a year before.
        assertTimex(ms, "the year-earlier period", TimexType.DATE, "2022-Q1");
        // A future clause: this year's.
        assertTimex(ms, "the third quarter", TimexType.DATE, "2023-Q3");
        assertTimex(ms, "the first half of 2022", TimexType.DATE, "2022-H1");
        assertTimex(ms, "the current quarter", TimexType.DATE, "2023-Q2");
        assertNoneIn(ms, text, "a quarter of its port stake");
    }

    @Test
    void theQuarterNeedsAQuarterInView() {
        String withTopic = "Kestrel Air said on Tuesday that it lost $40 million in the second quarter. Revenue in the "
                + "quarter fell, and the latest period was its worst since 2009.";
        List<TimeMention> ms = tag(withTopic, LocalDate.of(2009, 7, 28));
        assertTimex(ms, "the second quarter", TimexType.DATE, "2009-Q2");
        assertTimex(ms, "the quarter", TimexType.DATE, "2009-Q2");
        assertTimex(ms, "the latest period", TimexType.DATE, "2009-Q2");
        String without = "The quarter of the old town near the harbour was rebuilt.";
        assertTrue(tag(without, LocalDate.of(2009, 7, 28)).isEmpty(), "no quarter in view");
    }

    @Test
    void yearsAndDecadesWrittenOutOrBare() {
        String text = """
                Mongolia's president called nineteen ninety-one the start of a new era. Mining law changed in \
                January nineteen ninety-seven, and a rail link was promised by the year two thousand. \
                2006 was the best year for copper. Herders remember the nineties as hard, and the last decade \
                brought two thousand new wells. The plan for the year 2010 was dropped.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2008, 5, 6));
        assertTimex(ms, "nineteen ninety-one", TimexType.DATE, "1991");
        assertTimex(ms, "January nineteen ninety-seven", TimexType.DATE, "1997-01");
        assertTimex(ms, "the year two thousand", TimexType.DATE, "2000");
        assertTimex(ms, "2006", TimexType.DATE, "2006");
        assertTimex(ms, "the nineties", TimexType.DATE, "199");
        assertTimex(ms, "the last decade", TimexType.DATE, "199");
        assertTimex(ms, "the year 2010", TimexType.DATE, "2010");
        assertNoneIn(ms, text, "two thousand new wells");
    }

    @Test
    void genericReferencesAndStretchesEndingNow() {
        String text = """
                Prices are now falling, and the central bank currently expects them to stabilize in the coming \
                months. Rates were cut recently and had previously been raised twice. The past offers no guide to the \
                future, the governor said. In recent years exports doubled; they fell over the past two quarters but \
                rose over the past twenty years.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2016, 3, 9));
        assertTimex(ms, "now", TimexType.DATE, "PRESENT_REF");
        assertTimex(ms, "currently", TimexType.DATE, "PRESENT_REF");
        assertTimex(ms, "the coming months", TimexType.DATE, "FUTURE_REF");
        assertTimex(ms, "recently", TimexType.DATE, "PAST_REF");
        assertTimex(ms, "previously", TimexType.DATE, "PAST_REF");
        assertTimex(ms, "The past", TimexType.DATE, "PAST_REF");
        assertTimex(ms, "the future", TimexType.DATE, "FUTURE_REF");
        assertTimex(ms, "recent years", TimexType.DURATION, "PXY");
        assertTimex(ms, "the past two quarters", TimexType.DURATION, "P2Q");
        assertTimex(ms, "the past twenty years", TimexType.DURATION, "P20Y");
    }

    @Test
    void currentAndRecentAreVagueUnlessTheyNameSomething() {
        String text = """
                The current government blamed the recent floods, while its current account deficit widened and an \
                ocean current carried the oil south.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2012, 6, 14));
        assertTimex(ms, "current", TimexType.DATE, "PRESENT_REF");
        assertTimex(ms, "recent", TimexType.DATE, "PAST_REF");
        assertEquals(2, ms.size(), ms.toString());
    }

    @Test
    void setsOfWeekdaysFrequenciesAndAmountsPerUnit() {
        String text = """
                The Lagos exchange publishes prices each Thursday and runs daily auctions. Dividends are paid \
                annually and reports filed quarterly. The refinery loses $2 million a day and pumps 300 barrels per \
                hour. Its manager spent a day in Abuja, the Daily Courier reported.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2019, 9, 2));
        assertTimex(ms, "each Thursday", TimexType.SET, "XXXX-WXX-4");
        assertTimex(ms, "daily", TimexType.SET, "P1D");
        assertTimex(ms, "annually", TimexType.SET, "P1Y");
        assertTimex(ms, "quarterly", TimexType.SET, "P3M");
        assertTimex(ms, "a day", TimexType.SET, "P1D");
        assertTimex(ms, "per hour", TimexType.SET, "PT1H");
        // "spent a day": a duration after a verb, not a rate.
        assertEquals(TimexType.DURATION, ms.stream().filter(m -> m.text().equals("a day")).skip(1).findFirst()
                .orElseThrow(() -> new AssertionError(ms.toString())).type());
        assertNoneIn(ms, text, "Daily Courier");
    }

    @Test
    void weekdaysMonthDaysAndMonthsFollowTheTenseOfTheirClause() {
        String text = """
                Unions in Lisbon voted on Sunday to end the strike and will vote again on Sunday on pay. \
                The index is 9 percent below the record it set on Aug. 6, and the port will reopen on March 2. \
                Talks began last February and will resume this September. The ministry will publish its figures \
                in July.
                """;
        LocalDate ref = LocalDate.of(2011, 2, 15);
        assertEquals(DayOfWeek.TUESDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        List<String> sundays = ms.stream().filter(m -> m.text().equals("Sunday")).map(TimeMention::value).toList();
        assertEquals(List.of("2011-02-13", "2011-02-20"), sundays);
        // Nearer in August 2011, but a record set lies in the past.
        assertTimex(ms, "Aug. 6", TimexType.DATE, "2010-08-06");
        assertTimex(ms, "March 2", TimexType.DATE, "2011-03-02");
        assertTimex(ms, "last February", TimexType.DATE, "2010-02");
        assertTimex(ms, "this September", TimexType.DATE, "2011-09");
        // July 2010 and July 2011 are equally far; the clause looks ahead.
        assertTimex(ms, "July", TimexType.DATE, "2011-07");
    }

    @Test
    void aWeekdayBeforeIsDueToLiesAhead() {
        // The cue follows the form of "be" that comes after the weekday: "On Friday she is due to ..."
        List<TimeMention> ms = tag("On Friday she is due to open the new port. On Monday she opened the old one.",
                LocalDate.of(2011, 2, 15));
        assertEquals(List.of("2011-02-18", "2011-02-14"),
                ms.stream().filter(m -> m.text().endsWith("day")).map(TimeMention::value).toList());
    }

    @Test
    void aMonthAfterForIsADateButAFirstNameIsNot() {
        List<TimeMention> ms = tag("The vote is planned for June. The prize went for April Ryan's report.", LocalDate.of(2011, 2, 15));
        assertTimex(ms, "June", TimexType.DATE, "2011-06");
        assertNoneIn(ms, "The vote is planned for June. The prize went for April Ryan's report.", "April");
    }

    @Test
    void anExplicitDateBeatsItsWeekdayAndWeekendsAreIsoWeeks() {
        String text = """
                Flights resumed on Saturday, April 25, after a strike. Talks went on over the weekend, and the \
                unions will meet again this weekend, the Weekend Herald reported.
                """;
        LocalDate ref = LocalDate.of(2015, 4, 29);
        assertEquals(DayOfWeek.WEDNESDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        assertTimex(ms, "Saturday, April 25", TimexType.DATE, "2015-04-25");
        // Saturday 25 April 2015 is in ISO week 17; the coming weekend (2-3 May) in week 18.
        assertTimex(ms, "the weekend", TimexType.DATE, "2015-W17-WE");
        assertTimex(ms, "this weekend", TimexType.DATE, "2015-W18-WE");
        assertNoneIn(ms, text, "Weekend Herald");
    }

    @Test
    void aYearEarlierIsADateCountedFromTheStorysLastDate() {
        String text = """
                Kenyan tea exports rose 8 percent in 2015 from a year earlier. Prices fell in March, against a rise \
                a month earlier. Growers earned more than a year ago, and the board met two days later than planned.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2016, 1, 20));
        assertTimex(ms, "a year earlier", TimexType.DATE, "2014");
        assertTimex(ms, "a month earlier", TimexType.DATE, "2015-02");
        assertTimex(ms, "a year ago", TimexType.DATE, "2015");
    }

    @Test
    void clockTimesJoinTheirDates() {
        String text = """
                WASHINGTON, Nov. 7 - Negotiators missed a deadline of 5 p.m. EST, Nov. 6, officials said. Talks had \
                resumed at noon Saturday, and a new deadline was set for midnight Friday.
                """;
        LocalDate ref = LocalDate.of(2005, 11, 7);
        assertEquals(DayOfWeek.MONDAY, ref.getDayOfWeek());
        List<TimeMention> ms = tag(text, ref);
        assertTimex(ms, "5 p.m. EST, Nov. 6", TimexType.TIME, "2005-11-06T17:00");
        assertTimex(ms, "noon Saturday", TimexType.TIME, "2005-11-05T12:00");
        // "set for" schedules it ahead whatever the tense: Friday 11 November, at the end of the day.
        assertTimex(ms, "midnight Friday", TimexType.TIME, "2005-11-11T24:00");
    }

    @Test
    void durationsWithHalvesRangesAndCountsInWords() {
        String text = """
                The vote was suspended for a minute and a half. Repairs will take two to three weeks, and the \
                dam has leaked for two and a half years. Rain fell in the last twenty four hours.
                """;
        List<TimeMention> ms = tag(text, LocalDate.of(2021, 10, 4));
        assertTimex(ms, "a minute and a half", TimexType.DURATION, "PT1M30S");
        assertTimex(ms, "two to three weeks", TimexType.DURATION, "PXW");
        assertTimex(ms, "two and a half years", TimexType.DURATION, "P2Y6M");
        assertTimex(ms, "the last twenty four hours", TimexType.DURATION, "PT24H");
    }
}
