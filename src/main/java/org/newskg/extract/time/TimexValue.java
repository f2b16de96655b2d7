package org.newskg.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * Writes TIMEX3 values: {@code 2024-02-08}, {@code 2024-02}, {@code 2024}, {@code 2024-W06}, {@code 199},
 * {@code P3D}, {@code PT48H}, {@code T19:55}.
 *
 * <pre>{@code
 * TimexValue.week(LocalDate.of(2024, 2, 8));   // "2024-W06"
 * TimexValue.duration("3", unit);              // "P3D"
 * }</pre>
 * Stateless and thread-safe.
 */
final class TimexValue {

    private TimexValue() {
    }

    static String day(LocalDate date) {
        return date.toString();
    }

    static String month(YearMonth month) {
        return month.toString();
    }

    static String year(int year) {
        return String.format("%04d", year);
    }

    static String week(LocalDate date) {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The first three digits of a decade's first year: 1990 → "199". */
    static String decade(int firstYear) {
        return String.format("%03d", firstYear / 10);
    }

    /** A time of day without a date yet: "T19:55". */
    static String timeOfDay(int hour, int minute) {
        return String.format("T%02d:%02d", hour, minute);
    }

    /**
     * A duration of {@code count} units; count is digits or "X". Multipliers apply to exact counts
     * ("two decades" → P20Y).
     */
    static String duration(String count, TimeUnit unit) {
        String n = count.equals(NumberWords.VAGUE) ? count : String.valueOf(Long.parseLong(count) * unit.multiplier());
        return switch (unit.unit()) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            default -> "P" + n + unit.unit();
        };
    }
}
