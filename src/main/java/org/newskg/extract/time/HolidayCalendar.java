package org.newskg.extract.time;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newskg.NewsKgException;
import org.newskg.data.TsvTable;

/**
 * Named days ("Christmas", "the Spring Festival") and their dates, read from {@code data/time/holidays.tsv}
 * and the per-year tables it points to ({@code data/time/lunar-new-year.tsv}, {@code data/time/easter.tsv}).
 *
 * <pre>{@code
 * HolidayCalendar cal = HolidayCalendar.load(dataDir);
 * cal.nearest("Spring Festival", LocalDate.of(2024, 2, 8));   // Optional[2024-02-10]
 * }</pre>
 * Immutable and thread-safe.
 */
final class HolidayCalendar {

    private static final Pattern FIXED = Pattern.compile("(\\d\\d)-(\\d\\d)");
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(\\d\\d)-([A-Z]{3})#(-?[1-5])");
    private static final Pattern TABLE = Pattern.compile("table:([a-z0-9-]+?)([+-]\\d+)?");

    /** For each alias, the date of the holiday in a given year (null when unknown for that year). */
    private final Map<String, IntFunction<LocalDate>> byAlias;

    private HolidayCalendar(Map<String, IntFunction<LocalDate>> byAlias) {
        this.byAlias = Map.copyOf(byAlias);
    }

    static HolidayCalendar load(Path dataDir) {
        Path file = dataDir.resolve("time").resolve("holidays.tsv");
        Map<String, Map<Integer, LocalDate>> tables = new HashMap<>();
        Map<String, IntFunction<LocalDate>> byAlias = new LinkedHashMap<>();
        for (String[] row : TsvTable.read(file, "temporal data file").stripped(3)) {
            IntFunction<LocalDate> rule = rule(dataDir, file, row[1], tables);
            for (String alias : row[2].split("\\|")) {
                if (!alias.isBlank() && byAlias.put(alias.strip(), rule) != null) {
                    throw new NewsKgException(file + ": alias '" + alias + "' is listed twice");
                }
            }
        }
        return new HolidayCalendar(byAlias);
    }

    private static IntFunction<LocalDate> rule(Path dataDir, Path file, String rule,
                                               Map<String, Map<Integer, LocalDate>> tables) {
        Matcher m = FIXED.matcher(rule);
        if (m.matches()) {
            MonthDay md;
            try {
                md = MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (RuntimeException e) {
                throw new NewsKgException(file + ": bad fixed date '" + rule + "'", e);
            }
            return year -> md.isValidYear(year) ? md.atYear(year) : null;
        }
        m = NTH_WEEKDAY.matcher(rule);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(1));
            DayOfWeek dow = weekday(m.group(2), file);
            int n = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12) {
                throw new NewsKgException(file + ": bad month in '" + rule + "'");
            }
            return year -> LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
        }
        m = TABLE.matcher(rule);
        if (m.matches()) {
            Map<Integer, LocalDate> table = tables.computeIfAbsent(m.group(1), name -> table(dataDir, name));
            int shift = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return year -> {
                LocalDate d = table.get(year);
                return d == null ? null : d.plusDays(shift);
            };
        }
        throw new NewsKgException(file + ": unknown holiday rule '" + rule + "'");
    }

    private static DayOfWeek weekday(String abbreviation, Path file) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(abbreviation)) {
                return d;
            }
        }
        throw new NewsKgException(file + ": unknown weekday '" + abbreviation + "'");
    }

    private static Map<Integer, LocalDate> table(Path dataDir, String name) {
        Path file = dataDir.resolve("time").resolve(name + ".tsv");
        Map<Integer, LocalDate> byYear = new HashMap<>();
        for (String[] row : TsvTable.read(file, "temporal data file").stripped(2)) {
            try {
                int year = Integer.parseInt(row[0]);
                LocalDate date = LocalDate.parse(row[1]);
                if (date.getYear() != year) {
                    throw new NewsKgException(file + ": date " + date + " is not in year " + year);
                }
                byYear.put(year, date);
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new NewsKgException(file + ": bad row '" + String.join("\t", row) + "'", e);
            }
        }
        return Map.copyOf(byYear);
    }

    /** A regex alternation of every alias, longest first (so "Chinese New Year" wins over "New Year"). */
    String aliasRegex() {
        return "(?:" + byAlias.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(a -> Pattern.quote(a).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|")) + ")";
    }

    /** The holiday's date in a year, if the alias is known and the year covered. */
    Optional<LocalDate> in(String alias, int year) {
        IntFunction<LocalDate> rule = byAlias.get(alias.replaceAll("\\s+", " "));
        return rule == null ? Optional.empty() : Optional.ofNullable(rule.apply(year));
    }

    /** The occurrence nearest to a reference date (the earlier one on a tie). */
    Optional<LocalDate> nearest(String alias, LocalDate reference) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate d = in(alias, year).orElse(null);
            if (d != null && (best == null
                    || Math.abs(ChronoUnit.DAYS.between(reference, d)) < Math.abs(ChronoUnit.DAYS.between(reference, best)))) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
