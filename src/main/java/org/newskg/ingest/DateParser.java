package org.newskg.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses the publication dates news sources print: ISO 8601 ({@code 2024-02-08T19:55:00+08:00}),
 * and English forms with or without a time ({@code 19:55, February 8, 2024}, {@code Feb. 8, 2024 7:55 p.m.},
 * {@code 8 February 2024}, {@code Thursday, February 8, 2024}).
 *
 * <pre>{@code
 * Optional<ArticleDate> d = DateParser.parse("19:55, February 8, 2024");   // 2024-02-08T19:55:00
 * DateParser.parse("soon");                                               // empty
 * }</pre>
 * Stateless and thread-safe (formatters are immutable). The whole string must be a date; a time with no
 * zone stays without one.
 */
final class DateParser {

    private static final List<DateTimeFormatter> FORMATTERS = formatters();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // Abbreviation dots and meridiem dots ("Feb.", "p.m.") are punctuation the formatters do not expect.
    private static final Pattern MERIDIEM = Pattern.compile("(?i)\\b([ap])\\.?\\s?m\\b\\.?");
    private static final Pattern ABBREV_DOT = Pattern.compile("\\b([A-Za-z]{3,4})\\.");
    private static final Pattern FOUR_LETTER_MONTH = Pattern.compile("(?i)\\bsept\\b");
    private static final Pattern ZULU_WORD = Pattern.compile("(?i)\\s(utc|gmt|z)$");

    private DateParser() {
    }

    static Optional<ArticleDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        Optional<ArticleDate> iso = iso(s);
        if (iso.isPresent()) {
            return iso;
        }
        return english(s);
    }

    private static Optional<ArticleDate> iso(String s) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(s);
            return Optional.of(new ArticleDate(t.toLocalDate(), t.toLocalTime(), t.getOffset()));
        } catch (DateTimeParseException e) {
            // not an offset date-time; try the weaker forms
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_LOCAL_DATE_TIME.parse(s);
            return Optional.of(new ArticleDate(LocalDate.from(t), LocalTime.from(t), null));
        } catch (DateTimeParseException e) {
            // not a local date-time
        }
        try {
            return Optional.of(ArticleDate.of(LocalDate.parse(s)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ArticleDate> english(String s) {
        String n = s.replace(',', ' ').replace('|', ' ');
        n = MERIDIEM.matcher(n).replaceAll("$1M");
        n = ABBREV_DOT.matcher(n).replaceAll("$1");
        n = FOUR_LETTER_MONTH.matcher(n).replaceAll("Sep");
        n = SPACES.matcher(n).replaceAll(" ").strip();
        ZoneOffset offset = null;
        var zulu = ZULU_WORD.matcher(n);
        if (zulu.find()) {
            offset = ZoneOffset.UTC;
            n = n.substring(0, zulu.start()).strip();
        }
        for (DateTimeFormatter f : FORMATTERS) {
            try {
                TemporalAccessor t = f.parse(n);
                LocalDate date = LocalDate.from(t);
                LocalTime time = t.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(t) : null;
                return Optional.of(new ArticleDate(date, time, time == null ? null : offset));
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    private static List<DateTimeFormatter> formatters() {
        List<String> dates = List.of("MMMM d uuuu", "MMM d uuuu", "d MMMM uuuu", "d MMM uuuu",
                "uuuu-MM-dd", "uuuu/MM/dd");
        List<String> times = List.of("H:mm", "H:mm:ss", "h:mm a", "h:mm:ss a", "h a");
        List<String> shapes = new ArrayList<>();
        for (String d : dates) {
            String day = "[EEEE ][EEE ]" + d;
            shapes.add(day);
            for (String t : times) {
                shapes.add(t + " " + day);
                shapes.add(day + " " + t);
                shapes.add(day + " 'at' " + t);
            }
        }
        List<DateTimeFormatter> out = new ArrayList<>();
        for (String shape : shapes) {
            out.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(shape)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));
        }
        return List.copyOf(out);
    }
}
