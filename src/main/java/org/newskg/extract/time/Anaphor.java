package org.newskg.extract.time;

import java.util.Objects;
import java.util.Set;

/**
 * How an expression is placed against another one of the same story rather than against the reference
 * date: "a year earlier" is one year before the period the story talks about, "the quarter" is that
 * quarter itself, "the previous quarter" the one before it.
 *
 * <pre>{@code
 * new Anaphor(-1, "Y", false);   // "a year earlier", "the year-earlier period"
 * new Anaphor(0, "Q", true);     // "the quarter", "the latest period": only with a quarter in view
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param amount     how many units after (positive) or before (negative) the anchor
 * @param unit       the TIMEX3 unit moved by: Y, Q, M, W or D
 * @param needsTopic true when only a quarter or half of the story can anchor it (else it is not a time)
 * @param unplaced   what to keep when no time of the story can anchor it ("60 days later" after "in 2017":
 *                   the duration "60 days"); null keeps the expression placed against the reference date
 */
record Anaphor(long amount, String unit, boolean needsTopic, Candidate unplaced) {

    Anaphor(long amount, String unit, boolean needsTopic) {
        this(amount, unit, needsTopic, null);
    }

    private static final Set<String> UNITS = Set.of("Y", "Q", "M", "W", "D");

    Anaphor {
        Objects.requireNonNull(unit, "unit");
        if (!UNITS.contains(unit)) {
            throw new IllegalArgumentException("bad anaphor unit " + unit);
        }
    }
}
