package org.newskg.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * A TimeML document: its text (the content of {@code <TEXT>} without tags), its creation date (DCT) and
 * the gold TIMEX3 expressions with half-open offsets into that text. Immutable.
 */
public record TimeMlDocument(String name, String text, LocalDate creationDate, List<Timex> timexes) {

    /** A gold temporal expression. */
    public record Timex(int begin, int end, String type, String value) {
    }

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
