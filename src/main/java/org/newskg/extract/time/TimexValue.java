package org.newskg.extract.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The quarter holding a month: 2024-02 → "2024-Q1". */
    static String quarter(YearMonth month) {
        return year(month.getYear()) + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
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

    /** A count and a half of a unit: "a minute and a half" → PT1M30S, "two and a half years" → P2Y6M. */
    static Optional<String> durationAndHalf(long count, TimeUnit unit) {
        if (unit.halfCount() == 0) {
            return Optional.empty();
        }
        Map<String, Long> parts = new LinkedHashMap<>();
        for (String u : List.of("Y", "Q", "M", "W", "D", "H", "MIN", "S")) {
            parts.put(u, 0L);
        }
        parts.merge(unit.unit(), count * unit.multiplier(), Long::sum);
        parts.merge(unit.halfUnit(), (long) unit.halfCount(), Long::sum);
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        parts.forEach((u, n) -> {
            if (n == 0) {
                return;
            }
            switch (u) {
                case "H" -> time.append(n).append('H');
                case "MIN" -> time.append(n).append('M');
                case "S" -> time.append(n).append('S');
                default -> date.append(n).append(u);
            }
        });
        return Optional.of(time.length() == 0 ? date.toString() : date + "T" + time);
    }
}
