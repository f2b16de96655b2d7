package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceCalendarTest {

    // Friday 7 March 2025.
    private static final ReferenceCalendar FRIDAY = ReferenceCalendar.of(LocalDate.of(2025, 3, 7));
    private static final TimeLexicon LEXICON =
            TimeLexicon.load(Path.of(System.getProperty("newskg.home", ".")).resolve("data"));

    @Test
    void bareWeekdayIsTheMostRecentOneOrToday() {
        assertEquals(LocalDate.of(2025, 3, 4), FRIDAY.bareWeekday(DayOfWeek.TUESDAY));
        assertEquals(LocalDate.of(2025, 3, 7), FRIDAY.bareWeekday(DayOfWeek.FRIDAY));
        assertEquals(LocalDate.of(2025, 3, 1), FRIDAY.bareWeekday(DayOfWeek.SATURDAY));
    }

    @Test
    void lastNextAndThisWeekday() {
        assertEquals(LocalDate.of(2025, 2, 28), FRIDAY.lastWeekday(DayOfWeek.FRIDAY));
        assertEquals(LocalDate.of(2025, 3, 14), FRIDAY.nextWeekday(DayOfWeek.FRIDAY));
        assertEquals(LocalDate.of(2025, 3, 10), FRIDAY.nextWeekday(DayOfWeek.MONDAY));
        assertEquals(LocalDate.of(2025, 3, 3), FRIDAY.thisWeekday(DayOfWeek.MONDAY));
    }

    @Test
    void monthsRelativeToTheReference() {
        assertEquals(YearMonth.of(2024, 3), FRIDAY.lastMonth(Month.MARCH));
        assertEquals(YearMonth.of(2026, 3), FRIDAY.nextMonth(Month.MARCH));
        assertEquals(YearMonth.of(2024, 11), FRIDAY.nearestMonth(Month.NOVEMBER));
        assertEquals(Optional.empty(), FRIDAY.nearestMonthDay(Month.FEBRUARY, 30));
        // 29 February exists only in 2024 among 2024..2026.
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), FRIDAY.nearestMonthDay(Month.FEBRUARY, 29));
    }

    @Test
    void shiftedPeriodsHaveTheUnitsPrecision() {
        TimeUnit week = LEXICON.unit("week").orElseThrow();
        TimeUnit decade = LEXICON.unit("decades").orElseThrow();
        TimeUnit hour = LEXICON.unit("hours").orElseThrow();
        assertEquals(Optional.of("2025-W09"), FRIDAY.shifted(week, -1));
        assertEquals(Optional.of("2005"), FRIDAY.shifted(decade, -2));
        assertEquals(Optional.empty(), FRIDAY.shifted(hour, 3));
    }

    @Test
    void unknownReference() {
        assertFalse(ReferenceCalendar.of(null).known());
    }
}
