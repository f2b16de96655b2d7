package org.newskg.link;

import org.newskg.kb.PositionKind;

/**
 * The office the text gives a person mention ("President Doe", "Jordan's King Abdullah"): its kind (null for a title
 * of no kind the KB knows, "Pakistan's envoy"), and the country or organization it belongs to when the text names one (else null), and whether the text says it is
 * no longer held ("former President Doe"). Immutable.
 */
record RoleClue(PositionKind kind, String ofQid, boolean former) {

    RoleClue(PositionKind kind, String ofQid) {
        this(kind, ofQid, false);
    }
}
