package org.newskg.extract.time;

import static org.newskg.extract.time.TaggerFixture.assertTimex;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.extract.TimeMention;
import org.newskg.extract.TimexType;

/**
 * TimeML classes met in the blind wire set {@code eval/timeml/dev3} (fiscal years, decades with their article,
 * quarters named by their months, modal clauses reported in the past), each on other sentences written for this test.
 */
class TimeMlBusinessClassesTest {

    @Test
    void aFiscalYearIsTheYearItNamesWithFiscalInTheExtent() {
        String text = "Halvorsen Foods said sales for fiscal 1994 rose 8 percent and that it would return to profit in "
                + "fiscal year 1996.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(1995, 2, 3));
        assertTimex(ms, "fiscal 1994", TimexType.DATE, "1994");
        assertTimex(ms, "fiscal year 1996", TimexType.DATE, "1996");
    }

    @Test
    void aDecadeKeepsItsArticle() {
        String text = "The peso has been devalued several times since the 1970s.";
        assertTimex(TaggerFixture.tag(text, LocalDate.of(1995, 2, 3)), "the 1970s", TimexType.DATE, "197");
    }

    @Test
    void aQuarterNamedByItsMonthsIsThatCalendarQuarter() {
        String text = "Orimaru Electric said profit fell in the July-September quarter, and it expects a loss in "
                + "the October-December quarter. Sales also fell from the previous quarter.";
        List<TimeMention> ms = TaggerFixture.tag(text, LocalDate.of(2003, 11, 5));
        assertTimex(ms, "the July-September quarter", TimexType.DATE, "2003-Q3");
        assertTimex(ms, "the October-December quarter", TimexType.DATE, "2003-Q4");
        assertTimex(ms, "the previous quarter", TimexType.DATE, "2003-Q2");
    }

    @Test
    void aModalVerbReportedInThePastStillLooksAhead() {
        String half = "Brokers said prices could rebound in the second half.";
        assertTimex(TaggerFixture.tag(half, LocalDate.of(2011, 3, 9)), "the second half", TimexType.DATE, "2011-H2");
        String spring = "A minister said the talks might not resume until the spring.";
        assertTimex(TaggerFixture.tag(spring, LocalDate.of(2011, 11, 9)), "the spring", TimexType.DATE, "2012-SP");
        String past = "The minister said exports could have risen in the fourth quarter.";
        assertTimex(TaggerFixture.tag(past, LocalDate.of(2011, 3, 9)), "the fourth quarter", TimexType.DATE, "2010-Q4");
    }
}
