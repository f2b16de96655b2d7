package org.newskg.kb;

import java.util.Objects;

/**
 * An office held by a knowledge base person: "President of the People's Republic of China" held by
 * Q15031 for Q148 from 2013. Years are null when not confirmed. Immutable.
 *
 * @param label     the office's English name
 * @param holderQid the person holding it
 * @param ofQid     the country or organization the office belongs to
 * @param startYear first year held, or null
 * @param endYear   last year held, or null while held or unknown
 */
public record Position(String label, String holderQid, String ofQid, Integer startYear, Integer endYear) {

    public Position {
        Objects.requireNonNull(label, "label");
        if (label.isBlank()) {
            throw new IllegalArgumentException("empty position label");
        }
        checkQid(holderQid, "holder_qid");
        checkQid(ofQid, "of_qid");
        if (startYear != null && endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("position '" + label + "' of " + holderQid + " ends (" + endYear
                    + ") before it starts (" + startYear + ")");
        }
    }

    private static void checkQid(String qid, String column) {
        if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
            throw new IllegalArgumentException(column + " '" + qid + "' is not a Wikidata item id");
        }
    }

    /** Whether the office was held at some time in {@code year} (open ends count as held). */
    public boolean heldIn(int year) {
        return (startYear == null || startYear <= year) && (endYear == null || year <= endYear);
    }
}
