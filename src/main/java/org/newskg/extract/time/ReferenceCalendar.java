package org.newskg.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Resolves expressions relative to an article's publication date, following news conventions: a bare
 * weekday is the most recent such day (or the day itself), "next"/"last" move to the following/previous
 * one, a day of a month without a year is the occurrence nearest to the reference.
 *
 * <pre>{@code
 * ReferenceCalendar ref = ReferenceCalendar.of(LocalDate.of(2024, 2, 8));
 * ref.bareWeekday(DayOfWeek.MONDAY);   // 2024-02-05
 * }</pre>
 * A calendar without a date ({@link #UNKNOWN}) resolves nothing. Immutable and thread-safe.
 *
 * @param date the reference date, or null when unknown
 */
record ReferenceCalendar(LocalDate date) {

    static final ReferenceCalendar UNKNOWN = new ReferenceCalendar(null);

    static ReferenceCalendar of(LocalDate date) {
        return date == null ? UNKNOWN : new ReferenceCalendar(date);
    }

    boolean known() {
        return date != null;
    }

    /** The most recent such weekday within the past week, today included. */
    LocalDate bareWeekday(DayOfWeek day) {
        return date.minusDays(daysBack(day));
    }

    /** The such weekday strictly before today. */
    LocalDate lastWeekday(DayOfWeek day) {
        int back = daysBack(day);
        return date.minusDays(back == 0 ? 7 : back);
    }

    /** The such weekday strictly after today. */
    LocalDate nextWeekday(DayOfWeek day) {
        int ahead = Math.floorMod(day.getValue() - date.getDayOfWeek().getValue(), 7);
        return date.plusDays(ahead == 0 ? 7 : ahead);
    }

    /** The such weekday today or after: "will meet on Friday". */
    LocalDate upcomingWeekday(DayOfWeek day) {
        return date.plusDays(Math.floorMod(day.getValue() - date.getDayOfWeek().getValue(), 7));
    }

    /** The such weekday in the same ISO week. */
    LocalDate thisWeekday(DayOfWeek day) {
        return date.with(day);
    }

    private int daysBack(DayOfWeek day) {
        return Math.floorMod(date.getDayOfWeek().getValue() - day.getValue(), 7);
    }

    /** A day of a month in the year (before, of or after the reference) that puts it nearest. */
    Optional<LocalDate> nearestMonthDay(Month month, int day) {
        LocalDate best = null;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            if (day < 1 || day > month.length(Year.isLeap(year))) {
                continue;
            }
            LocalDate d = LocalDate.of(year, month, day);
            if (best == null || Math.abs(ChronoUnit.DAYS.between(date, d)) < Math.abs(ChronoUnit.DAYS.between(date, best))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The month of that name nearest to the reference month (the earlier one on a tie). */
    YearMonth nearestMonth(Month month) {
        YearMonth now = YearMonth.from(date);
        YearMonth best = null;
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            YearMonth ym = YearMonth.of(year, month);
            if (best == null || Math.abs(now.until(ym, ChronoUnit.MONTHS)) < Math.abs(now.until(best, ChronoUnit.MONTHS))) {
                best = ym;
            }
        }
        return best;
    }

    /** The month of that name strictly before the reference month. */
    YearMonth lastMonth(Month month) {
        YearMonth ym = YearMonth.of(date.getYear(), month);
        return ym.isBefore(YearMonth.from(date)) ? ym : ym.minusYears(1);
    }

    /** The month of that name strictly after the reference month. */
    YearMonth nextMonth(Month month) {
        YearMonth ym = YearMonth.of(date.getYear(), month);
        return ym.isAfter(YearMonth.from(date)) ? ym : ym.plusYears(1);
    }

    /**
     * The period {@code amount} units away from the reference, as precise as the unit: a year, a month,
     * an ISO week or a day. Empty for units finer than a day.
     */
    Optional<String> shifted(TimeUnit unit, long amount) {
        long n = amount * unit.multiplier();
        return switch (unit.unit()) {
            case "Y" -> Optional.of(TimexValue.year(date.plusYears(n).getYear()));
            case "Q" -> Optional.of(TimexValue.quarter(YearMonth.from(date).plusMonths(3 * n)));
            case "M" -> Optional.of(TimexValue.month(YearMonth.from(date).plusMonths(n)));
            case "W" -> Optional.of(TimexValue.week(date.plusWeeks(n)));
            case "D" -> Optional.of(TimexValue.day(date.plusDays(n)));
            default -> Optional.empty();
        };
    }
}
