package org.newskg.link;

/**
 * What the knowledge base says of a role the text gives a linked person on the article's date ("President Doe"
 * in a 1990 story): the graph records it next to the role, so a reader sees which roles the KB backs.
 * The KB's offices are incomplete (its sources end in 2022 and miss some countries), so
 * {@link #NOT_RECORDED} is no contradiction; {@link #NOT_YET_HELD} nearly is.
 */
public enum OfficeCheck {
    /** The KB has the person in an office of that kind (for that country, when the text names one) on that day. */
    HELD("held"),
    /** Every such office of the person starts after that day. */
    NOT_YET_HELD("not-yet-held"),
    /** The person held such an office, but it had ended by that day (a former office holder). */
    NO_LONGER_HELD("no-longer-held"),
    /** The KB has no dated office of that kind for the person. */
    NOT_RECORDED("not-recorded");

    private final String label;

    OfficeCheck(String label) {
        this.label = label;
    }

    /** The value written in the graph ({@code nkg:officeCheck}). */
    public String label() {
        return label;
    }
}
