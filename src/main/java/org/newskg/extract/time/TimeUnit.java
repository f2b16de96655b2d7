package org.newskg.extract.time;

import java.util.Objects;
import java.util.Set;

/**
 * A unit of time as written ("decade") with its TIMEX3 unit ("Y") and how many of those it holds (10).
 *
 * <pre>{@code
 * TimeUnit decade = new TimeUnit("decade", "decades", "Y", 10);
 * TimexValue.duration("2", decade);   // "P20Y"
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param singular   the written singular
 * @param plural     the written plural
 * @param unit       Y, M, W, D (date units) or H, MIN, S (time units)
 * @param multiplier how many TIMEX3 units one of it holds
 * @param halfCount  half of one, counted in {@code halfUnit} ("a year and a half": 6 months); 0 when none
 * @param halfUnit   the TIMEX3 unit of the half, or "" when none
 */
record TimeUnit(String singular, String plural, String unit, int multiplier, int halfCount, String halfUnit) {

    private static final Set<String> UNITS = Set.of("Y", "Q", "M", "W", "D", "H", "MIN", "S");

    TimeUnit(String singular, String plural, String unit, int multiplier) {
        this(singular, plural, unit, multiplier, 0, "");
    }

    TimeUnit {
        Objects.requireNonNull(singular, "singular");
        Objects.requireNonNull(plural, "plural");
        if (!UNITS.contains(unit) || multiplier < 1) {
            throw new IllegalArgumentException("bad time unit '" + singular + "': " + unit + " x " + multiplier);
        }
        if (halfCount < 0 || halfCount > 0 && !UNITS.contains(halfUnit)) {
            throw new IllegalArgumentException("bad half of time unit '" + singular + "': " + halfCount + " " + halfUnit);
        }
    }

    boolean isDateUnit() {
        return unit.equals("Y") || unit.equals("Q") || unit.equals("M") || unit.equals("W") || unit.equals("D");
    }
}
