package org.newskg.extract.time;

import static org.newskg.extract.time.TaggerFixture.assertNoneIn;
import static org.newskg.extract.time.TaggerFixture.assertTimex;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;

/**
 * TimeML classes met in the blind wire set {@code eval/timeml/dev2} (modifiers inside the extent, edges of the
 * current period, seasons with "the", centuries, stretches after a rank, bare plural stretches, "since" and
 * "through", forward months, "Sept"), each on other sentences written for this test.
 */
class TimeMlWireClassesTest {

    @Test
    void modifiersStayInsideTheExtentWithTheValueOfWhatTheyModify() {
        String text = """
                QUITO, April 14 - Ecuador's president said he would dissolve congress by the end of May and call a \
                referendum early next year. The crisis began in mid-December, and protesters have camped outside the \
                palace for more than three weeks. Talks broke down late Tuesday after about two hours.""";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2005, 4, 14));
        assertTimex(ms, "the end of May", TimexType.DATE, "2005-05");
        assertTimex(ms, "early next year", TimexType.DATE, "2006");
        assertTimex(ms, "mid-December", TimexType.DATE, "2004-12");
        assertTimex(ms, "more than three weeks", TimexType.DURATION, "P3W");
        assertTimex(ms, "late Tuesday", TimexType.DATE, "2005-04-12");
        assertTimex(ms, "about two hours", TimexType.DURATION, "PT2H");
    }

    @Test
    void theEdgeOfTheCurrentPeriodIsThatPeriod() {
        String text = """
                The ministers promised a deal by the end of the year and a review at the beginning of the month, \
                and the treaty should be ratified by the end of the decade.""";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(1997, 2, 11));
        assertTimex(ms, "the end of the year", TimexType.DATE, "1997");
        assertTimex(ms, "the beginning of the month", TimexType.DATE, "1997-02");
        assertTimex(ms, "the end of the decade", TimexType.DATE, "199");
    }

    @Test
    void aSeasonWithTheTakesTheYearItsClauseSpeaksOf() {
        String summer = "The envoys met twice over the summer, and they will meet again in the spring.";
        List<TimeMention> ms = TaggerFixture.tag(summer, LocalDate.of(2012, 8, 9));
        assertTimex(ms, "the summer", TimexType.DATE, "2012-SU");
        assertTimex(ms, "the spring", TimexType.DATE, "2013-SP");
        String fall = "Analysts blamed the fall in oil prices and the fall of the government.";
        List<TimeMention> none = TaggerFixture.tag(fall, LocalDate.of(2012, 8, 9));
        assertNoneIn(none, fall, "the fall in");
        assertNoneIn(none, fall, "the fall of");
    }

    @Test
    void centuriesByTheirOrdinal() {
        String text = "The fort, built in the 17th century, was restored in the twentieth century.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2012, 8, 9));
        assertTimex(ms, "the 17th century", TimexType.DATE, "16");
        assertTimex(ms, "the twentieth century", TimexType.DATE, "19");
    }

    @Test
    void afterARankInOpensAStretchAndBarePluralsAreStretches() {
        String text = """
                The visit is the minister's second in six months and the first in years. The strike could last \
                weeks, officials said, on a day when working hours were cut.""";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2012, 8, 9));
        assertTimex(ms, "six months", TimexType.DURATION, "P6M");
        assertTimex(ms, "years", TimexType.DURATION, "PXY");
        assertTimex(ms, "weeks", TimexType.DURATION, "PXW");
        assertNoneIn(ms, text, "hours");
        List<TimeMention> count = TaggerFixture.tag("The twelve months of talks ended in a three-day summit. The two-week recess began.",
                LocalDate.of(2012, 8, 9));
        assertTimex(count, "The twelve months", TimexType.DURATION, "P12M");
        assertTimex(count, "two-week", TimexType.DURATION, "P2W");
        String future = "The minister will return in six months.";
        assertTimex(TaggerFixture.tag(future, LocalDate.of(2012, 8, 9)), "in six months", TimexType.DATE, "2013-02");
    }

    @Test
    void sinceLooksBackThroughAndExpectedOnLookAheadAndDeliveryMonthsAreAhead() {
        String text = """
                It will be the king's first speech since the Jan. 30 vote. The fair, which runs until Saturday, has \
                drawn 40,000 visitors. Brent crude for April delivery settled lower.""";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(1997, 2, 11));
        assertTimex(ms, "Jan. 30", TimexType.DATE, "1997-01-30");
        assertTimex(ms, "Saturday", TimexType.DATE, "1997-02-15");
        assertTimex(ms, "April", TimexType.DATE, "1997-04");
        String expected = "Talks between the two ministers, the first in a decade, are expected on Saturday.";
        List<TimeMention> e = TaggerFixture.tag(expected, LocalDate.of(1997, 2, 11));
        assertTimex(e, "Saturday", TimexType.DATE, "1997-02-15");
        assertTimex(e, "a decade", TimexType.DURATION, "P10Y");
    }

    @Test
    void aBareVerbAfterAndSharesTheFutureOfTheVerbBefore() {
        String text = """
                The premier will visit Hanoi on Thursday and meet the president of Laos on the margins of the \
                regional forum on Saturday, his office said.""";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(1997, 2, 11));
        assertTimex(ms, "Thursday", TimexType.DATE, "1997-02-13");
        assertTimex(ms, "Saturday", TimexType.DATE, "1997-02-15");
        String past = "The premier visited Hanoi on Thursday and met the president of Laos on the margins of the forum on Saturday.";
        assertTimex(TaggerFixture.tag(past, LocalDate.of(1997, 2, 11)), "Saturday", TimexType.DATE, "1997-02-08");
    }

    @Test
    void septWithoutItsPeriodAndAMeridiemThatEndsTheSentence() {
        String text = "BANGKOK, Sept 19 (AFP) - Tanks rolled into the city. The cabinet met at 9 pm.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2006, 9, 19));
        assertTimex(ms, "Sept 19", TimexType.DATE, "2006-09-19");
        assertTimex(ms, "9 pm", TimexType.TIME, "2006-09-19T21:00");
        String soon = "Shots were heard soon after, and the army will soon take control.";
        List<TimeMention> s = TaggerFixture.tag(soon, LocalDate.of(2006, 9, 19));
        assertNoneIn(s, soon, "soon after");
        assertTimex(s, "soon", TimexType.DATE, "FUTURE_REF");
    }
}
