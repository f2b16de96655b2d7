package org.newskg.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A publication or update time as precise as the source gives it: always a date, maybe a time of day,
 * maybe a UTC offset. News pages often print a local time with no zone; inventing one would be wrong.
 *
 * <pre>{@code
 * ArticleDate d = new ArticleDate(LocalDate.of(2024, 2, 8), LocalTime.of(19, 55), null);
 * d.lexical();   // "2024-02-08T19:55:00" (an xsd:dateTime without zone)
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param date   the calendar date, required
 * @param time   the time of day, or null when the source gives only a date
 * @param offset the UTC offset, or null when the source gives none (or no time)
 */
public record ArticleDate(LocalDate date, LocalTime time, ZoneOffset offset) {

    public ArticleDate {
        Objects.requireNonNull(date, "date");
        if (time == null && offset != null) {
            throw new IllegalArgumentException("an offset (" + offset + ") needs a time of day");
        }
        if (time != null) {
            time = time.withNano(0);
        }
    }

    public static ArticleDate of(LocalDate date) {
        return new ArticleDate(date, null, null);
    }

    /** True when this value is an xsd:dateTime, false when it is an xsd:date. */
    public boolean hasTime() {
        return time != null;
    }

    /** The XML Schema lexical form: {@code 2024-02-08}, {@code 2024-02-08T19:55:00} or {@code 2024-02-08T19:55:00+08:00}. */
    public String lexical() {
        if (time == null) {
            return date.toString();
        }
        String local = date + "T" + time.format(DateTimeFormatter.ISO_LOCAL_TIME);
        if (offset == null) {
            return local;
        }
        return local + (offset.equals(ZoneOffset.UTC) ? "Z" : offset.getId());
    }

    @Override
    public String toString() {
        return lexical();
    }
}
