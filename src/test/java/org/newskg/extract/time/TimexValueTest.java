package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimexValueTest {

    @Test
    void isoWeeksBelongToTheirWeekBasedYear() {
        assertEquals("2024-W06", TimexValue.week(LocalDate.of(2024, 2, 8)));
        // Monday 30 December 2024 opens the first ISO week of 2025.
        assertEquals("2025-W01", TimexValue.week(LocalDate.of(2024, 12, 30)));
    }

    @Test
    void durationsUseTheirUnitsAndMultipliers() {
        assertEquals("P20Y", TimexValue.duration("2", new TimeUnit("decade", "decades", "Y", 10)));
        assertEquals("PT48H", TimexValue.duration("48", new TimeUnit("hour", "hours", "H", 1)));
        assertEquals("PT5M", TimexValue.duration("5", new TimeUnit("minute", "minutes", "MIN", 1)));
        assertEquals("PXD", TimexValue.duration(NumberWords.VAGUE, new TimeUnit("day", "days", "D", 1)));
    }

    @Test
    void yearsDecadesAndClockTimes() {
        assertEquals("0987", TimexValue.year(987));
        assertEquals("199", TimexValue.decade(1990));
        assertEquals("T07:05", TimexValue.timeOfDay(7, 5));
    }

    @Test
    void badUnitIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TimeUnit("lustrum", "lustra", "L", 5));
        assertThrows(IllegalArgumentException.class, () -> new TimeUnit("day", "days", "D", 0));
    }

    @Test
    void monthAbbreviationsAreRead() {
        assertEquals(Optional.of(Month.SEPTEMBER), CalendarNames.month("Sept."));
        assertEquals(Optional.of(Month.OCTOBER), CalendarNames.month("Oct"));
        assertEquals(Optional.empty(), CalendarNames.month("Ma"));
    }
}
