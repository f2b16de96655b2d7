package org.newskg.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * Regular-expression pieces for written dates, shared by the date rules, and safe date construction.
 *
 * <pre>{@code
 * Pattern p = Pattern.compile(DateShapes.MONTH + DateShapes.SP + DateShapes.DAY);   // groups "m" and "d"
 * DateShapes.date(2023, 2, 30);   // Optional.empty()
 * }</pre>
 * Stateless and thread-safe.
 */
final class DateShapes {

    /** One or more spaces, no-break spaces included. */
    static final String SP = "[\\s\\u00A0]+";
    static final String OPT_SP = "[\\s\\u00A0]*";
    /** A month name or abbreviation, in group "m". */
    static final String MONTH = "(?<m>" + CalendarNames.monthRegex() + ")";
    static final String ORDINAL = "(?:st|nd|rd|th)?";
    /** A day of the month with an optional ordinal suffix, digits in group "d". */
    static final String DAY = "(?<d>[0-3]?\\d)" + ORDINAL;

    /** A weekday written before a date ("Saturday, April 25"): the date decides, the weekday joins the span. */
    static final String WEEKDAY_BEFORE = "(?:(?:" + CalendarNames.weekdayRegex() + "),?" + SP + ")?";

    private DateShapes() {
    }

    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static Month month(String written) {
        return CalendarNames.month(written)
                .orElseThrow(() -> new IllegalStateException("month pattern matched a non-month: " + written));
    }
}
