package org.newskg.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.NewsKgException;

class HolidayCalendarTest {

    private static final Path DATA = Path.of(System.getProperty("newskg.home", ".")).resolve("data");
    private static HolidayCalendar calendar;

    @BeforeAll
    static void load() {
        calendar = HolidayCalendar.load(DATA);
    }

    @Test
    void lunarNewYearFollowsTheTable() {
        assertEquals(Optional.of(LocalDate.of(2023, 1, 22)), calendar.in("Chinese New Year", 2023));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 10)), calendar.in("Spring Festival", 2024));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 29)), calendar.in("Lunar New Year", 2025));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 17)), calendar.in("Chinese Spring Festival", 2026));
        // The Lantern Festival is the 15th day of the first lunar month; the eve the day before the new year.
        assertEquals(Optional.of(LocalDate.of(2024, 2, 24)), calendar.in("Lantern Festival", 2024));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 9)), calendar.in("Chinese New Year's Eve", 2024));
    }

    @Test
    void yearsOutsideTheTableAreUnknown() {
        assertEquals(Optional.empty(), calendar.in("Chinese New Year", 2050));
        assertEquals(Optional.empty(), calendar.in("Easter", 1990));
        assertEquals(Optional.empty(), calendar.in("No Such Day", 2024));
    }

    @Test
    void easterAndItsNeighbours() {
        assertEquals(Optional.of(LocalDate.of(2024, 3, 31)), calendar.in("Easter", 2024));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 29)), calendar.in("Good Friday", 2024));
        assertEquals(Optional.of(LocalDate.of(2025, 4, 21)), calendar.in("Easter Monday", 2025));
    }

    @Test
    void nthWeekdayRules() {
        // November 2024 starts on a Friday: its Thursdays are the 7th, 14th, 21st and 28th.
        assertEquals(Optional.of(LocalDate.of(2024, 11, 28)), calendar.in("Thanksgiving", 2024));
        // May 2024 ends on a Friday: its last Monday is the 27th.
        assertEquals(Optional.of(LocalDate.of(2024, 5, 27)), calendar.in("Memorial Day", 2024));
    }

    @Test
    void nearestOccurrenceCrossesTheYearBoundary() {
        assertEquals(Optional.of(LocalDate.of(2023, 12, 25)), calendar.nearest("Christmas", LocalDate.of(2024, 1, 5)));
        assertEquals(Optional.of(LocalDate.of(2025, 1, 29)), calendar.nearest("Spring Festival", LocalDate.of(2024, 12, 1)));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 8)), calendar.nearest("International Women's Day", LocalDate.of(2024, 3, 8)));
    }

    @Test
    void badRuleIsRejected(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("time"));
        Files.writeString(dir.resolve("time/holidays.tsv"), "# test\nx\tsometimes\tSome Day\n");
        NewsKgException e = assertThrows(NewsKgException.class, () -> HolidayCalendar.load(dir));
        assertTrue(e.getMessage().contains("sometimes"), e.getMessage());
    }

    @Test
    void tableDateInTheWrongYearIsRejected(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("time"));
        Files.writeString(dir.resolve("time/holidays.tsv"), "# test\nx\ttable:feast\tFeast\n");
        Files.writeString(dir.resolve("time/feast.tsv"), "# test\n2024\t2023-02-10\n");
        assertThrows(NewsKgException.class, () -> HolidayCalendar.load(dir));
    }
}
