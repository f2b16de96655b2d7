package org.newskg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a one-article file whose header gives none: the full date of its dateline
 * ({@code CARACAS, March 14, 2006 (AFP) -}), else a date in its file name ({@code kyodo-1998-10-08-summit.txt},
 * {@code 19981008.txt}). Without any date the story's "on Thursday" and "last week" cannot be resolved, and
 * wire archives commonly name their files by the day of the story.
 *
 * <pre>{@code
 * FallbackDate.of("TOKYO, Oct. 8 (Kyodo) -- ...", "kyodo-1998-10-08-summit.txt");   // 1998-10-08
 * }</pre>
 * Stateless and thread-safe.
 */
final class FallbackDate {

    /** Year, month and day, with one separator used twice or none, not inside a longer run of digits. */
    private static final Pattern NAME_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d\\d)([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");

    private FallbackDate() {
    }

    static Optional<ArticleDate> of(String text, String fileName) {
        Matcher dateline = PlainTextParser.DATELINE.matcher(text.stripLeading());
        if (dateline.find() && dateline.group("after") != null) {
            // "SEOUL, South Korea (AP) -" has a country there, no date; "TOKYO, Oct. 8 (Kyodo)" lacks the year.
            Optional<ArticleDate> date = DateParser.parse(dateline.group("after").strip());
            if (date.isPresent()) {
                return Optional.of(ArticleDate.of(date.get().date()));
            }
        }
        Matcher name = NAME_DATE.matcher(fileName == null ? "" : fileName);
        while (name.find()) {
            try {
                return Optional.of(ArticleDate.of(LocalDate.of(Integer.parseInt(name.group(1)),
                        Integer.parseInt(name.group(3)), Integer.parseInt(name.group(4)))));
            } catch (DateTimeException notADay) {
                // 2023-02-30: digits shaped like a date that is none; a later match may still be one.
            }
        }
        return Optional.empty();
    }
}
