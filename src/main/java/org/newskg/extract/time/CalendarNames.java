package org.newskg.extract.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * English month and weekday names from {@code java.time}, with news abbreviations ("Oct.", "Sept.", "Feb").
 *
 * <pre>{@code
 * Pattern p = Pattern.compile("(?<m>" + CalendarNames.monthRegex() + ")\\s+\\d{1,2}");
 * CalendarNames.month("Sept.");   // Optional[SEPTEMBER]
 * }</pre>
 * Names are matched case-sensitively (capitalized) so that "may" and "march" stay words. Stateless and
 * thread-safe.
 */
final class CalendarNames {

    private CalendarNames() {
    }

    /**
     * A month: its full name, its short name without a period, or any prefix of three letters or more of
     * its full name followed by a period. The full name comes first so the longest form matches.
     */
    static String monthRegex() {
        List<String> forms = new ArrayList<>();
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String shortName = m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            StringBuilder abbreviated = new StringBuilder();
            for (int len = full.length() - 1; len >= 3; len--) {
                abbreviated.append(abbreviated.length() == 0 ? "" : "|").append(full, 0, len);
            }
            String dotted = abbreviated.length() == 0 ? "" : "|(?:" + abbreviated + ")\\.";
            // "Sept 2" (AFP, Reuters): the one four-letter abbreviation news writes without its period.
            String sept = m == Month.SEPTEMBER ? "|Sept\\b" : "";
            forms.add(full + "\\b" + dotted + sept + "|" + shortName + "\\b");
        }
        // The lookahead on capitals lets most positions fail at once (the names are matched capitalized).
        return "(?=[JFMASOND])(?:" + forms.stream().map(f -> "(?:" + f + ")").collect(Collectors.joining("|")) + ")";
    }

    static Optional<Month> month(String written) {
        String w = written.endsWith(".") ? written.substring(0, written.length() - 1) : written;
        if (w.length() < 3) {
            return Optional.empty();
        }
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            if (full.startsWith(w)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Full weekday names only: the short forms ("Sun", "Wed") are ordinary words too often. */
    static String weekdayRegex() {
        List<String> forms = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            forms.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return "(?=[MTWFS])(?:" + String.join("|", forms) + ")\\b";
    }

    static Optional<DayOfWeek> weekday(String written) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(written)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
