package org.newskg.link;

import org.newskg.kb.PositionKind;

/**
 * The office the text gives a person mention ("President Doe", "Jordan's King Abdullah"): its kind, and the
 * country or organization it belongs to when the text names one (else null). Immutable.
 */
record RoleClue(PositionKind kind, String ofQid) {
}
