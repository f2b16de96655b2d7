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
 */
record Candidate(int begin, int end, TimexType type, String value, String rule) {

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
        return new Candidate(begin, end, type, newValue, rule);
    }
}
