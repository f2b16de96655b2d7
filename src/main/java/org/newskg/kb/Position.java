package org.newskg.kb;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An office held by a knowledge base person: "President of the People's Republic of China" held by
 * Q15031 for Q148 from 2013. Dates are as precise as the source: {@code start} is the earliest day the
 * written start may mean (a year-only "2013" starts 2013-01-01), {@code end} the latest ("2013" ends
 * 2013-12-31). Null when not confirmed. Immutable.
 *
 * @param label     the office's English name
 * @param holderQid the person holding it
 * @param ofQid     the country or organization the office belongs to
 * @param start     first day held (the earliest the source allows), or null
 * @param end       last day held (the latest the source allows), or null while held or unknown
 */
public record Position(String label, String holderQid, String ofQid, LocalDate start, LocalDate end) {

    // Compiled once: String.matches compiles its regex at each call, and these run on hot paths (bench/README.md).
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public Position {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("empty position label");
        }
        checkQid(holderQid, "holder_qid");
        checkQid(ofQid, "of_qid");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("position '" + label + "' of " + holderQid + " ends (" + end
                    + ") before it starts (" + start + ")");
        }
    }

    /** A holding known to the year only (the form of {@code positions.tsv}). */
    public Position(String label, String holderQid, String ofQid, Integer startYear, Integer endYear) {
        this(label, holderQid, ofQid, startYear == null ? null : LocalDate.of(startYear, 1, 1),
                endYear == null ? null : LocalDate.of(endYear, 12, 31));
    }

    private static void checkQid(String qid, String column) {
        if (qid == null || !QID.matcher(qid).matches()) {
            throw new IllegalArgumentException(column + " '" + qid + "' is not a Wikidata item id");
        }
    }

    public Integer startYear() {
        return start == null ? null : start.getYear();
    }

    public Integer endYear() {
        return end == null ? null : end.getYear();
    }

    /** Whether the office was held at some time in {@code year} (open ends count as held). */
    public boolean heldIn(int year) {
        return (start == null || start.getYear() <= year) && (end == null || year <= end.getYear());
    }

    /** Whether the office was held on that day (open ends count as held; an unknown start counts as "before"). */
    public boolean heldOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
