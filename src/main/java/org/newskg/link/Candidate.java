package org.newskg.link;

import java.util.Objects;
import org.newskg.kb.KbEntry;

/**
 * A knowledge base entry a mention may refer to, with the prior of that reading before context is
 * looked at: how well the written name fits (label 1.0, alias or demonym lower) times how well the
 * types fit. Immutable.
 */
record Candidate(KbEntry entry, double prior) {

    Candidate {
        Objects.requireNonNull(entry, "entry");
        if (prior <= 0 || prior > 1) {
            throw new IllegalArgumentException("prior " + prior + " of " + entry.qid() + " is not in (0, 1]");
        }
    }
}
