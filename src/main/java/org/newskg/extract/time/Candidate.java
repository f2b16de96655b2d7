package org.newskg.extract.time;

import java.util.Objects;
import org.newskg.extract.TimexType;

/**
 * A temporal expression found by one rule inside one sentence, before overlaps are resolved. Offsets are
 * half-open and local to the sentence text.
 *
 * <pre>{@code
 * Candidate c = new Candidate(0, 8, TimexType.DATE, "2024-02-08", "weekday");
 * c.overlaps(other);   // true when the spans share a character
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param begin first character in the sentence
 * @param end   one past the last character
 * @param type  TIMEX3 type
 * @param value TIMEX3 value
 * @param rule  the rule's name
 * @param anaphor for an expression placed relative to another one of the story ("a year earlier", "the
 *                quarter"), how to place it; null otherwise. {@code value} is then the fallback, placed
 *                against the reference date
 */
record Candidate(int begin, int end, TimexType type, String value, String rule, Anaphor anaphor) {

    Candidate(int begin, int end, TimexType type, String value, String rule) {
        this(begin, end, type, value, rule, null);
    }

    Candidate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rule, "rule");
        if (begin < 0 || end <= begin) {
            throw new IllegalArgumentException("bad candidate span [" + begin + ", " + end + ") for " + value);
        }
    }

    int length() {
        return end - begin;
    }

    boolean overlaps(Candidate other) {
        return begin < other.end && other.begin < end;
    }

    Candidate withValue(String newValue) {
        return new Candidate(begin, end, type, newValue, rule, anaphor);
    }

    /** The same expression placed: no longer anaphoric. */
    Candidate resolved(String newValue) {
        return new Candidate(begin, end, type, newValue, rule, null);
    }

    Candidate spanning(Candidate other, TimexType newType, String newValue) {
        return new Candidate(Math.min(begin, other.begin), Math.max(end, other.end), newType, newValue, rule, null);
    }
}
