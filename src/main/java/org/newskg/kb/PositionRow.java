package org.newskg.kb;

import java.util.Objects;

/** One row of {@code data/kb/positions.tsv}: the holding and where it was confirmed. Immutable. */
public record PositionRow(Position position, String evidence) {

    public PositionRow {
        Objects.requireNonNull(position, "position");
        evidence = evidence == null ? "" : evidence.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
