package org.newskg.extract.time;

import static org.newskg.extract.time.TaggerFixture.assertNoneIn;
import static org.newskg.extract.time.TaggerFixture.assertTimex;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;

/**
 * TimeML classes met in the blind set {@code eval/timeml/dev4} (the previous day, frequency adjectives, counted
 * repetitions, the current century, a year earlier after a year), each on other sentences written for this test.
 */
class TimeMlDev4ClassesTest {

    @Test
    void thePreviousDayIsTheDayBeforeTheStorysLastDate() {
        String named = "Police said Monday that the missing hiker had been seen by a farmer the previous day.";
        assertTimex(TaggerFixture.tag(named, LocalDate.of(2002, 3, 6)), "the previous day", TimexType.DATE, "2002-03-03");
        String told = "The mayor of Ostrava resigned on Wednesday in a letter he had signed the previous day.";
        assertTimex(TaggerFixture.tag(told, LocalDate.of(2002, 3, 6)), "the previous day", TimexType.DATE, "2002-03-05");
    }

    @Test
    void aFrequencyWordBeforeItsNounIsASetEvenAfterADeterminer() {
        String text = "The statistics office said in its monthly bulletin that a quarterly survey of 500 firms had "
                + "found weaker orders, the Daily Courier reported.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2010, 5, 4));
        assertTimex(ms, "monthly", TimexType.SET, "P1M");
        assertTimex(ms, "quarterly", TimexType.SET, "P3M");
        assertNoneIn(ms, text, "Daily");
    }

    @Test
    void everyQuarterIsThreeMonths() {
        String text = "The fund paid its investors every quarter and reviewed its rules every two quarters.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2010, 5, 4));
        assertTimex(ms, "every quarter", TimexType.SET, "P3M");
        assertTimex(ms, "every two quarters", TimexType.SET, "P6M");
    }

    @Test
    void aCountedRepetitionKeepsItsCountInTheExtent() {
        String text = "The monetary committee meets six times a year, and most of its staff work four days a week.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2010, 5, 4));
        assertTimex(ms, "six times a year", TimexType.SET, "P1Y");
        assertTimex(ms, "four days a week", TimexType.SET, "P1W");
    }

    @Test
    void thisCenturyIsTheReferencesCentury() {
        String text = "Officials called it the worst drought this century, worse than any in the last century.";
        List<TimeMention> late = TaggerFixture.tag(text, LocalDate.of(2012, 8, 1));
        assertTimex(late, "this century", TimexType.DATE, "20");
        assertTimex(late, "the last century", TimexType.DATE, "19");
        assertTimex(TaggerFixture.tag(text, LocalDate.of(1988, 8, 1)), "this century", TimexType.DATE, "19");
    }

    @Test
    void aYearEarlierAfterAYearIsTheYearBeforeIt() {
        String text = "Hanlon Steel reported a fourth-quarter loss on Tuesday. For 2006 it earned $40 million, against "
                + "$31 million a year earlier.";
        assertTimex(TaggerFixture.tag(text, LocalDate.of(2007, 2, 6)), "a year earlier", TimexType.DATE, "2005");
        String quarter = "Hanlon Steel said it lost $4 million in the fourth quarter, against a profit a year earlier.";
        assertTimex(TaggerFixture.tag(quarter, LocalDate.of(2007, 2, 6)), "a year earlier", TimexType.DATE, "2005-Q4");
    }

    @Test
    void aYearEarlierInAMonthlyReportIsThatMonthAYearBefore() {
        String text = "Chile's copper output fell 6 percent in March, the mining ministry said. Output has fallen since "
                + "June 2015, and shipments to China were 12 percent lower than a year earlier.";
        assertTimex(TaggerFixture.tag(text, LocalDate.of(2016, 4, 28)), "a year earlier", TimexType.DATE, "2015-03");
    }

    @Test
    void tonightIsTheNightOfTheReferenceDay() {
        String text = "The Senate will vote on the budget tonight, its leader said.";
        assertTimex(TaggerFixture.tag(text, LocalDate.of(1995, 3, 14)), "tonight", TimexType.TIME, "1995-03-14TNI");
    }

    @Test
    void aCountlessStretchBeforeOfIsADuration() {
        String text = "After months of delays, the dam was finished, but it followed years of drought.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(1995, 3, 14));
        assertTimex(ms, "months", TimexType.DURATION, "PXM");
        assertTimex(ms, "years", TimexType.DURATION, "PXY");
    }

    @Test
    void aForecastOrASentencingDateLiesAheadInAPastClause() {
        String rain = "Forecasters said more snow was likely Sunday night in the mountains.";
        assertTimex(TaggerFixture.tag(rain, LocalDate.of(2003, 1, 16)), "Sunday night", TimexType.TIME, "2003-01-19TNI");
        String court = "The judge set sentencing for March 3 and let the former mayor go home.";
        assertTimex(TaggerFixture.tag(court, LocalDate.of(2003, 1, 16)), "March 3", TimexType.DATE, "2003-03-03");
    }

    @Test
    void aRaceTimeKeepsItsDecimalSeconds() {
        String text = "Okafor won the final in three minutes 38.25 seconds, 0.4 seconds ahead of the champion.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(1988, 9, 25));
        assertTimex(ms, "three minutes 38.25 seconds", TimexType.DURATION, "PT3M38.25S");
        assertTimex(ms, "0.4 seconds", TimexType.DURATION, "PT0.4S");
    }
}
