package org.newskg.kb;

/**
 * What kind of office a position is, for date-aware linking ("President" in the text, the head of state in
 * the KB) and for a person's prior (a head of government is named in the news more than a legislator).
 * Office names are mapped to kinds by {@code data/kb/position-kinds.tsv} (see {@link PositionKinds}).
 */
public enum PositionKind {
    HEAD_OF_STATE(1.0),
    HEAD_OF_GOVERNMENT(1.0),
    FOREIGN_MINISTER(0.8),
    /** The head of an international organization (the UN's Secretary-General). */
    HEAD_OF_ORGANIZATION(0.8),
    MINISTER(0.6),
    OTHER(0.35),
    LEGISLATOR(0.15);

    private final double prior;

    PositionKind(double prior) {
        this.prior = prior;
    }

    /** The prior of a person whose highest office is of this kind. */
    public double prior() {
        return prior;
    }

    /** Heads of state and government, foreign and other ministers: people the news names by title alone. */
    public boolean isExecutive() {
        return this != OTHER && this != LEGISLATOR;
    }
}
