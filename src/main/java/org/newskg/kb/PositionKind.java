package org.newskg.kb;

/**
 * What kind of office a position is, for date-aware linking ("President" in the text, the head of state in
 * the KB) and for a person's prior (a head of government is named in the news more than a legislator).
 * Office names are mapped to kinds by {@code data/kb/position-kinds.tsv} (see {@link PositionKinds}).
 */
public enum PositionKind {
    HEAD_OF_STATE(1.0),
    /**
     * A head of state by birth or election for life (king, emir, sultan): the same level as {@link #HEAD_OF_STATE}
     * ("his Egyptian counterpart" of a king is Egypt's president) but another office, so "King Hussein" of a 1994
     * article is not the president named Hussein then.
     */
    MONARCH(1.0),
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

    /** The level of the office among its peers: a monarch is a head of state; every other kind is its own level. */
    public PositionKind level() {
        return this == MONARCH ? HEAD_OF_STATE : this;
    }

    /** Heads of state and government, foreign and other ministers: people the news names by title alone. */
    public boolean isExecutive() {
        return this != OTHER && this != LEGISLATOR;
    }
}
