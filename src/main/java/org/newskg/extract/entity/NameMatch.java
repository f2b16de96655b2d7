package org.newskg.extract.entity;

import java.util.Objects;
import org.newskg.kb.EntityType;

/**
 * A name found by one finder in one sentence: words {@code [start, end)} of a {@link SentenceWords},
 * its type, canonical name, knowledge base QID (or null), rule and confidence. Immutable.
 */
record NameMatch(int start, int end, EntityType type, String name, String qid, String rule, double confidence) {

    NameMatch {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad word span [" + start + ", " + end + ") for '" + name + "'");
        }
    }

    int length() {
        return end - start;
    }
}
