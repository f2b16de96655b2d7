package org.newskg.kb;

import java.util.Objects;

/**
 * One row of {@code data/kb/entities.tsv}: the entry and where its QID was confirmed. The evidence is
 * kept apart from {@link KbEntry} because only the file (and {@code kg kb refresh}) needs it. Immutable.
 */
public record KbRow(KbEntry entry, String evidence) {

    public KbRow {
        Objects.requireNonNull(entry, "entry");
        evidence = evidence == null ? "" : evidence.strip();
        if (evidence.contains("\t") || evidence.contains("\n")) {
            throw new IllegalArgumentException("evidence of " + entry.qid() + " holds a tab or line break");
        }
    }
}
